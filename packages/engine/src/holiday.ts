import type { DayNumber } from './day-number.js';

/** A bank holiday: a day off on a weekday (or whatever a calendar's weekdays are). */
export interface Holiday {
  day: DayNumber;
  /** As the source names it: "Spring bank holiday", "Christmas Day (substitute day)". */
  name: string;
}

/** Where a calendar's holidays come from, with the span of dates that source vouches for. */
export interface HolidaySource {
  /** The holidays of one calendar year, sorted by day. */
  holidaysInYear(year: number): readonly Holiday[];
  /** The first and last day covered by official data; outside them, dates are provisional. */
  officialFrom: DayNumber;
  officialUntil: DayNumber;
}
