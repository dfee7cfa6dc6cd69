import type { DayNumber } from './day-number.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * "ReferenceDate − n working days", as the DfE CIN census validator computes it: with the inclusive
 * convention the reference date (or, when it is not a working day, the next working day) counts as day
 * 1, so 2023-03-31 − 45 working days is 2023-01-30, the 44th working day before it (pandas
 * `ReferenceDate − CustomBusinessDay(n = 44)`). With the exclusive convention it is the nth working
 * day strictly before the reference date. Same as `calendar.addWorkingDays(reference, −n)`.
 */
export function subtractWorkingDays(calendar: WorkingCalendar, reference: DayNumber, n: number): DayNumber {
  return calendar.addWorkingDays(reference, -n);
}
