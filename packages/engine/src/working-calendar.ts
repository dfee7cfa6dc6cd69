import type { DayCounting } from '@wt/dsl';
import type { DayNumber } from './day-number.js';

export type NonWorkingReason = 'weekend' | 'holiday' | 'closure';

export interface NonWorkingDay {
  day: DayNumber;
  reason: NonWorkingReason;
  /** The holiday's or closure's name ("Spring bank holiday", "Office closure"); absent for weekends. */
  name?: string;
}

/**
 * A calendar of working days, built once from a resolved calendar and queried in constant time.
 * Every method is pure and allocation-free except `nonWorkingDaysBetween`, which is for explanations.
 */
export interface WorkingCalendar {
  readonly id: string;
  readonly counting: DayCounting;
  /** The first and last day covered by official holiday data; dates outside are provisional. */
  readonly officialFrom: DayNumber;
  readonly officialUntil: DayNumber;
  isWorkingDay(day: DayNumber): boolean;
  /**
   * The due date of "within n working days" of `start` under the calendar's counting convention.
   * exclusive: the nth working day strictly after start. inclusive: the start date counts as day 1 whatever
   * day it is, so the (n − 1)th working day strictly after start (n = 1: the first working day on or after
   * start), as the DfE CIN census validator counts.
   */
  addWorkingDays(start: DayNumber, n: number): DayNumber;
  /** Working days in (from, to]; negative when to < from. Used for "late by" and "overdue by". */
  workingDaysBetween(from: DayNumber, to: DayNumber): number;
  /** The weekends, holidays and closures in (from, to], for explanations. */
  nonWorkingDaysBetween(from: DayNumber, to: DayNumber): NonWorkingDay[];
  /** True when a date lies outside the official holiday data, so its working-day status may change. */
  isProvisional(day: DayNumber): boolean;
}
