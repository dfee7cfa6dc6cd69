import type { CaseEvent } from './case-timeline.js';
import type { CompiledMatch } from './compiled-rule.js';
import type { DayNumber } from './day-number.js';
import { firstIndexAfter, firstIndexLaterThan, matchingEvents } from './matching-events.js';

/** The latest event that `from` matches dated on or before `day` (ties: the last in input order). */
export function stateOpenedBy(fromEvents: readonly CaseEvent[], from: CompiledMatch, day: DayNumber): CaseEvent | undefined {
  const openers = matchingEvents(fromEvents, from);
  return openers[firstIndexAfter(openers, day) - 1];
}

/**
 * `while A .. B`: is the anchor inside a state interval? It is when there is an A dated on or before
 * the anchor, and no B after the latest such A (in timeline order) dated on or before the anchor. So a B
 * on the anchor's own day ends the state before the anchor: no obligation. A B earlier the same day
 * than the A (in input order) does not end that A's state.
 */
export function insideState(
  fromEvents: readonly CaseEvent[],
  from: CompiledMatch,
  toEvents: readonly CaseEvent[],
  to: CompiledMatch,
  anchor: CaseEvent,
): boolean {
  const opened = stateOpenedBy(fromEvents, from, anchor.day);
  if (!opened) return false;
  const closers = matchingEvents(toEvents, to);
  const closer = closers[firstIndexLaterThan(closers, opened)];
  return closer === undefined || closer.day > anchor.day;
}

/** The B that ends the state after the obligation started: the first dated after the start, up to as-of. */
export function stateEnd(toEvents: readonly CaseEvent[], to: CompiledMatch, start: DayNumber, asOf: DayNumber): CaseEvent | undefined {
  const closers = matchingEvents(toEvents, to);
  const closer = closers[firstIndexAfter(closers, start)];
  return closer !== undefined && closer.day <= asOf ? closer : undefined;
}
