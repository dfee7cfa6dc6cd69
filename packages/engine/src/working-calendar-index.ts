/**
 * A WorkingCalendar that answers every query in constant time from arrays precomputed over a window of
 * days, extended lazily when a date (or a result) falls outside it:
 *
 *   working[i]       1 when day base + i is a working day
 *   countUpTo[i]     working days in [base, base + i]
 *   byOrdinal[k]     the (k + 1)th working day of the window
 *
 * so the nth working day after a start is byOrdinal[countUpTo(start) + n − 1], and the working days in
 * (from, to] are countUpTo(to) − countUpTo(from).
 *
 * Semantics of addWorkingDays(start, n) (DESIGN.md §3). Let W be the first working day on or after start.
 *   exclusive (Working Together): start is day 0.
 *     n > 0: the nth working day strictly after start, whatever day start is.
 *     n < 0: the |n|th working day strictly before start.
 *     n = 0: W (start itself when it is a working day). "Within 0 working days" is rejected by the
 *            checker; this keeps the function total.
 *     This is exactly pandas `start + CustomBusinessDay(n)` (which rolls a non-working start backward
 *     for n > 0 and forward for n ≤ 0).
 *   inclusive (DfE CIN census validator): the start date counts as day 1, whatever day it falls on.
 *     n > 0: the (n − 1)th working day strictly after start (n = 1: W). This is what the validator's
 *            "flag when start < R − n working days", with pandas `CustomBusinessDay(n − 1)` stepping
 *            back from R, means going forward: a Sunday start is counted from the Sunday, so it is
 *            due one working day before a Monday start (8670Q: Sun 2023-01-29 is flagged at
 *            2023-03-31, Mon 2023-01-30 is not).
 *     n < 0: the (|n| − 1)th working day before W. For a working reference date R, "R − 45 working
 *            days" is the 44th working day before R, as the validator's `CustomBusinessDay(n = 44)`;
 *            for a non-working R pandas also rolls forward to the next working day first, and so do we.
 *     n = 0: W, as for ±1.
 */
import type { DayCounting } from '@wt/dsl';
import { civilFromDay, dayFromCivil, weekdayIndex, type DayNumber } from './day-number.js';
import type { HolidaySource } from './holiday.js';
import type { NonWorkingDay, WorkingCalendar } from './working-calendar.js';

export interface WorkingCalendarSpec {
  id: string;
  counting: DayCounting;
  /** Seven flags indexed by `weekdayIndex` (0 = Monday): true for a weekend day. */
  weekend: readonly boolean[];
  /** Absent: no holidays, and then no date is provisional. */
  holidays?: HolidaySource;
  /** Local closure days with their labels. */
  closures: ReadonlyMap<DayNumber, string>;
}

/** The largest |n| addWorkingDays accepts; larger steps are a caller's bug (addDuration refuses them). */
export const MAX_WORKING_DAY_STEP = 1_000_000;

/** The window never reaches beyond these days (years −1000 and 11000); further is a caller's bug. */
const WINDOW_LIMIT_FIRST = dayFromCivil(-1000, 1, 1);
const WINDOW_LIMIT_LAST = dayFromCivil(11000, 12, 31);
const INITIAL_FIRST = dayFromCivil(2000, 1, 1);
const INITIAL_LAST = dayFromCivil(2040, 12, 31);
/** Dates far outside any holiday data: a calendar without holidays is never provisional. */
const NEVER_PROVISIONAL_FROM = dayFromCivil(0, 1, 1);
const NEVER_PROVISIONAL_UNTIL = dayFromCivil(9999, 12, 31);
/** More than any week can lose to holidays, so one extension usually suffices. */
const SLACK_DAYS = 400;

export function createWorkingCalendar(spec: WorkingCalendarSpec): WorkingCalendar {
  return new WorkingCalendarIndex(spec);
}

class WorkingCalendarIndex implements WorkingCalendar {
  readonly id: string;
  readonly counting: DayCounting;
  readonly officialFrom: DayNumber;
  readonly officialUntil: DayNumber;
  private readonly inclusive: boolean;
  private readonly weekend: Uint8Array;
  private readonly holidays: HolidaySource | undefined;
  private readonly closures: ReadonlyMap<DayNumber, string>;
  private base = 0;
  private size = 0;
  private total = 0;
  private working = new Uint8Array(0);
  private countUpTo = new Int32Array(0);
  private byOrdinal = new Int32Array(0);
  private holidayNames = new Map<DayNumber, string>();

  constructor(spec: WorkingCalendarSpec) {
    this.id = spec.id;
    this.counting = spec.counting;
    this.inclusive = spec.counting === 'inclusive';
    this.weekend = Uint8Array.from({ length: 7 }, (_, weekday) => (spec.weekend[weekday] ? 1 : 0));
    if (!this.weekend.includes(0)) throw new RangeError(`Calendar ${spec.id} has no working weekday.`);
    this.holidays = spec.holidays;
    this.closures = spec.closures;
    this.officialFrom = spec.holidays?.officialFrom ?? NEVER_PROVISIONAL_FROM;
    this.officialUntil = spec.holidays?.officialUntil ?? NEVER_PROVISIONAL_UNTIL;
  }

  isWorkingDay(day: DayNumber): boolean {
    if (!(day >= this.base && day < this.base + this.size)) this.cover(day, day);
    return this.working[day - this.base] === 1;
  }

  addWorkingDays(start: DayNumber, n: number): DayNumber {
    if ((n | 0) !== n || n > MAX_WORKING_DAY_STEP || n < -MAX_WORKING_DAY_STEP) {
      throw new RangeError(`addWorkingDays: n must be a whole number within ±${MAX_WORKING_DAY_STEP}, not ${n}.`);
    }
    for (;;) {
      const i = start - this.base;
      if (!(i >= 0 && i < this.size)) {
        this.cover(start, start);
        continue;
      }
      const upTo = this.countUpTo[i]!;
      const before = upTo - this.working[i]!;
      let ordinal: number;
      if (n > 0) ordinal = this.inclusive ? (n === 1 ? before : upTo + n - 2) : upTo + n - 1;
      else if (n < 0) ordinal = this.inclusive ? before + n + 1 : before + n;
      else ordinal = before;
      if (ordinal >= 0 && ordinal < this.total) return this.byOrdinal[ordinal]!;
      this.coverOrdinal(ordinal);
    }
  }

  workingDaysBetween(from: DayNumber, to: DayNumber): number {
    const last = this.base + this.size - 1;
    if (!(from >= this.base && from <= last && to >= this.base && to <= last)) {
      this.cover(Math.min(from, to), Math.max(from, to));
    }
    return this.countUpTo[to - this.base]! - this.countUpTo[from - this.base]!;
  }

  nonWorkingDaysBetween(from: DayNumber, to: DayNumber): NonWorkingDay[] {
    const days: NonWorkingDay[] = [];
    if (!(to > from)) return days;
    this.cover(from, to);
    for (let day = from + 1; day <= to; day++) {
      if (this.working[day - this.base] === 1) continue;
      if (this.weekend[weekdayIndex(day)] === 1) {
        days.push({ day, reason: 'weekend' });
        continue;
      }
      const holiday = this.holidayNames.get(day);
      if (holiday !== undefined) days.push({ day, reason: 'holiday', name: holiday });
      else days.push({ day, reason: 'closure', name: this.closures.get(day) ?? 'Closure' });
    }
    return days;
  }

  isProvisional(day: DayNumber): boolean {
    return day < this.officialFrom || day > this.officialUntil;
  }

  /** Makes the window hold [from, to], with slack so that extensions stay rare. */
  private cover(from: DayNumber, to: DayNumber): void {
    if (!Number.isInteger(from) || !Number.isInteger(to)) {
      throw new RangeError(`Calendar ${this.id}: ${from} or ${to} is not a day number.`);
    }
    const last = this.base + this.size - 1;
    if (this.size > 0 && from >= this.base && to <= last) return;
    const slack = Math.max(SLACK_DAYS, this.size >> 1);
    let first = this.size === 0 ? Math.min(INITIAL_FIRST, from - slack) : Math.min(this.base, from - slack);
    let end = this.size === 0 ? Math.max(INITIAL_LAST, to + slack) : Math.max(last, to + slack);
    if (from < WINDOW_LIMIT_FIRST || to > WINDOW_LIMIT_LAST) {
      throw new RangeError(`Calendar ${this.id}: day ${from < WINDOW_LIMIT_FIRST ? from : to} is beyond the supported years.`);
    }
    first = Math.max(first, WINDOW_LIMIT_FIRST);
    end = Math.min(end, WINDOW_LIMIT_LAST);
    this.rebuild(first, end);
  }

  /** Extends the window until the ordinal (relative to the current window) exists. */
  private coverOrdinal(ordinal: number): void {
    const last = this.base + this.size - 1;
    if (ordinal < 0) {
      const target = this.base - Math.max(-ordinal * 7 + SLACK_DAYS, this.size >> 1);
      if (this.base === WINDOW_LIMIT_FIRST) throw new RangeError(`Calendar ${this.id}: result before the supported years.`);
      this.cover(Math.max(target, WINDOW_LIMIT_FIRST), last);
    } else {
      const target = last + Math.max((ordinal - this.total + 1) * 7 + SLACK_DAYS, this.size >> 1);
      if (last === WINDOW_LIMIT_LAST) throw new RangeError(`Calendar ${this.id}: result after the supported years.`);
      this.cover(this.base, Math.min(target, WINDOW_LIMIT_LAST));
    }
  }

  private rebuild(first: DayNumber, last: DayNumber): void {
    const size = last - first + 1;
    const working = new Uint8Array(size);
    let weekday = weekdayIndex(first);
    for (let i = 0; i < size; i++) {
      working[i] = this.weekend[weekday] === 1 ? 0 : 1;
      weekday = weekday === 6 ? 0 : weekday + 1;
    }
    const holidayNames = new Map<DayNumber, string>();
    if (this.holidays) {
      const lastYear = civilFromDay(last).year;
      for (let year = civilFromDay(first).year; year <= lastYear; year++) {
        for (const holiday of this.holidays.holidaysInYear(year)) {
          const i = holiday.day - first;
          if (i < 0 || i >= size) continue;
          working[i] = 0;
          if (!holidayNames.has(holiday.day)) holidayNames.set(holiday.day, holiday.name);
        }
      }
    }
    for (const day of this.closures.keys()) {
      const i = day - first;
      if (i >= 0 && i < size) working[i] = 0;
    }
    const countUpTo = new Int32Array(size);
    let total = 0;
    for (let i = 0; i < size; i++) {
      total += working[i]!;
      countUpTo[i] = total;
    }
    const byOrdinal = new Int32Array(total);
    for (let i = 0, k = 0; i < size; i++) if (working[i] === 1) byOrdinal[k++] = first + i;

    this.base = first;
    this.size = size;
    this.total = total;
    this.working = working;
    this.countUpTo = countUpTo;
    this.byOrdinal = byOrdinal;
    this.holidayNames = holidayNames;
  }
}
