import type { DurationIR } from '@wt/dsl';
import { civilFromDay, dayFromCivil, type DayNumber } from './day-number.js';
import { sameDayOrLastDay, shiftMonths } from './month-arithmetic.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Far enough to cross any real run of non-working days; stops a calendar with no working days looping. */
const MAX_SCAN_DAYS = 3660;

/** The same day of the month `months` months away, or the last day of that month (Dodds v Walker). */
function monthsAway(day: DayNumber, months: number): DayNumber {
  const date = sameDayOrLastDay(shiftMonths(civilFromDay(day), months));
  return dayFromCivil(date.year, date.month, date.day);
}

/**
 * The first day of the window "`offset` before due". For working days: the Nth working day strictly
 * before the due date, whatever day the due date is (due Fri: 2 working days before is Wed; due Mon:
 * 1 working day before is the Friday; due Sun: 2 working days before is Thu); 0 is the due date itself.
 * For calendar days, weeks and months: that many before the due date.
 */
export function windowStart(calendar: WorkingCalendar, due: DayNumber, offset: DurationIR): DayNumber {
  switch (offset.unit) {
    case 'working-days': {
      // Under exclusive counting the calendar answers this in constant time.
      if (calendar.counting === 'exclusive' && offset.amount > 0) return calendar.addWorkingDays(due, -offset.amount);
      let day = due;
      for (let counted = 0; counted < offset.amount && due - day < MAX_SCAN_DAYS; ) {
        day--;
        if (calendar.isWorkingDay(day)) counted++;
      }
      return day;
    }
    case 'days':
      return due - offset.amount;
    case 'weeks':
      return due - 7 * offset.amount;
    case 'months':
      return monthsAway(due, -offset.amount);
  }
}

/**
 * The first day an obligation is "overdue by `offset`": for N ≥ 1 working days, the Nth working day
 * strictly after the due date (the day overdueBy reaches N); for calendar days, weeks and months, that
 * long after the due date. Never earlier than the day after the due date: "when overdue" with no
 * amount (0) starts the day after due.
 */
export function overdueFrom(calendar: WorkingCalendar, due: DayNumber, offset: DurationIR): DayNumber {
  let from: DayNumber;
  switch (offset.unit) {
    case 'working-days': {
      if (calendar.counting === 'exclusive' && offset.amount > 0) {
        from = calendar.addWorkingDays(due, offset.amount);
        break;
      }
      from = due;
      for (let counted = 0; counted < offset.amount && from - due < MAX_SCAN_DAYS; ) {
        from++;
        if (calendar.isWorkingDay(from)) counted++;
      }
      break;
    }
    case 'days':
      from = due + offset.amount;
      break;
    case 'weeks':
      from = due + 7 * offset.amount;
      break;
    case 'months':
      from = monthsAway(due, offset.amount);
      break;
  }
  return Math.max(from, due + 1);
}
