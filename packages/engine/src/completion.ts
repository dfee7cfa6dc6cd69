import type { CaseEvent } from './case-timeline.js';
import type { CompiledMatch } from './compiled-rule.js';
import type { DayNumber } from './day-number.js';
import { firstIndexOnOrAfter, matchingEvents } from './matching-events.js';

/**
 * The first matching event dated on or after `start` and on or before `asOf`, other than the anchor
 * occurrence itself. Completes an obligation (`requires`) or stops it (`unless`): so `each
 * review-conference requires review-conference` is completed by the next review conference, and an
 * event on the start date itself (other than the anchor) counts.
 */
export function firstEventFrom(
  events: readonly CaseEvent[],
  match: CompiledMatch,
  start: DayNumber,
  anchor: CaseEvent,
  asOf: DayNumber,
): CaseEvent | undefined {
  const candidates = matchingEvents(events, match);
  // At most two steps: the anchor itself is skipped.
  for (let i = firstIndexOnOrAfter(candidates, start); i < candidates.length; i++) {
    const event = candidates[i]!;
    if (event.day > asOf) return undefined;
    if (event !== anchor) return event;
  }
  return undefined;
}
