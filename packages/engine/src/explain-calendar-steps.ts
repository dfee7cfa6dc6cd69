/**
 * Plain-English descriptions of date steps, for explanations:
 * "15 working days after Mon 2024-05-06 is Tue 2024-05-28, skipping 6 weekend days and 1 bank holiday:
 * Spring bank holiday on Mon 2024-05-27."
 * Every holiday and closure skipped is named with its date; weekend days are counted.
 */
import type { DurationIR } from '@wt/dsl';
import { civilFromDay, formatIsoDate, type DayNumber } from './day-number.js';
import { countWords, dayWithWeekday, durationWords } from './duration-words.js';
import { describeMissingDay, shiftMonths } from './month-arithmetic.js';
import type { NonWorkingDay, WorkingCalendar } from './working-calendar.js';

/** Describes `calendar.addWorkingDays(start, n) === due`. */
export function describeWorkingDayStep(calendar: WorkingCalendar, start: DayNumber, n: number, due: DayNumber): string {
  const direction = n < 0 || (n === 0 && due < start) ? 'before' : 'after';
  const amount = durationWords(n, 'working-days');
  const startIsWorking = calendar.isWorkingDay(start);
  let head: string;
  if (calendar.counting === 'inclusive') {
    const counted =
      startIsWorking || direction === 'after'
        ? 'counting it as day 1'
        : `it is not a working day, so day 1 is ${dayWithWeekday(calendar.addWorkingDays(start, 0))}`;
    head = `${amount} ${direction === 'after' ? 'from' : 'back from'} ${dayWithWeekday(start)} (${counted}) is ${dayWithWeekday(due)}`;
  } else if (n === 0) {
    head = `0 working days after ${dayWithWeekday(start)} is ${dayWithWeekday(due)} (the first working day on or after it)`;
  } else {
    head = `${amount} ${direction} ${dayWithWeekday(start)} is ${dayWithWeekday(due)}`;
  }
  const low = Math.min(start, due);
  const high = Math.max(start, due);
  const skipped = calendar.nonWorkingDaysBetween(low, high).filter((entry) => entry.day < high);
  let sentence = `${head}, ${describeSkipped(skipped)}.`;
  if (calendar.isProvisional(low) || calendar.isProvisional(high)) {
    sentence += ` Provisional: official bank holidays are known only from ${formatIsoDate(calendar.officialFrom)} to ${formatIsoDate(calendar.officialUntil)}.`;
  }
  return sentence;
}

function describeSkipped(days: readonly NonWorkingDay[]): string {
  const weekendDays = days.filter((entry) => entry.reason === 'weekend').length;
  const holidays = days.filter((entry) => entry.reason === 'holiday');
  const closures = days.filter((entry) => entry.reason === 'closure');
  if (days.length === 0) return 'with no weekend days, bank holidays or closures in between';
  const parts: string[] = [];
  if (weekendDays > 0) parts.push(countWords(weekendDays, 'weekend day', 'weekend days'));
  if (holidays.length > 0) parts.push(`${countWords(holidays.length, 'bank holiday', 'bank holidays')}: ${namedDays(holidays)}`);
  if (closures.length > 0) parts.push(`${countWords(closures.length, 'closure day', 'closure days')}: ${namedDays(closures)}`);
  return `skipping ${joinParts(parts)}`;
}

/** "A and B"; a part that lists names is closed off with a semicolon: "2 bank holidays: A and B; and …". */
function joinParts(parts: readonly string[]): string {
  if (parts.length === 1) return parts[0]!;
  if (parts.length === 2 && !parts[0]!.includes(':')) return `${parts[0]} and ${parts[1]}`;
  return `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}`;
}

function namedDays(days: readonly NonWorkingDay[]): string {
  const names = days.map((entry) => `${entry.name ?? 'unnamed'} on ${dayWithWeekday(entry.day)}`);
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Describes a calendar-day, week or month step (`addDuration` with those units). Such due dates stay
 * where they fall, on a weekend or holiday too.
 */
export function describeCalendarStep(start: DayNumber, duration: DurationIR, due: DayNumber): string {
  const direction = duration.amount < 0 ? 'before' : 'after';
  const head = `${durationWords(duration.amount, duration.unit)} ${direction} ${dayWithWeekday(start)} is ${dayWithWeekday(due)}`;
  switch (duration.unit) {
    case 'days':
      return `${head} (calendar days: weekends and holidays count, and the date is not moved off them).`;
    case 'weeks':
      return `${head} (${Math.abs(duration.amount) * 7} calendar days; the date is not moved off weekends or holidays).`;
    case 'months': {
      const shift = shiftMonths(civilFromDay(start), duration.amount);
      if (shift.exact) return `${head} (the same day of the month; the date is not moved off weekends or holidays).`;
      const rule =
        duration.rounding === 'next-month-start'
          ? 'so the due date is the first day of the next month (rounding next-month-start)'
          : 'so the due date is the last day of that month (Dodds v Walker)';
      return `${head}: ${describeMissingDay(shift)}, ${rule}.`;
    }
    default:
      return `${head}.`;
  }
}

/** Describes any `addDuration` step: working days through the calendar, the rest as calendar periods. */
export function describeDurationStep(
  calendar: WorkingCalendar,
  start: DayNumber,
  duration: DurationIR,
  due: DayNumber,
): string {
  return duration.unit === 'working-days'
    ? describeWorkingDayStep(calendar, start, duration.amount, due)
    : describeCalendarStep(start, duration, due);
}
