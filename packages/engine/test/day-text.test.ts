import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayText } from '../src/day-text.js';
import { formatIsoDate } from '../src/day-number.js';

describe('dayText', () => {
  it('is formatIsoDate, cached or not', () => {
    expect(dayText(19782)).toBe('2024-02-29');
    expect(dayText(19782)).toBe('2024-02-29');
    fc.assert(
      fc.property(fc.integer({ min: -800000, max: 2900000 }), (day) => {
        expect(dayText(day)).toBe(formatIsoDate(day));
        expect(dayText(day)).toBe(formatIsoDate(day));
      }),
    );
  });
});
