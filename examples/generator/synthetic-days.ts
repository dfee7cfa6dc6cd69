/**
 * Date arithmetic for the generator, on day numbers (days since 1970-01-01). The generator places
 * events on weekdays; it does not know bank holidays, so an event it meant to be on time may in rare
 * cases be a day late under the real calendar, as in real data.
 */
import { civilFromDay, daysInMonth, dayFromCivil, formatIsoDate, parseIsoDate, weekdayIndex, type DayNumber } from '@wt/engine';

export type Day = DayNumber;

/** The day number of `YYYY-MM-DD`, or undefined when it is not a real date. */
export const parseDay = (text: string): Day | undefined => parseIsoDate(text);

const isoCache = new Map<Day, string>();

/** `YYYY-MM-DD` of a day number (cached: a caseload reuses a few thousand dates millions of times). */
export function isoDay(day: Day): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = formatIsoDate(day);
    isoCache.set(day, text);
  }
  return text;
}

/** 0 = Monday … 6 = Sunday. */
export const weekday = weekdayIndex;

export function isWeekend(day: Day): boolean {
  return weekday(day) >= 5;
}

/** The nth weekday strictly after `day` (n ≥ 1); `day` itself when n is 0. */
export function addWeekdays(day: Day, n: number): Day {
  let result = day;
  let left = n;
  while (left > 0) {
    result++;
    if (!isWeekend(result)) left--;
  }
  return result;
}

/** Moves a weekend day back to the Friday before it. */
export function weekdayOnOrBefore(day: Day): Day {
  const wd = weekday(day);
  return wd >= 5 ? day - (wd - 4) : day;
}

/** Moves a weekend day on to the Monday after it. */
export function weekdayOnOrAfter(day: Day): Day {
  const wd = weekday(day);
  return wd >= 5 ? day + (7 - wd) : day;
}

/** The same day of the month `months` later, or the last day of that month when it has none. */
export function addMonths(day: Day, months: number): Day {
  const date = civilFromDay(day);
  const total = date.month - 1 + months;
  const year = date.year + Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayFromCivil(year, month, Math.min(date.day, daysInMonth(year, month)));
}
