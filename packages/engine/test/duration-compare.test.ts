import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DurationIR, DurationUnit } from '@wt/dsl';
import { compareDurations } from '../src/duration-compare.js';

const d = (amount: number, unit: DurationUnit, rounding?: DurationIR['rounding']): DurationIR => (rounding ? { amount, unit, rounding } : { amount, unit });

describe('compareDurations', () => {
  it('compares amounts in the same unit: NEW shorter, longer or the same', () => {
    expect(compareDurations(d(45, 'working-days'), d(35, 'working-days')).order).toBe('shorter');
    expect(compareDurations(d(35, 'working-days'), d(40, 'working-days')).order).toBe('longer');
    expect(compareDurations(d(3, 'months'), d(3, 'months')).order).toBe('same');
  });

  it('compares days with weeks exactly (1 week = 7 days), and says so', () => {
    const same = compareDurations(d(14, 'days'), d(2, 'weeks'));
    expect(same).toEqual({ order: 'same', note: '2 weeks = 14 days (1 week = 7 days)' });
    // 2 weeks = 14 days > 10 days: NEW is longer.
    expect(compareDurations(d(10, 'days'), d(2, 'weeks'))).toEqual({ order: 'longer', note: '2 weeks > 10 days (1 week = 7 days)' });
    expect(compareDurations(d(3, 'weeks'), d(20, 'days')).order).toBe('shorter');
  });

  it('never converts working days or months into calendar time', () => {
    const workingDays = compareDurations(d(10, 'working-days'), d(2, 'weeks'));
    expect(workingDays.order).toBe('not-comparable');
    expect(workingDays.note).toContain('working days and weeks cannot be compared');
    expect(compareDurations(d(1, 'months'), d(31, 'days')).order).toBe('not-comparable');
    expect(compareDurations(d(20, 'days'), d(15, 'working-days')).order).toBe('not-comparable');
  });

  it('treats month rounding as the statutory floor does: refuse gives no date, next-month-start is later', () => {
    expect(compareDurations(d(3, 'months'), d(3, 'months', 'refuse')).order).toBe('not-comparable');
    expect(compareDurations(d(3, 'months'), d(3, 'months', 'next-month-start')).order).toBe('longer');
  });

  it('is antisymmetric: NEW shorter than OLD exactly when OLD is longer than NEW', () => {
    const unit = fc.constantFrom<DurationUnit>('working-days', 'days', 'weeks', 'months');
    const duration = fc.record({ amount: fc.integer({ min: 0, max: 400 }), unit });
    fc.assert(
      fc.property(duration, duration, (a, b) => {
        const forward = compareDurations(a, b).order;
        const backward = compareDurations(b, a).order;
        const mirror = { shorter: 'longer', longer: 'shorter', same: 'same', 'not-comparable': 'not-comparable' } as const;
        expect(backward).toBe(mirror[forward]);
      }),
    );
  });
});
