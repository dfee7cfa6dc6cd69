import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIsoDate } from '../src/day-number.js';
import { parseRecordDate } from '../src/record-date.js';

describe('parseRecordDate', () => {
  it('reads dates and date-times, and refuses dates that do not exist', () => {
    expect(parseRecordDate('2024-02-29')).toBe(parseIsoDate('2024-02-29'));
    expect(parseRecordDate('2024-05-02T23:30:00+01:00')).toBe(parseIsoDate('2024-05-02'));
    for (const text of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-1-01', '2023-01-1', '2023/01/01', '2023-01-01Z', '', '２０２３-01-01']) {
      expect(parseRecordDate(text)).toBeUndefined();
    }
  });

  it('agrees with parseIsoDate on any text and on anything date-shaped', () => {
    const dateShaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('', 'T00:00', 'Z', 'T', ' '))
      .map(([y, m, d, tail]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail}`);
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 14 }), dateShaped), (text) => {
      expect(parseRecordDate(text)).toBe(parseIsoDate(text));
    }));
  });
});
