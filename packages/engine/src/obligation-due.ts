import type { DurationIR } from '@wt/dsl';
import { addDuration } from './add-duration.js';
import type { DayNumber } from './day-number.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Amounts up to this many working days cannot take a due date out of the calendar's years. */
const FAST_WORKING_DAYS = 100_000;

/**
 * The due date of "within `within`" from `start`, or undefined when the duration refuses to give one
 * (a month rule with `rounding refuse` on a day the target month lacks). Working days, days and weeks
 * are worked out here without allocating; months (and absurd amounts) go through `addDuration`.
 */
export function dueDate(calendar: WorkingCalendar, start: DayNumber, within: DurationIR): DayNumber | undefined {
  switch (within.unit) {
    case 'working-days':
      if (Number.isInteger(within.amount) && Math.abs(within.amount) <= FAST_WORKING_DAYS) return calendar.addWorkingDays(start, within.amount);
      break;
    case 'days':
      return start + within.amount;
    case 'weeks':
      return start + 7 * within.amount;
    case 'months':
      break;
  }
  const outcome = addDuration(calendar, start, within);
  return 'due' in outcome ? outcome.due : undefined;
}

/** Why no due date could be worked out (only called on that rare path). */
export function dueRefusal(calendar: WorkingCalendar, start: DayNumber, within: DurationIR): string {
  const outcome = addDuration(calendar, start, within);
  return 'refused' in outcome ? outcome.refused : 'no due date';
}
