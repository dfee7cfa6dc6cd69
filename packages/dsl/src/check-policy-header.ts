/** The policy header: dates that exist, in order, and a calendar to count working days with (when a rule counts them). */
import type { CheckContext } from './check-context.js';
import type { PolicyIR } from './ir.js';
import { isIsoDate } from './iso-date.js';
import type { ChecksByKind } from './validation-registry.js';

function checkDates(policy: PolicyIR, context: CheckContext): void {
  const valid = (date: string | undefined, word: 'effective' | 'until'): date is string => {
    if (date === undefined) return false;
    if (isIsoDate(date)) return true;
    context.error('WT301', `\`${word} ${date}\`: ${date} is not a date`, policy[`${word}Loc`] ?? policy.loc, {
      hint: 'write a date as YYYY-MM-DD, e.g. 2024-04-01',
    });
    return false;
  };
  const effective = policy.effective;
  const until = policy.until;
  if (valid(effective, 'effective') && valid(until, 'until') && effective > until) {
    context.error('WT350', `the policy ends (\`until ${until}\`) before it takes effect (\`effective ${effective}\`)`, policy.untilLoc ?? policy.loc, {
      hint: '`until` is the last day the policy is in force; it must be on or after `effective`',
    });
  }
}

function checkHasCalendar(policy: PolicyIR, context: CheckContext): void {
  if (context.scope.calendar !== undefined) return;
  const countsWorkingDays = [...context.scope.rules.values()].some(
    (draft) => draft.rule.requires?.within.unit === 'working-days' || draft.rule.warn?.unit === 'working-days',
  );
  if (!countsWorkingDays) return;
  context.warning('WT607', `policy \`${policy.id}\` names no calendar: only Saturdays and Sundays will be non-working days`, policy.loc, {
    hint: 'add `calendar <name>` to the policy header, e.g. a calendar with `holidays "GB-ENG"`',
  });
}

export const policyHeaderChecks: ChecksByKind = {
  policy: [checkDates, checkHasCalendar],
};
