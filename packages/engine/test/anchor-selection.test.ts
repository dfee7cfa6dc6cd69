import { describe, expect, it } from 'vitest';
import { firstMatch, lastMatch, selectAnchors } from '../src/anchor-selection.js';
import type { CompiledAnchor } from '../src/compiled-rule.js';
import { day } from './eval-fixtures.js';
import { matchOf, timeline, typed } from './timeline-fixtures.js';

const record = timeline([
  ['strategy-discussion', '2024-05-09', { s47: true }],
  ['strategy-discussion', '2024-05-03'],
  ['strategy-discussion', '2024-05-07', { s47: true }],
  ['strategy-discussion', '2024-05-07'],
]);
const discussions = typed(record, 'strategy-discussion');

function anchorOf(which: CompiledAnchor['which'], attribute?: string, fallback?: CompiledAnchor): CompiledAnchor {
  return { which, match: matchOf('strategy-discussion', attribute), fallback, depth: 0 };
}

describe('first and last', () => {
  it('first: the earliest match; same-day ties go to the earlier in input order', () => {
    expect(firstMatch(discussions, matchOf('strategy-discussion'), day('2024-12-31'))?.index).toBe(1);
    expect(firstMatch(discussions, matchOf('strategy-discussion', 's47'), day('2024-12-31'))?.index).toBe(2);
  });

  it('last: the latest match on or before the as-of date; same-day ties go to the later in input order', () => {
    expect(lastMatch(discussions, matchOf('strategy-discussion'), day('2024-05-08'))?.index).toBe(3);
    expect(lastMatch(discussions, matchOf('strategy-discussion'), day('2024-05-09'))?.index).toBe(0);
    expect(lastMatch(discussions, matchOf('strategy-discussion'), day('2024-05-02'))).toBeUndefined();
  });

  it('ignores events after the as-of date', () => {
    expect(firstMatch(discussions, matchOf('strategy-discussion', 's47'), day('2024-05-06'))).toBeUndefined();
  });
});

describe('selectAnchors', () => {
  it('each: every matching occurrence up to as-of, in date order', () => {
    const selection = selectAnchors(anchorOf('each', 's47'), record, day('2024-12-31'));
    expect(selection?.anchors.map((event) => event.index)).toEqual([2, 0]);
    expect(selectAnchors(anchorOf('each', 's47'), record, day('2024-05-08'))?.anchors.map((event) => event.index)).toEqual([2]);
  });

  it('otherwise: the fallback applies only when the primary anchor matches nothing', () => {
    const fallback: CompiledAnchor = { which: 'last', match: matchOf('strategy-discussion'), fallback: undefined, depth: 1 };
    const primary: CompiledAnchor = { which: 'first', match: matchOf('strategy-discussion', 's47'), fallback, depth: 0 };
    const early = selectAnchors(primary, record, day('2024-05-06'));
    expect(early?.alternative).toBe(fallback);
    expect(early?.anchors.map((event) => event.index)).toEqual([1]);
    const later = selectAnchors(primary, record, day('2024-05-31'));
    expect(later?.alternative).toBe(primary);
    expect(later?.anchors.map((event) => event.index)).toEqual([2]);
  });

  it('nothing when no alternative matches, or the type is absent', () => {
    expect(selectAnchors(anchorOf('first'), record, day('2024-01-01'))).toBeUndefined();
    const other: CompiledAnchor = { which: 'each', match: matchOf('referral'), fallback: undefined, depth: 0 };
    expect(selectAnchors(other, record, day('2024-12-31'))).toBeUndefined();
  });
});
