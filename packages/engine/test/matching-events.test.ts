/**
 * The searches of matching-events.ts (binary searches over events sorted by day and input position)
 * give exactly what the scans they replace gave: the first completion from a start, whether an
 * anchor is inside a `while` state, and the event that ends the state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../src/case-timeline.js';
import type { CompiledMatch } from '../src/compiled-rule.js';
import { firstEventFrom } from '../src/completion.js';
import { firstIndexAfter, firstIndexLaterThan, firstIndexOnOrAfter, matchingEvents } from '../src/matching-events.js';
import { insideState, stateEnd } from '../src/while-interval.js';

const passes = (match: CompiledMatch, event: CaseEvent) => match.test === undefined || match.test(event.attributes);
const after = (a: CaseEvent, b: CaseEvent) => a.day > b.day || (a.day === b.day && a.index > b.index);

/** The scans as they were: every question walks the list from its start. */
const reference = {
  firstEventFrom(events: readonly CaseEvent[], match: CompiledMatch, start: number, anchor: CaseEvent, asOf: number) {
    for (const event of events) {
      if (event.day > asOf) return undefined;
      if (event.day < start || event === anchor) continue;
      if (passes(match, event)) return event;
    }
    return undefined;
  },
  insideState(fromEvents: readonly CaseEvent[], from: CompiledMatch, toEvents: readonly CaseEvent[], to: CompiledMatch, anchor: CaseEvent) {
    let opened: CaseEvent | undefined;
    for (const event of fromEvents) {
      if (event.day > anchor.day) break;
      if (passes(from, event)) opened = event;
    }
    if (!opened) return false;
    for (const event of toEvents) {
      if (event.day > anchor.day) break;
      if (after(event, opened) && passes(to, event)) return false;
    }
    return true;
  },
  stateEnd(toEvents: readonly CaseEvent[], to: CompiledMatch, start: number, asOf: number) {
    for (const event of toEvents) {
      if (event.day > asOf) return undefined;
      if (event.day > start && passes(to, event)) return event;
    }
    return undefined;
  },
};

/** Events on days 0..20 with a flag, sorted by (day, index) as a validated record has them. */
const timeline = fc.array(fc.tuple(fc.nat({ max: 20 }), fc.boolean()), { maxLength: 30 }).map((items) =>
  items
    .map(([day, flag], index): CaseEvent => ({ type: 'e', day, index, attributes: { flag } }))
    .sort((a, b) => a.day - b.day || a.index - b.index),
);
const match = fc.constantFrom<CompiledMatch>(
  { event: 'e' } as CompiledMatch,
  { event: 'e', test: (attributes: Readonly<Record<string, unknown>>) => attributes['flag'] === true } as CompiledMatch,
  { event: 'e', test: (attributes: Readonly<Record<string, unknown>>) => attributes['flag'] === false } as CompiledMatch,
);
const day = fc.integer({ min: -1, max: 22 });

describe('searching sorted events', () => {
  it('finds the first index after, on or after a day, and later than an event', () => {
    fc.assert(
      fc.property(timeline, day, (events, d) => {
        expect(firstIndexAfter(events, d)).toBe(events.filter((e) => e.day <= d).length);
        expect(firstIndexOnOrAfter(events, d)).toBe(events.filter((e) => e.day < d).length);
        for (const event of events) expect(firstIndexLaterThan(events, event)).toBe(events.indexOf(event) + 1);
      }),
    );
  });

  it('filters once per list and match, and keeps the list itself when there is no filter', () => {
    const events: CaseEvent[] = [{ type: 'e', day: 1, index: 0, attributes: { flag: true } }];
    const unfiltered = { event: 'e' } as CompiledMatch;
    const filtered = { event: 'e', test: () => true } as unknown as CompiledMatch;
    expect(matchingEvents(events, unfiltered)).toBe(events);
    expect(matchingEvents(events, filtered)).toBe(matchingEvents(events, filtered));
  });

  it('completion, `while` states and their ends agree with a scan from the start', () => {
    fc.assert(
      fc.property(timeline, timeline, match, match, day, day, (events, others, a, b, start, asOf) => {
        for (const anchor of events) {
          expect(firstEventFrom(events, a, start, anchor, asOf)).toBe(reference.firstEventFrom(events, a, start, anchor, asOf));
          expect(insideState(events, a, others, b, anchor)).toBe(reference.insideState(events, a, others, b, anchor));
          expect(insideState(events, a, events, b, anchor)).toBe(reference.insideState(events, a, events, b, anchor));
        }
        expect(stateEnd(others, b, start, asOf)).toBe(reference.stateEnd(others, b, start, asOf));
      }),
      { numRuns: 500 },
    );
  });
});
