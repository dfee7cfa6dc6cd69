import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { civilFromDay, dayFromCivil, formatIsoDate, parseIsoDate, weekdayIndex } from '../src/day-number.js';

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(parseIsoDate('1970-01-01')).toBe(0);
    expect(parseIsoDate('2024-02-29')).toBe(19782);
    expect(formatIsoDate(19782)).toBe('2024-02-29');
  });
  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('2023-02-30')).toBeUndefined();
    expect(parseIsoDate('2023-13-01')).toBeUndefined();
    expect(parseIsoDate('2023-1-01')).toBeUndefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
    expect(parseIsoDate('2000-02-29')).toBe(dayFromCivil(2000, 2, 29));
  });
  it('ignores a time of day', () => {
    expect(parseIsoDate('2024-05-02T23:30:00+01:00')).toBe(parseIsoDate('2024-05-02'));
  });
  it('knows the weekday: 2024-05-02 was a Thursday, 2013-04-15 a Monday', () => {
    expect(weekdayIndex(parseIsoDate('2024-05-02')!)).toBe(3);
    expect(weekdayIndex(parseIsoDate('2013-04-15')!)).toBe(0);
  });
  it('agrees with the JavaScript Date in UTC for every day in four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -150000, max: 150000 }), (day) => {
        const date = new Date(day * 86400000);
        const civil = civilFromDay(day);
        expect(civil).toEqual({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
        expect(dayFromCivil(civil.year, civil.month, civil.day)).toBe(day);
      }),
    );
  });
});
