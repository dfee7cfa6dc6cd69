import { describe, expect, it } from 'vitest';
import { insideState, stateEnd } from '../src/while-interval.js';
import { day } from './eval-fixtures.js';
import { matchOf, timeline, typed } from './timeline-fixtures.js';

const from = matchOf('plan-start');
const to = matchOf('plan-end');

function inside(events: [string, string][], anchorIndex: number): boolean {
  const record = timeline(events);
  const anchor = record.events.find((event) => event.index === anchorIndex)!;
  return insideState(typed(record, 'plan-start'), from, typed(record, 'plan-end'), to, anchor);
}

describe('insideState', () => {
  it('is inside after a start with no end before the anchor', () => {
    expect(inside([['plan-start', '2024-01-15'], ['review-conference', '2024-04-10']], 1)).toBe(true);
  });

  it('is outside before any start, and after an end', () => {
    expect(inside([['review-conference', '2024-01-10'], ['plan-start', '2024-01-15']], 0)).toBe(false);
    expect(inside([['plan-start', '2024-01-15'], ['plan-end', '2024-03-01'], ['review-conference', '2024-04-10']], 2)).toBe(false);
  });

  it('an end on the anchor’s own day ends the state before the anchor, whatever the input order', () => {
    expect(inside([['plan-start', '2024-01-15'], ['review-conference', '2024-04-10'], ['plan-end', '2024-04-10']], 1)).toBe(false);
    expect(inside([['plan-start', '2024-01-15'], ['plan-end', '2024-04-10'], ['review-conference', '2024-04-10']], 2)).toBe(false);
  });

  it('a new plan started after an end (even the same day, later in input order) opens the state again', () => {
    const events: [string, string][] = [
      ['plan-start', '2024-01-15'],
      ['plan-end', '2024-03-01'],
      ['plan-start', '2024-03-01'],
      ['review-conference', '2024-04-10'],
    ];
    expect(inside(events, 3)).toBe(true);
    // The anchor may be the start event itself.
    expect(inside(events, 2)).toBe(true);
  });
});

describe('stateEnd', () => {
  const record = timeline([
    ['plan-end', '2024-04-10'],
    ['plan-end', '2024-06-03'],
  ]);
  const ends = typed(record, 'plan-end');

  it('is the first end dated after the start, up to the as-of date', () => {
    expect(stateEnd(ends, to, day('2024-04-10'), day('2024-12-31'))).toBe(ends[1]);
    expect(stateEnd(ends, to, day('2024-04-09'), day('2024-12-31'))).toBe(ends[0]);
    expect(stateEnd(ends, to, day('2024-04-10'), day('2024-06-02'))).toBeUndefined();
  });
});
