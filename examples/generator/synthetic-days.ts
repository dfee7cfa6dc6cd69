/**
 * Date arithmetic for the generator, on day numbers (days since 1970-01-01). The generator places
 * events on weekdays; it does not know bank holidays, so an event it meant to be on time may in rare
 * cases be a day late under the real calendar, as in real data.
 */
export type Day = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function dayFromCivil(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The day number of `YYYY-MM-DD`, or undefined when it is not a real date. */
export function parseDay(text: string): Day | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

const isoCache = new Map<Day, string>();

/** `YYYY-MM-DD` of a day number (cached: a caseload reuses a few thousand dates millions of times). */
export function isoDay(day: Day): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekday(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

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
  const date = new Date(day * 86_400_000);
  const total = date.getUTCMonth() + months;
  const year = date.getUTCFullYear() + Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayFromCivil(year, month, Math.min(date.getUTCDate(), daysInMonth(year, month)));
}
