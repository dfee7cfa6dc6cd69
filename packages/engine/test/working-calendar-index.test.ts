import type { ResolvedCalendar } from '@wt/dsl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../src/build-calendar.js';
import { formatIsoDate, parseIsoDate, weekdayIndex, type DayNumber } from '../src/day-number.js';
import { regionHolidays } from '../src/region-holidays.js';
import type { WorkingCalendar } from '../src/working-calendar.js';

function calendar(overrides: Partial<ResolvedCalendar> = {}): WorkingCalendar {
  const result = buildCalendar({
    id: 'test',
    weekend: ['saturday', 'sunday'],
    holidays: { kind: 'region', region: 'GB-ENG' },
    closed: [],
    counting: 'exclusive',
    chain: ['test'],
    ...overrides,
  });
  if (!result.calendar) throw new Error(result.errors.join('\n'));
  return result.calendar;
}

const d = (iso: string): DayNumber => {
  const day = parseIsoDate(iso);
  if (day === undefined) throw new Error(`bad date in test: ${iso}`);
  return day;
};
const add = (cal: WorkingCalendar, start: string, n: number): string => formatIsoDate(cal.addWorkingDays(d(start), n));

const england = calendar();
const englandInclusive = calendar({ counting: 'inclusive' });
const scotland = calendar({ holidays: { kind: 'region', region: 'GB-SCT' } });
const borough = calendar({
  closed: [{ date: '2024-12-24', label: 'Office closure' }, { date: '2024-12-27' }],
});

describe('working days, exclusive convention (the start is day 0)', () => {
  it('skips weekends, whatever day the start falls on (June 2024 has no bank holiday)', () => {
    expect(add(england, '2024-06-06', 1)).toBe('2024-06-07'); // Thu → Fri
    expect(add(england, '2024-06-07', 1)).toBe('2024-06-10'); // Fri → Mon: Sat 8, Sun 9 skipped
    expect(add(england, '2024-06-08', 1)).toBe('2024-06-10'); // Sat → Mon, the first working day after it
    expect(add(england, '2024-06-09', 1)).toBe('2024-06-10'); // Sun → Mon
    expect(add(england, '2024-06-08', 2)).toBe('2024-06-11'); // Sat → Mon (1), Tue (2)
    expect(add(england, '2024-06-07', 5)).toBe('2024-06-14'); // Fri → Mon 10 … Fri 14
  });
  it('skips Christmas and New Year', () => {
    // Fri 2023-12-22: Sat 23 and Sun 24 weekend, Mon 25 Christmas Day, Tue 26 Boxing Day, so Wed 27.
    expect(add(england, '2023-12-22', 1)).toBe('2023-12-27');
    // Fri 2023-12-29: Sat 30, Sun 31, Mon 2024-01-01 New Year's Day, so Tue 2 January.
    expect(add(england, '2023-12-29', 1)).toBe('2024-01-02');
    // 2022: Sun 25 Christmas, so Mon 26 Boxing Day and Tue 27 substitute: Fri 23 + 1 = Wed 28.
    expect(add(england, '2022-12-23', 1)).toBe('2022-12-28');
  });
  it('knows the moved and extra bank holidays of 2012, 2020, 2022 and 2023', () => {
    // Fri 2012-06-01: weekend, Mon 4 June spring bank holiday (moved), Tue 5 June Diamond Jubilee.
    expect(add(england, '2012-06-01', 1)).toBe('2012-06-06');
    // Fri 2012-05-25 + 1 = Mon 28 May: in 2012 it was not a holiday.
    expect(add(england, '2012-05-25', 1)).toBe('2012-05-28');
    // Thu 2020-05-07: Fri 8 May VE day, weekend, so Mon 11 May.
    expect(add(england, '2020-05-07', 1)).toBe('2020-05-11');
    // Fri 2020-05-01 + 1 = Mon 4 May, a working day in 2020.
    expect(add(england, '2020-05-01', 1)).toBe('2020-05-04');
    // Wed 2022-06-01: Thu 2 June spring bank holiday, Fri 3 June Platinum Jubilee, weekend: Mon 6 June.
    expect(add(england, '2022-06-01', 1)).toBe('2022-06-06');
    // Fri 2022-09-16: weekend, Mon 19 September State Funeral: Tue 20.
    expect(add(england, '2022-09-16', 1)).toBe('2022-09-20');
    // Fri 2023-05-05: weekend, Mon 8 May Coronation: Tue 9.
    expect(add(england, '2023-05-05', 1)).toBe('2023-05-09');
  });
  it('45 working days across the summer bank holiday', () => {
    // From Mon 2024-07-15: Jul 16–19 (4), Jul 22–26 (9), Jul 29–Aug 2 (14), Aug 5–9 (19), 12–16 (24),
    // 19–23 (29), Mon 26 Aug summer bank holiday, Aug 27–30 (33), Sep 2–6 (38), 9–13 (43), 16 (44), 17 (45).
    expect(add(england, '2024-07-15', 45)).toBe('2024-09-17');
    // Without the bank holiday (Scotland's summer holiday is Mon 5 Aug instead, also inside): same count.
    expect(add(scotland, '2024-07-15', 45)).toBe('2024-09-17');
    // With no holidays at all it is one working day earlier.
    expect(add(calendar({ holidays: undefined }), '2024-07-15', 45)).toBe('2024-09-16');
  });
  it('skips closure days', () => {
    // Mon 2024-12-23: Tue 24 closure, Wed 25 Christmas, Thu 26 Boxing Day, Fri 27 closure, weekend: Mon 30.
    expect(add(borough, '2024-12-23', 1)).toBe('2024-12-30');
    expect(add(england, '2024-12-23', 1)).toBe('2024-12-24');
    expect(borough.isWorkingDay(d('2024-12-24'))).toBe(false);
    expect(borough.isWorkingDay(d('2024-12-23'))).toBe(true);
  });
  it('uses Scotland’s own days: St Andrew’s Day substitute Mon 2024-12-02, summer holiday Mon 2024-08-05', () => {
    // Fri 2024-11-29: Sat 30 Nov (St Andrew's Day), Sun 1 Dec, Mon 2 Dec substitute: Tue 3 Dec.
    expect(add(scotland, '2024-11-29', 1)).toBe('2024-12-03');
    expect(add(england, '2024-11-29', 1)).toBe('2024-12-02');
    expect(add(scotland, '2024-08-02', 1)).toBe('2024-08-06');
    expect(add(england, '2024-08-02', 1)).toBe('2024-08-05');
  });
  it('n = 0 gives the start when it is a working day, else the next working day', () => {
    expect(add(england, '2024-06-10', 0)).toBe('2024-06-10');
    expect(add(england, '2024-06-08', 0)).toBe('2024-06-10');
    expect(add(england, '2024-05-27', 0)).toBe('2024-05-28'); // Spring bank holiday → Tue
  });
  it('negative n steps back to the |n|th working day strictly before the start', () => {
    expect(add(england, '2024-06-10', -1)).toBe('2024-06-07'); // Mon → Fri
    expect(add(england, '2024-06-08', -1)).toBe('2024-06-07'); // Sat → Fri
    expect(add(england, '2024-06-12', -2)).toBe('2024-06-10'); // Wed → Mon
    // Tue 2024-01-02: Mon 1 Jan holiday, weekend, so Fri 2023-12-29.
    expect(add(england, '2024-01-02', -1)).toBe('2023-12-29');
    // Wed 2023-12-27: Tue 26, Mon 25 holidays, weekend: Fri 22.
    expect(add(england, '2023-12-27', -1)).toBe('2023-12-22');
  });
  it('works outside the initial window, far back and far ahead', () => {
    // Fri 1993-12-24: Sat 25, Sun 26, Mon 27 and Tue 28 substitutes: Wed 1993-12-29.
    expect(add(england, '1993-12-24', 1)).toBe('1993-12-29');
    // Fri 2100-12-24: weekend, Mon 27 and Tue 28 substitutes: Wed 2100-12-29.
    expect(add(england, '2100-12-24', 1)).toBe('2100-12-29');
    const start = d('2040-12-20');
    const due = england.addWorkingDays(start, 100_000);
    expect(england.workingDaysBetween(start, due)).toBe(100_000);
    expect(england.addWorkingDays(due, -100_000)).toBe(start);
  });
  it('refuses steps that are not whole numbers (a caller bug)', () => {
    expect(() => england.addWorkingDays(d('2024-06-10'), 1.5)).toThrow(RangeError);
    expect(() => england.addWorkingDays(d('2024-06-10'), 2_000_000)).toThrow(RangeError);
  });
});

describe('working days, inclusive convention (the start counts as day 1, whatever day it is)', () => {
  it('counts a working start as day 1', () => {
    expect(add(englandInclusive, '2024-06-10', 1)).toBe('2024-06-10'); // Mon is day 1
    expect(add(englandInclusive, '2024-06-10', 5)).toBe('2024-06-14'); // Mon … Fri
    // 45 from Mon 2024-07-15: one working day earlier than the exclusive Tue 2024-09-17.
    expect(add(englandInclusive, '2024-07-15', 45)).toBe('2024-09-16');
  });
  it('counts a non-working start as day 1 too, as the CIN census validator does', () => {
    // Within 1 working day of a Saturday: the first working day on or after it, Mon 10 June.
    expect(add(englandInclusive, '2024-06-08', 1)).toBe('2024-06-10');
    // Sat is day 1, so day 2 is the first working day after it: Mon 10 June (not Tue 11).
    expect(add(englandInclusive, '2024-06-08', 2)).toBe('2024-06-10');
    expect(add(englandInclusive, '2024-06-08', 3)).toBe('2024-06-11');
    // Spring bank holiday Mon 2024-05-27 is day 1; day 2 is Tue 28 May.
    expect(add(englandInclusive, '2024-05-27', 2)).toBe('2024-05-28');
    // 8670Q: Sun 2023-01-29 + 45 is Thu 2023-03-30, one working day before Mon 2023-01-30 + 45 = Fri 2023-03-31,
    // so at the reference date 2023-03-31 the Sunday start is overdue and the Monday start is not.
    expect(add(englandInclusive, '2023-01-29', 45)).toBe('2023-03-30');
    expect(add(englandInclusive, '2023-01-30', 45)).toBe('2023-03-31');
  });
  it('steps back with the start as day 1 (CIN census: ReferenceDate − N working days)', () => {
    // Fri 2023-03-31 − 45: the 44th working day before it. No E&W holiday between 3 Jan and 6 Apr 2023.
    expect(add(englandInclusive, '2023-03-31', -45)).toBe('2023-01-30');
    expect(add(englandInclusive, '2024-06-14', -5)).toBe('2024-06-10'); // Fri is day 1 … Mon day 5
    // A non-working reference date rolls forward first (pandas): Sun 2024-03-31 → Tue 2 Apr (Mon 1 Apr is
    // Easter Monday) is day 1; day 2 is Thu 28 Mar (Fri 29 Mar is Good Friday).
    expect(add(englandInclusive, '2024-03-31', -1)).toBe('2024-04-02');
    expect(add(englandInclusive, '2024-03-31', -2)).toBe('2024-03-28');
  });
});

describe('workingDaysBetween and nonWorkingDaysBetween', () => {
  it('counts working days in (from, to], negative backwards', () => {
    // (Fri 2023-12-22, Wed 2023-12-27]: only Wed 27 is a working day.
    expect(england.workingDaysBetween(d('2023-12-22'), d('2023-12-27'))).toBe(1);
    expect(england.workingDaysBetween(d('2023-12-27'), d('2023-12-22'))).toBe(-1);
    expect(england.workingDaysBetween(d('2024-06-10'), d('2024-06-10'))).toBe(0);
    // (Sat 2024-06-08, Sun 2024-06-16]: Mon 10 … Fri 14.
    expect(england.workingDaysBetween(d('2024-06-08'), d('2024-06-16'))).toBe(5);
  });
  it('lists weekends, holidays and closures with their names', () => {
    const days = borough.nonWorkingDaysBetween(d('2024-12-23'), d('2024-12-30'));
    expect(days.map((day) => [formatIsoDate(day.day), day.reason, day.name])).toEqual([
      ['2024-12-24', 'closure', 'Office closure'],
      ['2024-12-25', 'holiday', 'Christmas Day'],
      ['2024-12-26', 'holiday', 'Boxing Day'],
      ['2024-12-27', 'closure', 'Closure'],
      ['2024-12-28', 'weekend', undefined],
      ['2024-12-29', 'weekend', undefined],
    ]);
    expect(borough.nonWorkingDaysBetween(d('2024-12-30'), d('2024-12-23'))).toEqual([]);
  });
});

describe('provisional dates', () => {
  it('a region calendar is official 2012-01-01 to 2028-12-31', () => {
    expect(england.isProvisional(d('2029-01-02'))).toBe(true);
    expect(england.isProvisional(d('2028-12-29'))).toBe(false);
    expect(england.isProvisional(d('2012-01-01'))).toBe(false);
    expect(england.isProvisional(d('2011-12-30'))).toBe(true);
    expect(formatIsoDate(england.officialUntil)).toBe('2028-12-31');
  });
  it('a calendar without holidays is never provisional', () => {
    expect(calendar({ holidays: undefined }).isProvisional(d('2100-01-04'))).toBe(false);
  });
});

// ---- properties, checked against a naive day-by-day reference ----

function naiveCalendar(weekendDays: readonly number[], holidays: ReadonlySet<DayNumber>) {
  const isWorking = (day: DayNumber) => !weekendDays.includes(weekdayIndex(day)) && !holidays.has(day);
  const firstWorkingOnOrAfter = (day: DayNumber) => {
    while (!isWorking(day)) day++;
    return day;
  };
  return {
    isWorking,
    /** Straight from the words of DESIGN.md §3 and the CIN validator's convention. */
    add(start: DayNumber, n: number, inclusive: boolean): DayNumber {
      if (n === 0 || (inclusive && n === 1)) return firstWorkingOnOrAfter(start);
      let day = start;
      let counted = 0;
      if (inclusive) {
        // Forwards, the start itself is day 1 whatever day it is; backwards, a non-working reference date
        // first rolls forward to a working day (pandas), which is day 1.
        if (n < 0) day = firstWorkingOnOrAfter(start);
        counted = 1;
      }
      const step = n > 0 ? 1 : -1;
      while (counted < Math.abs(n)) {
        day += step;
        if (isWorking(day)) counted++;
      }
      return day;
    },
    between(from: DayNumber, to: DayNumber): number {
      let count = 0;
      for (let day = Math.min(from, to) + 1; day <= Math.max(from, to); day++) if (isWorking(day)) count++;
      return to >= from ? count : 0 - count;
    },
  };
}

function holidaySet(region: 'GB-ENG' | 'GB-SCT', closures: readonly string[] = []): Set<DayNumber> {
  const days = new Set<DayNumber>(closures.map(d));
  for (let year = 2005; year <= 2040; year++) for (const h of regionHolidays(region, year)) days.add(h.day);
  return days;
}

const closureDates = ['2024-12-24', '2024-12-27', '2025-04-17', '2026-01-02'];
const subjects = [
  { name: 'England & Wales', weekend: [5, 6], holidays: holidaySet('GB-ENG'), overrides: {} },
  { name: 'Scotland', weekend: [5, 6], holidays: holidaySet('GB-SCT'), overrides: { holidays: { kind: 'region', region: 'GB-SCT' } } },
  {
    name: 'England & Wales with closures',
    weekend: [5, 6],
    holidays: holidaySet('GB-ENG', closureDates),
    overrides: { closed: closureDates.map((date) => ({ date })) },
  },
  {
    name: 'Friday–Saturday weekend',
    weekend: [4, 5],
    holidays: holidaySet('GB-ENG'),
    overrides: { weekend: ['friday', 'saturday'] },
  },
] as const;

const startDay = fc.integer({ min: d('2010-01-01'), max: d('2035-12-31') });

describe.each(subjects)('properties: $name', (subject) => {
  const naive = naiveCalendar(subject.weekend, subject.holidays);
  const exclusive = calendar(subject.overrides as Partial<ResolvedCalendar>);
  const inclusive = calendar({ ...(subject.overrides as Partial<ResolvedCalendar>), counting: 'inclusive' });

  it('exclusive: due is a working day, strictly after start, n working days later, and as the naive count', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 500 }), (start, n) => {
        const due = exclusive.addWorkingDays(start, n);
        expect(exclusive.isWorkingDay(due)).toBe(true);
        expect(due).toBeGreaterThan(start);
        expect(exclusive.workingDaysBetween(start, due)).toBe(n);
        expect(due).toBe(naive.add(start, n, false));
      }),
      { numRuns: 300 },
    );
  });
  it('monotonic in n: strictly for n ≥ 1 and for n ≤ 0; n = 0 and 1 meet when the start is not a working day', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: -500, max: 499 }), (start, n) => {
        const next = exclusive.addWorkingDays(start, n + 1);
        const here = exclusive.addWorkingDays(start, n);
        if (n === 0 && !exclusive.isWorkingDay(start)) expect(next).toBe(here);
        else expect(next).toBeGreaterThan(here);
      }),
      { numRuns: 300 },
    );
  });
  it('negative and zero steps, both conventions, agree with the naive reference', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: -500, max: 500 }), (start, n) => {
        expect(exclusive.addWorkingDays(start, n)).toBe(naive.add(start, n, false));
        expect(inclusive.addWorkingDays(start, n)).toBe(naive.add(start, n, true));
      }),
      { numRuns: 300 },
    );
  });
  it('exclusive steps back undo steps forward from a working day', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 500 }), (start, n) => {
        const from = exclusive.addWorkingDays(start, 0);
        expect(exclusive.addWorkingDays(exclusive.addWorkingDays(from, n), -n)).toBe(from);
      }),
      { numRuns: 200 },
    );
  });
  it('inclusive is exclusive with n − 1, from any start', () => {
    fc.assert(
      fc.property(startDay, fc.integer({ min: 1, max: 500 }), (start, n) => {
        const expected = exclusive.addWorkingDays(start, n - 1);
        expect(inclusive.addWorkingDays(start, n)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
  it('workingDaysBetween agrees with counting day by day', () => {
    fc.assert(
      fc.property(startDay, startDay, (a, b) => {
        fc.pre(Math.abs(a - b) < 1500);
        expect(exclusive.workingDaysBetween(a, b)).toBe(naive.between(a, b));
        expect(exclusive.isWorkingDay(a)).toBe(naive.isWorking(a));
      }),
      { numRuns: 300 },
    );
  });
});

describe('properties: the lazily extended window', () => {
  const naive = naiveCalendar([5, 6], (() => {
    const days = new Set<DayNumber>();
    for (let year = 1940; year <= 2199; year++) for (const h of regionHolidays('GB-ENG', year)) days.add(h.day);
    return days;
  })());
  it('a fresh calendar queried first far from 2000–2040 agrees with the naive reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: d('1950-01-01'), max: d('2190-12-31') }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.boolean(),
        (start, n, inclusive) => {
          const fresh = calendar({ counting: inclusive ? 'inclusive' : 'exclusive' });
          expect(fresh.addWorkingDays(start, n)).toBe(naive.add(start, n, inclusive));
          expect(fresh.workingDaysBetween(start - 3000, start)).toBe(naive.between(start - 3000, start));
        },
      ),
      { numRuns: 60 },
    );
  });
});
