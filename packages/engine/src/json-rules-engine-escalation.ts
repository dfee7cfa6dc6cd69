/**
 * An escalation ladder as json-rules-engine rules, one per step, over facts of ONE outstanding
 * obligation (not met, not cancelled) at the as-of date. The consumer computes these facts:
 *
 * - `daysUntilDue`: working days in (as-of, due] — 0 on the due date, negative once it has passed;
 * - `overdueBy`: working days in (due, as-of], present only when the as-of date is after the due date
 *   (it may be 0: due on a Friday, as of the Saturday) — the `overdueBy` of an `overdue` obligation;
 * - `calendarDaysUntilDue`: due − as-of in calendar days, negative once the due date has passed;
 * - `calendarDaysOverdue`: as-of − due in calendar days, present only when the as-of date is after due.
 *
 * `warn R N working days before due` fires when `daysUntilDue <= N` (and so stays on while the
 * obligation is outstanding, as in @wt/engine); `notify R when overdue N working days` fires when
 * `overdueBy >= N` (`when overdue` with no amount: N = 0, so from the day after due). Calendar days
 * and weeks use the calendar-day facts (a week is 7 days). Months have no fact: such a step is listed
 * as unsupported and has no rule.
 *
 * Every fired event is an active step (@wt/engine lists them all, numbered from 1 in ladder order, as
 * `EscalationResult.step`); a later step has a higher priority, so the highest-priority fired event is
 * the top rung reached.
 */
import type { DurationIR, EscalationIR, EscalationStepIR } from '@wt/dsl';
import type { JreFactCondition, JreRule } from './json-rules-engine-rule.js';

export const ESCALATION_EVENT = 'escalation-step';

export interface JreUnsupportedStep {
  /** Numbered from 1 in ladder order. */
  step: number;
  reason: string;
}

export interface JreEscalationExport {
  rules: JreRule[];
  unsupported: JreUnsupportedStep[];
}

export function exportEscalationToJsonRulesEngine(ladder: EscalationIR): JreEscalationExport {
  const rules: JreRule[] = [];
  const unsupported: JreUnsupportedStep[] = [];
  ladder.steps.forEach((step, index) => {
    const number = index + 1;
    const condition = stepCondition(step);
    if (condition === undefined) {
      unsupported.push({ step: number, reason: `an offset in ${step.offset.unit} has no json-rules-engine fact` });
      return;
    }
    rules.push({
      name: `${ladder.id}: step ${number} (${step.action} ${step.role})`,
      priority: number,
      conditions: { all: [condition] },
      event: { type: ESCALATION_EVENT, params: { ladder: ladder.id, step: number, action: step.action, role: step.role } },
    });
  });
  return { rules, unsupported };
}

function stepCondition(step: EscalationStepIR): JreFactCondition | undefined {
  const amount = offsetAmount(step.offset);
  if (amount === undefined) return undefined;
  const workingDays = step.offset.unit === 'working-days';
  if (step.when === 'before-due') {
    return { fact: workingDays ? 'daysUntilDue' : 'calendarDaysUntilDue', operator: 'lessThanInclusive', value: amount };
  }
  return { fact: workingDays ? 'overdueBy' : 'calendarDaysOverdue', operator: 'greaterThanInclusive', value: amount };
}

/** The offset in the unit of its fact: working days, or calendar days (weeks × 7); none for months. */
function offsetAmount(offset: DurationIR): number | undefined {
  switch (offset.unit) {
    case 'working-days':
    case 'days':
      return offset.amount;
    case 'weeks':
      return offset.amount * 7;
    case 'months':
      return undefined;
  }
}
