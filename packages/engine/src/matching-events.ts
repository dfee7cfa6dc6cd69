/**
 * Finding events in a case's timeline without scanning it from the start for every obligation: an
 * `each` rule over N events asks N questions, and a scan per question would make the work grow with
 * N² (100,000 review conferences: 10^10 steps). Events of one type are sorted by (day, input
 * position), so each question is a binary search; events that must also match a `where` filter are
 * filtered once per list and match, then searched the same way.
 */
import type { CaseEvent } from './case-timeline.js';
import type { CompiledMatch } from './compiled-rule.js';
import type { DayNumber } from './day-number.js';

const filtered = new WeakMap<readonly CaseEvent[], Map<CompiledMatch, readonly CaseEvent[]>>();

/** The events of `events` that `match` accepts, in the same order (the list itself when it has no filter). */
export function matchingEvents(events: readonly CaseEvent[], match: CompiledMatch): readonly CaseEvent[] {
  const test = match.test;
  if (test === undefined || events.length === 0) return events;
  let byMatch = filtered.get(events);
  if (byMatch === undefined) {
    byMatch = new Map();
    filtered.set(events, byMatch);
  }
  let list = byMatch.get(match);
  if (list === undefined) {
    list = events.filter((event) => test(event.attributes));
    byMatch.set(match, list);
  }
  return list;
}

/** The index of the first event dated after `day` (events.length when there is none). */
export function firstIndexAfter(events: readonly CaseEvent[], day: DayNumber): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (events[middle]!.day <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The index of the first event dated on or after `day`. */
export function firstIndexOnOrAfter(events: readonly CaseEvent[], day: DayNumber): number {
  return firstIndexAfter(events, day - 1);
}

/** The index of the first event later than `event` in timeline order (day, then input position). */
export function firstIndexLaterThan(events: readonly CaseEvent[], event: CaseEvent): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const candidate = events[middle]!;
    if (candidate.day < event.day || (candidate.day === event.day && candidate.index <= event.index)) low = middle + 1;
    else high = middle;
  }
  return low;
}
