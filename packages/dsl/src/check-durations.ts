/**
 * Durations are whole, positive and at most 100 years; `rounding` only means something for months.
 * A `notify … when overdue` step may have no duration (zero: "once overdue at all").
 */
import type { CheckContext } from './check-context.js';
import type { DurationIR, DurationUnit, EscalationIR, RuleIR } from './ir.js';
import { durationText, unitText } from './message-text.js';
import type { SourceRange } from './source-range.js';
import type { ChecksByKind } from './validation-registry.js';

/** 100 years in each unit (a year of 365.25 days, 261 working days, 52.18 weeks). */
export const DURATION_LIMITS: Record<DurationUnit, number> = {
  'working-days': 26_100,
  days: 36_525,
  weeks: 5_218,
  months: 1_200,
};

function checkRuleDurations(rule: RuleIR, context: CheckContext): void {
  if (rule.requires !== undefined) checkDuration(rule.requires.within, context, { fallback: rule.requires.loc ?? rule.loc });
  if (rule.warn !== undefined) checkDuration(rule.warn, context, { fallback: rule.loc });
}

function checkEscalationDurations(escalation: EscalationIR, context: CheckContext): void {
  for (const step of escalation.steps) {
    checkDuration(step.offset, context, { fallback: step.loc ?? escalation.loc, zeroAllowed: step.when === 'overdue' });
  }
}

function checkDuration(
  duration: DurationIR,
  context: CheckContext,
  options: { fallback: SourceRange | undefined; zeroAllowed?: boolean },
): void {
  const range = duration.loc ?? options.fallback;
  const text = durationText(duration);
  const limit = DURATION_LIMITS[duration.unit];
  if (!Number.isFinite(duration.amount)) {
    context.error('WT320', `\`${text}\` is not a length of time`, range);
  } else if (duration.amount < 0 || (duration.amount === 0 && options.zeroAllowed !== true)) {
    context.error('WT320', `\`${text}\`: a duration must be more than zero`, range);
  } else if (!Number.isInteger(duration.amount)) {
    context.error('WT302', `\`${text}\`: a duration must be a whole number`, range, {
      hint: `round it to a whole number of ${unitText(duration.unit)}`,
    });
  } else if (limit !== undefined && duration.amount > limit) {
    context.error('WT321', `\`${text}\` is more than 100 years (the limit is ${limit} ${unitText(duration.unit)})`, range);
  }
  if (duration.rounding !== undefined && duration.unit !== 'months') {
    context.warning('WT322', `\`rounding\` only applies to months; it has no effect on ${unitText(duration.unit)}`, range, {
      hint: 'remove `rounding …`',
    });
  }
}

export const durationChecks: ChecksByKind = {
  rule: [checkRuleDurations],
  escalation: [checkEscalationDurations],
};
