import { dayFromCivil, daysInMonth, type DayNumber } from './day-number.js';

const ZERO = 48;
const HYPHEN = 45;
const LETTER_T = 84;

function digit(text: string, position: number): number {
  const code = text.charCodeAt(position) - ZERO;
  return code >= 0 && code <= 9 ? code : -1;
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let position = from; position < from + count; position++) {
    const next = digit(text, position);
    if (next < 0) return -1;
    value = value * 10 + next;
  }
  return value;
}

/**
 * `parseIsoDate` without a regular expression or allocation, for the dates of case records (millions
 * of them): `YYYY-MM-DD`, or the date part of an ISO date-time (`T` at position 10). Same results.
 */
export function parseRecordDate(text: string): DayNumber | undefined {
  if (text.length !== 10 && (text.length < 11 || text.charCodeAt(10) !== LETTER_T)) return undefined;
  if (text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}
