/**
 * Which of two durations is longer, when that can be said without guessing. Durations in the same
 * unit compare by amount (months also by their rounding, as the statutory floor does: see
 * `compareWithStatutory` in @wt/dsl); days and weeks compare exactly (1 week = 7 days), and the
 * result says so. Working days never compare with calendar days, weeks or months, and months never
 * compare with days or weeks: how many calendar days N working days span depends on the start date
 * and the bank holidays, so such pairs are "not comparable", never silently converted.
 */
import { compareWithStatutory, type DurationIR } from '@wt/dsl';
import { durationPhrase } from './diff-wording.js';

export type DurationOrder = 'same' | 'shorter' | 'longer' | 'not-comparable';

export interface DurationComparison {
  /** How NEW compares with OLD: `shorter` means NEW asks for it sooner. */
  order: DurationOrder;
  /** Why, when it is not plain: "14 days = 2 weeks", "working days and weeks cannot be compared". */
  note?: string;
}

const DAYS_PER_UNIT: Partial<Record<DurationIR['unit'], number>> = { days: 1, weeks: 7 };

export function compareDurations(oldDuration: DurationIR, newDuration: DurationIR): DurationComparison {
  if (oldDuration.unit === newDuration.unit) {
    const comparison = compareWithStatutory(newDuration, oldDuration);
    if (comparison === 'other-rounding') {
      return { order: 'not-comparable', note: '`rounding refuse` gives no due date where the other rounding gives one' };
    }
    if (comparison === 'other-unit') return { order: 'not-comparable' };
    return { order: comparison };
  }
  const oldDays = DAYS_PER_UNIT[oldDuration.unit];
  const newDays = DAYS_PER_UNIT[newDuration.unit];
  if (oldDays !== undefined && newDays !== undefined) {
    const oldTotal = oldDuration.amount * oldDays;
    const newTotal = newDuration.amount * newDays;
    const order: DurationOrder = oldTotal === newTotal ? 'same' : newTotal < oldTotal ? 'shorter' : 'longer';
    const relation = oldTotal === newTotal ? '=' : newTotal < oldTotal ? '<' : '>';
    return { order, note: `${durationPhrase(newDuration)} ${relation} ${durationPhrase(oldDuration)} (1 week = 7 days)` };
  }
  return {
    order: 'not-comparable',
    note: `${unitName(oldDuration.unit)} and ${unitName(newDuration.unit)} cannot be compared: how many calendar days a span of working days or months covers depends on the start date`,
  };
}

function unitName(unit: DurationIR['unit']): string {
  return unit === 'working-days' ? 'working days' : unit;
}
