/** The period of a timeliness report: `FROM..TO`, or the year that ends on a date (a census year). */
import { civilFromDay, dayFromCivil, formatIsoDate, isLeapYear, parseIsoDate } from './day-number.js';
import type { ReportPeriod } from './timeliness-report-types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `2023-04-01..2024-03-31`, both ends included; a message when it is not one. */
export function parseReportPeriod(text: string): { period: ReportPeriod } | { error: string } {
  const parts = text.split('..');
  if (parts.length !== 2) return { error: 'a period is written FROM..TO, as 2023-04-01..2024-03-31' };
  const [from, to] = parts.map((part) => part.trim()) as [string, string];
  for (const end of [from, to]) {
    if (!DATE.test(end) || parseIsoDate(end) === undefined) return { error: 'both ends of a period must be dates that exist, as YYYY-MM-DD' };
  }
  if (from > to) return { error: 'a period must not end before it starts' };
  return { period: { from, to } };
}

/**
 * The year that ends on `end`: from the day after the same date a year earlier (the census year of a
 * ReferenceDate: 2023-03-31 gives 2022-04-01..2023-03-31). From 29 February, a year earlier is 28 February.
 */
export function yearEnding(end: string): ReportPeriod | undefined {
  const day = parseIsoDate(end);
  if (day === undefined || !DATE.test(end)) return undefined;
  const { year, month, day: dayOfMonth } = civilFromDay(day);
  const earlierDay = month === 2 && dayOfMonth === 29 && !isLeapYear(year - 1) ? 28 : dayOfMonth;
  return { from: formatIsoDate(dayFromCivil(year - 1, month, earlierDay) + 1), to: end };
}
