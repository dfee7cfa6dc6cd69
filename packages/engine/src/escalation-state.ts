import type { EscalationIR } from '@wt/dsl';
import type { EscalationResult } from './case-result.js';
import type { DayNumber } from './day-number.js';
import { dayText } from './day-text.js';
import { overdueFrom, windowStart } from './escalation-offset.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * The first day each step of a ladder applies to an obligation with this due date:
 * `warn R N before due` from the Nth working day before due (see `windowStart`), and stays on while the
 * obligation is outstanding; `notify R when overdue N working days` from the day overdueBy reaches N
 * (the Nth working day after due); `when overdue` with no amount from the day after due.
 */
export function stepActiveFrom(ladder: EscalationIR, step: number, calendar: WorkingCalendar, due: DayNumber): DayNumber {
  const definition = ladder.steps[step]!;
  return definition.when === 'before-due' ? windowStart(calendar, due, definition.offset) : overdueFrom(calendar, due, definition.offset);
}

/** The first day of the earliest `warn … before due` step of the ladder, or undefined when it has none. */
export function ladderWarningFrom(ladder: EscalationIR, calendar: WorkingCalendar, due: DayNumber): DayNumber | undefined {
  let earliest: DayNumber | undefined;
  for (const step of ladder.steps) {
    if (step.when !== 'before-due') continue;
    const from = windowStart(calendar, due, step.offset);
    if (earliest === undefined || from < earliest) earliest = from;
  }
  return earliest;
}

/**
 * Adds, for an outstanding obligation, every step of the ladder active at the as-of date with the day
 * it became active (`since`, never before the obligation's start). Steps are numbered from 1 in ladder
 * order; the evaluator orders the list by (start, rule, step) once the case is done (result-order.ts).
 */
export function collectEscalations(
  ladder: EscalationIR,
  calendar: WorkingCalendar,
  startDay: DayNumber,
  due: DayNumber,
  asOf: DayNumber,
  rule: string,
  start: string,
  out: EscalationResult[],
): void {
  for (let step = 0; step < ladder.steps.length; step++) {
    // A warning window that would open before the obligation starts opens on its start date.
    const from = Math.max(startDay, stepActiveFrom(ladder, step, calendar, due));
    if (asOf < from) continue;
    const definition = ladder.steps[step]!;
    out.push({ rule, start, ladder: ladder.id, step: step + 1, action: definition.action, role: definition.role, since: dayText(from) });
  }
}
