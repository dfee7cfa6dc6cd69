import type { CaseEvent } from './case-timeline.js';
import { matches } from './anchor-selection.js';
import type { CompiledMatch } from './compiled-rule.js';
import type { DayNumber } from './day-number.js';

function after(a: CaseEvent, b: CaseEvent): boolean {
  return a.day > b.day || (a.day === b.day && a.index > b.index);
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
  let opened: CaseEvent | undefined;
  for (const event of fromEvents) {
    if (event.day > anchor.day) break;
    if (matches(from, event)) opened = event;
  }
  if (!opened) return false;
  for (const event of toEvents) {
    if (event.day > anchor.day) break;
    if (after(event, opened) && matches(to, event)) return false;
  }
  return true;
}

/** The B that ends the state after the obligation started: the first dated after the start, up to as-of. */
export function stateEnd(toEvents: readonly CaseEvent[], to: CompiledMatch, start: DayNumber, asOf: DayNumber): CaseEvent | undefined {
  for (const event of toEvents) {
    if (event.day > asOf) return undefined;
    if (event.day > start && matches(to, event)) return event;
  }
  return undefined;
}
