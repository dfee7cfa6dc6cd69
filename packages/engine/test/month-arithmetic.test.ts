import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from '../src/day-number.js';
import {
  describeMissingDay,
  ordinalDay,
  sameDayOrLastDay,
  sameDayOrNextMonthStart,
  shiftMonths,
} from '../src/month-arithmetic.js';

describe('month arithmetic on civil dates', () => {
  it('moves by whole months across year ends, forwards and backwards', () => {
    expect(shiftMonths({ year: 2023, month: 11, day: 30 }, 3)).toEqual({ year: 2024, month: 2, wantedDay: 30, exact: false });
    expect(shiftMonths({ year: 2024, month: 1, day: 15 }, -1)).toEqual({ year: 2023, month: 12, wantedDay: 15, exact: true });
    expect(shiftMonths({ year: 2024, month: 3, day: 31 }, -25)).toEqual({ year: 2022, month: 2, wantedDay: 31, exact: false });
  });
  it('Dodds v Walker: the last day of a shorter month; the rounding alternative: the 1st of the next', () => {
    const shift = shiftMonths({ year: 2024, month: 12, day: 31 }, 2); // February 2025, no 31st
    expect(sameDayOrLastDay(shift)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(sameDayOrNextMonthStart(shift)).toEqual({ year: 2025, month: 3, day: 1 });
    const november = shiftMonths({ year: 2024, month: 10, day: 31 }, 1); // November, no 31st → 1 Dec
    expect(sameDayOrNextMonthStart(november)).toEqual({ year: 2024, month: 12, day: 1 });
    const december = shiftMonths({ year: 2024, month: 12, day: 31 }, 0);
    expect(sameDayOrNextMonthStart(december)).toEqual({ year: 2024, month: 12, day: 31 });
  });
  it('names the missing day', () => {
    expect(describeMissingDay(shiftMonths({ year: 2024, month: 2, day: 29 }, 12))).toBe('February 2025 has no 29th');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 30, 31].map(ordinalDay)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '30th', '31st',
    ]);
  });
  it('always lands on a real date in the right month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: -1200, max: 1200 }),
        (year, month, rawDay, months) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const shift = shiftMonths({ year, month, day }, months);
          expect((shift.year - year) * 12 + (shift.month - month)).toBe(months);
          const date = sameDayOrLastDay(shift);
          expect(date.day).toBeLessThanOrEqual(daysInMonth(date.year, date.month));
          expect(date.day === day).toBe(shift.exact);
        },
      ),
    );
  });
});
