/**
 * The due date of "within <duration>" of a start date.
 *
 * - working days: the calendar's convention (see working-calendar-index.ts);
 * - days: start + N; weeks: start + 7N;
 * - months: Dodds v Walker (same day of the month N months later, or the last day of a shorter month),
 *   or, when the duration says so, the first day of the next month (`next-month-start`) or no due date
 *   at all (`refuse`).
 *
 * Calendar-day, week and month due dates are NOT moved off weekends or holidays: statutory months and
 * days are calendar periods, so "within 3 months" of 2024-03-16 is Sunday 2024-06-16. Only working-day
 * durations consult the calendar.
 */
import type { DurationIR } from '@wt/dsl';
import { civilFromDay, dayFromCivil, formatIsoDate, type DayNumber } from './day-number.js';
import { describeMissingDay, sameDayOrLastDay, sameDayOrNextMonthStart, shiftMonths } from './month-arithmetic.js';
import type { WorkingCalendar } from './working-calendar.js';
import { MAX_WORKING_DAY_STEP } from './working-calendar-index.js';
import { durationWords } from './duration-words.js';

export type AddDurationResult = { due: DayNumber } | { refused: string };

/** Due dates are kept within the years an ISO date can spell. */
const FIRST_SUPPORTED_DAY = dayFromCivil(0, 1, 1);
const LAST_SUPPORTED_DAY = dayFromCivil(9999, 12, 31);
const MAX_AMOUNT = MAX_WORKING_DAY_STEP;

export function addDuration(calendar: WorkingCalendar, start: DayNumber, duration: DurationIR): AddDurationResult {
  if (!Number.isInteger(start) || start < FIRST_SUPPORTED_DAY || start > LAST_SUPPORTED_DAY) {
    return { refused: `The start date (day ${start}) is outside the years 0000–9999.` };
  }
  const { amount, unit } = duration;
  if (!Number.isInteger(amount) || Math.abs(amount) > MAX_AMOUNT) {
    return { refused: `The duration amount ${amount} is not a whole number between -${MAX_AMOUNT} and ${MAX_AMOUNT}.` };
  }
  const due = dueDate(calendar, start, duration);
  if (typeof due !== 'number') return due;
  if (due < FIRST_SUPPORTED_DAY || due > LAST_SUPPORTED_DAY) {
    return { refused: `${durationWords(amount, unit)} from ${formatIsoDate(start)} falls outside the years 0000–9999.` };
  }
  return { due };
}

function dueDate(calendar: WorkingCalendar, start: DayNumber, duration: DurationIR): DayNumber | { refused: string } {
  const { amount } = duration;
  switch (duration.unit) {
    case 'working-days':
      try {
        return calendar.addWorkingDays(start, amount);
      } catch (error) {
        if (error instanceof RangeError) return { refused: error.message };
        throw error;
      }
    case 'days':
      return start + amount;
    case 'weeks':
      return start + 7 * amount;
    case 'months':
      return addMonths(start, amount, duration.rounding ?? 'last-day');
    default:
      return { refused: `Unknown duration unit ${JSON.stringify(duration.unit)}.` };
  }
}

function addMonths(start: DayNumber, months: number, rounding: string): DayNumber | { refused: string } {
  const shift = shiftMonths(civilFromDay(start), months);
  if (shift.year < 0 || shift.year > 9999) {
    return { refused: `${durationWords(months, 'months')} from ${formatIsoDate(start)} falls outside the years 0000–9999.` };
  }
  let date;
  if (rounding === 'last-day') date = sameDayOrLastDay(shift);
  else if (rounding === 'next-month-start') date = sameDayOrNextMonthStart(shift);
  else if (rounding === 'refuse') {
    if (!shift.exact) {
      return {
        refused: `${durationWords(months, 'months')} ${months < 0 ? 'before' : 'after'} ${formatIsoDate(start)} has no corresponding date: ${describeMissingDay(shift)}, and the rule says "rounding refuse".`,
      };
    }
    date = sameDayOrLastDay(shift);
  } else return { refused: `Unknown month rounding ${JSON.stringify(rounding)}.` };
  return dayFromCivil(date.year, date.month, date.day);
}
