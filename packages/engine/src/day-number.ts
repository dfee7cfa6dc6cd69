/**
 * Dates inside the engine are day numbers: whole days since 1970-01-01 in the proleptic Gregorian
 * calendar. They have no time zone: a day number is a civil date in England, never an instant.
 */
export type DayNumber = number;


export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a civil date; `month` is 1–12. The date must exist. */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  // Howard Hinnant's days_from_civil, valid for every proleptic Gregorian year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDay(dayNumber: DayNumber): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD`, or the date part of an ISO date-time (`2024-05-02T14:30:00Z`: the time of day is
 * ignored, as the design says). Returns undefined for anything else, including dates that do not exist.
 */
export function parseIsoDate(text: string): DayNumber | undefined {
  const datePart = text.length > 10 && text[10] === 'T' ? text.slice(0, 10) : text;
  const match = ISO_DATE.exec(datePart);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function formatIsoDate(dayNumber: DayNumber): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 0 = Monday … 6 = Sunday (ISO weekday minus one). 1970-01-01 was a Thursday. */
export function weekdayIndex(dayNumber: DayNumber): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

