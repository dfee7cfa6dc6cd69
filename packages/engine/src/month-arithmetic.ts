/**
 * Calendar-month arithmetic on civil dates. English law counts "N months" from a date to the same day
 * of the month N months later, or to the last day of that month when it has no such day (Dodds v
 * Walker [1981] 1 WLR 1441): 31 Jan + 1 month = 28 Feb (29 in a leap year).
 */
import { daysInMonth, type CivilDate } from './day-number.js';

export interface MonthShift {
  /** The month N months on (or back), with the same day number when it exists. */
  year: number;
  month: number;
  /** The start's day of the month, which the target month may not have. */
  wantedDay: number;
  /** True when the target month has the wanted day. */
  exact: boolean;
}

export function shiftMonths(date: CivilDate, months: number): MonthShift {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return { year, month, wantedDay: date.day, exact: date.day <= daysInMonth(year, month) };
}

/** Dodds v Walker: the same day of the month, or the last day of a shorter month. */
export function sameDayOrLastDay(shift: MonthShift): CivilDate {
  return { year: shift.year, month: shift.month, day: Math.min(shift.wantedDay, daysInMonth(shift.year, shift.month)) };
}

/** Catala's "round up": the same day of the month, or the first day of the month after a shorter one. */
export function sameDayOrNextMonthStart(shift: MonthShift): CivilDate {
  if (shift.exact) return { year: shift.year, month: shift.month, day: shift.wantedDay };
  return shift.month === 12 ? { year: shift.year + 1, month: 1, day: 1 } : { year: shift.year, month: shift.month + 1, day: 1 };
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/** 1st, 2nd, 3rd, 4th … 21st, 22nd, 23rd … 29th, 30th, 31st. */
export function ordinalDay(day: number): string {
  const lastTwo = day % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${day}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][day % 10] ?? 'th';
  return `${day}${suffix}`;
}

/** "February 2025 has no 29th". */
export function describeMissingDay(shift: MonthShift): string {
  return `${monthName(shift.month)} ${shift.year} has no ${ordinalDay(shift.wantedDay)}`;
}
