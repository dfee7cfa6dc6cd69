import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar } from '../src/build-calendar.js';
import { formatIsoDate } from '../src/day-number.js';
import { overdueFrom, windowStart } from '../src/escalation-offset.js';
import { day, days, englandAndWales, months, workingDays } from './eval-fixtures.js';

const calendar = buildCalendar(englandAndWales).calendar!;
// The offsets do not depend on the counting convention; the inclusive calendar takes the slow path.
const inclusive = buildCalendar({ ...englandAndWales, counting: 'inclusive' }).calendar!;
const text = formatIsoDate;

describe('windowStart: the first day of "N before due"', () => {
  it('working days: the Nth working day before the due date', () => {
    // Due Wed 2024-05-29. 2 working days before: Tue 28 is 1, Mon 27 is a bank holiday, Fri 24 is 2.
    expect(text(windowStart(calendar, day('2024-05-29'), workingDays(2)))).toBe('2024-05-24');
    // Due Fri 2024-05-31: Thu 30 (1), Wed 29 (2).
    expect(text(windowStart(calendar, day('2024-05-31'), workingDays(2)))).toBe('2024-05-29');
    // Due Mon 2024-06-03, 1 working day: Fri 2024-05-31.
    expect(text(windowStart(calendar, day('2024-06-03'), workingDays(1)))).toBe('2024-05-31');
  });

  it('working days before a due date on a weekend count working days only', () => {
    // Due Sun 2024-06-16 (a calendar-day rule): 2 working days before: Fri 14 (1), Thu 13 (2).
    // 0 working days before: the due date itself.
    expect(text(windowStart(calendar, day('2024-06-16'), workingDays(2)))).toBe('2024-06-13');
    expect(text(windowStart(calendar, day('2024-06-16'), workingDays(0)))).toBe('2024-06-16');
  });

  it('calendar days, weeks and months', () => {
    expect(text(windowStart(calendar, day('2024-05-29'), days(3)))).toBe('2024-05-26');
    expect(text(windowStart(calendar, day('2024-05-29'), { amount: 1, unit: 'weeks' }))).toBe('2024-05-22');
    // One month before 31 May is 30 April (the last day of a shorter month).
    expect(text(windowStart(calendar, day('2024-05-31'), months(1)))).toBe('2024-04-30');
  });

  it('is a working day with exactly N working days in [it, due) for every due date and N ≥ 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('2013-01-01'), max: day('2027-12-31') }), fc.integer({ min: 1, max: 20 }), (due, n) => {
        const from = windowStart(calendar, due, workingDays(n));
        expect(calendar.isWorkingDay(from)).toBe(true);
        expect(calendar.workingDaysBetween(from - 1, due - 1)).toBe(n);
      }),
    );
  });
});

describe('overdueFrom: the first day overdue by N', () => {
  it('working days: the Nth working day after due, the day overdueBy reaches N', () => {
    // Due Wed 2024-05-29: 1 → Thu 30; 5 → 30, 31, Jun 3, 4, 5 → Wed 2024-06-05.
    expect(text(overdueFrom(calendar, day('2024-05-29'), workingDays(1)))).toBe('2024-05-30');
    expect(text(overdueFrom(calendar, day('2024-05-29'), workingDays(5)))).toBe('2024-06-05');
    // Due Fri 2024-05-24: 1 working day → Tue 28 (Mon 27 is a bank holiday).
    expect(text(overdueFrom(calendar, day('2024-05-24'), workingDays(1)))).toBe('2024-05-28');
  });

  it('"when overdue" with no amount: the day after due, a weekend too', () => {
    expect(text(overdueFrom(calendar, day('2024-05-24'), workingDays(0)))).toBe('2024-05-25');
    expect(text(overdueFrom(calendar, day('2024-05-24'), days(0)))).toBe('2024-05-25');
  });

  it('calendar days and months', () => {
    expect(text(overdueFrom(calendar, day('2024-05-24'), days(3)))).toBe('2024-05-27');
    expect(text(overdueFrom(calendar, day('2024-01-31'), months(1)))).toBe('2024-02-29');
  });

  it('agrees with workingDaysBetween: overdueBy ≥ N exactly from that day', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('2013-01-01'), max: day('2027-12-31') }), fc.integer({ min: 1, max: 20 }), (due, n) => {
        const from = overdueFrom(calendar, due, workingDays(n));
        expect(calendar.workingDaysBetween(due, from)).toBe(n);
        expect(calendar.workingDaysBetween(due, from - 1)).toBe(n - 1);
      }),
    );
  });
});

describe('offsets and the counting convention', () => {
  it('are the same under inclusive counting (which walks the days instead of asking the calendar)', () => {
    fc.assert(
      fc.property(fc.integer({ min: day('2013-01-01'), max: day('2027-12-31') }), fc.integer({ min: 0, max: 20 }), (due, n) => {
        expect(windowStart(inclusive, due, workingDays(n))).toBe(windowStart(calendar, due, workingDays(n)));
        expect(overdueFrom(inclusive, due, workingDays(n))).toBe(overdueFrom(calendar, due, workingDays(n)));
      }),
    );
  });
});
