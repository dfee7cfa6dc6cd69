import { describe, expect, it } from 'vitest';
import { firstEventFrom } from '../src/completion.js';
import { day } from './eval-fixtures.js';
import { matchOf, timeline, typed } from './timeline-fixtures.js';

describe('firstEventFrom', () => {
  const record = timeline([
    ['review-conference', '2024-01-10'],
    ['review-conference', '2024-04-10'],
    ['review-conference', '2024-04-10'],
    ['review-conference', '2024-09-01', { quorate: true }],
    ['review-conference', '2024-10-01', { quorate: true }],
  ]);
  const reviews = typed(record, 'review-conference');
  const any = matchOf('review-conference');

  it('skips the anchor occurrence itself: a review is completed by the next one', () => {
    const anchor = reviews[3]!;
    expect(firstEventFrom(reviews, any, anchor.day, anchor, day('2024-12-31'))).toBe(reviews[4]);
  });

  it('counts another event on the start date itself', () => {
    const anchor = reviews[1]!;
    expect(firstEventFrom(reviews, any, anchor.day, anchor, day('2024-12-31'))).toBe(reviews[2]);
  });

  it('ignores events before the start and after the as-of date', () => {
    const anchor = reviews[0]!;
    expect(firstEventFrom(reviews, matchOf('review-conference', 'quorate'), day('2024-02-01'), anchor, day('2024-09-30'))).toBe(reviews[3]);
    expect(firstEventFrom(reviews, matchOf('review-conference', 'quorate'), day('2024-02-01'), anchor, day('2024-08-31'))).toBeUndefined();
  });
});
