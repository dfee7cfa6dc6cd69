import type { CaseEvent } from './case-timeline.js';
import { matches } from './anchor-selection.js';
import type { CompiledMatch } from './compiled-rule.js';
import type { DayNumber } from './day-number.js';

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
  for (const event of events) {
    if (event.day > asOf) return undefined;
    if (event.day < start || event === anchor) continue;
    if (matches(match, event)) return event;
  }
  return undefined;
}
