/** Names that must refer to a declaration in force: events, calendars, escalation ladders. */
import type { CheckContext } from './check-context.js';
import { didYouMeanHint, nameHint } from './closest-name.js';
import type { CalendarIR, PolicyIR, RuleIR } from './ir.js';
import { ruleMatches } from './rule-matches.js';
import type { ChecksByKind } from './validation-registry.js';

function checkRuleEvents(rule: RuleIR, context: CheckContext): void {
  for (const match of ruleMatches(rule)) {
    if (context.scope.events.has(match.event)) continue;
    context.error('WT201', `there is no event \`${match.event}\``, match.loc ?? rule.loc, {
      hint: didYouMeanHint(match.event, context.scope.events.keys()) ?? 'declare it: `event name "what happened"`',
    });
  }
}

function checkRuleEscalation(rule: RuleIR, context: CheckContext): void {
  if (rule.escalation === undefined || context.scope.escalations.has(rule.escalation)) return;
  reportUnknownLadder(rule.escalation, rule.loc, context);
}

function checkPolicyHeaderNames(policy: PolicyIR, context: CheckContext): void {
  if (policy.calendar !== undefined && !context.scope.calendars.has(policy.calendar)) {
    context.error('WT204', `there is no calendar \`${policy.calendar}\``, policy.calendarLoc ?? policy.loc, {
      hint: nameHint(policy.calendar, 'calendars', context.scope.calendars.keys()),
    });
  }
  if (policy.escalation !== undefined && !context.scope.escalations.has(policy.escalation)) {
    reportUnknownLadder(policy.escalation, policy.escalationLoc ?? policy.loc, context);
  }
}

function checkCalendarBase(calendar: CalendarIR, context: CheckContext): void {
  if (calendar.extends === undefined || calendar.extends === calendar.id) return;
  if (context.scope.calendars.has(calendar.extends)) return;
  context.error('WT207', `calendar \`${calendar.id}\` extends \`${calendar.extends}\`, but there is no such calendar`, calendar.loc, {
    hint: nameHint(calendar.extends, 'calendars', context.scope.calendars.keys()),
  });
}

function reportUnknownLadder(id: string, range: RuleIR['loc'], context: CheckContext): void {
  context.error('WT205', `there is no escalation ladder \`${id}\``, range, {
    hint: nameHint(id, 'escalation ladders', context.scope.escalations.keys()),
  });
}

export const nameChecks: ChecksByKind = {
  rule: [checkRuleEvents, checkRuleEscalation],
  policy: [checkPolicyHeaderNames],
  calendar: [checkCalendarBase],
};
