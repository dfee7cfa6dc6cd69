import type { ObligationStatus } from './case-result.js';
import type { DayNumber } from './day-number.js';

/**
 * The status of an obligation as of a date (DESIGN.md §3).
 * - `stopped`: the day a stop (`unless`, or the end of a `while` state) ended it before it was
 *   completed. On or before the due date it was cancelled; after the due date it had already been
 *   missed, so it stays `overdue` (frozen at the stop).
 * - `due` undefined: no due date could be worked out (a month rule that refuses an ambiguous date);
 *   the obligation stays `open` unless it was stopped.
 * - `dueSoonFrom`: the first day of the warning window, when the rule has one.
 */
export function obligationStatus(
  due: DayNumber | undefined,
  completed: DayNumber | undefined,
  stopped: DayNumber | undefined,
  asOf: DayNumber,
  dueSoonFrom: DayNumber | undefined,
): ObligationStatus {
  if (stopped !== undefined) return due === undefined || stopped <= due ? 'cancelled' : 'overdue';
  if (due === undefined) return 'open';
  if (completed !== undefined) return completed <= due ? 'met' : 'late';
  if (asOf > due) return 'overdue';
  if (dueSoonFrom !== undefined && asOf >= dueSoonFrom) return 'due-soon';
  return 'open';
}

/** Statuses whose obligation still waits for something, so that escalation may apply. */
export function isOutstanding(status: ObligationStatus): boolean {
  return status === 'open' || status === 'due-soon' || status === 'overdue';
}
