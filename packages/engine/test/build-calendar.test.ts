import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ResolvedCalendar, Weekday } from '@wt/dsl';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../src/build-calendar.js';
import { formatIsoDate, parseIsoDate, type DayNumber } from '../src/day-number.js';

const OFFICIAL_FILE = fileURLToPath(new URL('../../../../shared/data/uk-bank-holidays.json', import.meta.url));
const officialPresent = existsSync(OFFICIAL_FILE);
if (!officialPresent) {
  if (process.env.CI === 'true') throw new Error(`The official GOV.UK list is missing: ${OFFICIAL_FILE}`);
  console.warn(`SKIPPED: calendars from the official GOV.UK file, ${OFFICIAL_FILE} is absent.`);
}

const base: ResolvedCalendar = {
  id: 'test',
  weekend: ['saturday', 'sunday'],
  holidays: { kind: 'region', region: 'GB-ENG' },
  closed: [],
  counting: 'exclusive',
  chain: ['test'],
};
const d = (iso: string): DayNumber => parseIsoDate(iso)!;

describe('buildCalendar', () => {
  it('builds a calendar with its id and counting', () => {
    const { calendar, errors } = buildCalendar({ ...base, counting: 'inclusive' });
    expect(errors).toEqual([]);
    expect(calendar?.id).toBe('test');
    expect(calendar?.counting).toBe('inclusive');
  });
  it('reports every problem in the declaration, and builds nothing', () => {
    const { calendar, errors } = buildCalendar({
      ...base,
      weekend: ['saturday', 'caturday' as Weekday],
      holidays: { kind: 'region', region: 'GB-XYZ' },
      closed: [{ date: '2024-02-30' }, { date: '24/12/2024' }],
      counting: 'both' as ResolvedCalendar['counting'],
    });
    expect(calendar).toBeUndefined();
    expect(errors).toEqual([
      'Calendar "test": "caturday" is not a day of the week.',
      'Calendar "test": closure date "2024-02-30" is not a date (YYYY-MM-DD).',
      'Calendar "test": closure date "24/12/2024" is not a date (YYYY-MM-DD).',
      'Calendar "test": counting must be "exclusive" or "inclusive", not "both".',
      'Calendar "test": unknown holiday region "GB-XYZ" (known: GB-ENG, GB-SCT, GB-NIR).',
    ]);
  });
  it('refuses a week with no working day', () => {
    const all: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
    expect(buildCalendar({ ...base, weekend: all }).errors).toEqual([
      'Calendar "test": every day of the week is a weekend day, so no day is a working day.',
    ]);
  });
  it('honours another weekend: with only Sunday off, Saturday is a working day', () => {
    const { calendar } = buildCalendar({ ...base, weekend: ['sunday'] });
    expect(formatIsoDate(calendar!.addWorkingDays(d('2024-06-07'), 1))).toBe('2024-06-08'); // Fri → Sat
    // Sat 2022-01-01 is New Year's Day, but the bank holiday is the substitute Mon 3 January (GOV.UK),
    // so for a Saturday-working office the 1st is a working day and the 3rd is not.
    expect(calendar!.isWorkingDay(d('2022-01-01'))).toBe(true);
    expect(calendar!.isWorkingDay(d('2022-01-03'))).toBe(false);
  });
  it('a calendar with no holidays skips only weekends and closures', () => {
    const { calendar } = buildCalendar({ ...base, holidays: undefined, closed: [{ date: '2023-12-27', label: 'Inset day' }] });
    // Fri 2023-12-22: weekend, Mon 25 and Tue 26 are working days here.
    expect(formatIsoDate(calendar!.addWorkingDays(d('2023-12-22'), 1))).toBe('2023-12-25');
    expect(formatIsoDate(calendar!.addWorkingDays(d('2023-12-26'), 1))).toBe('2023-12-28');
  });
  it('keeps the first label of a closure listed twice', () => {
    const { calendar } = buildCalendar({
      ...base,
      closed: [{ date: '2024-06-10', label: 'Training' }, { date: '2024-06-10', label: 'Other' }],
    });
    expect(calendar!.nonWorkingDaysBetween(d('2024-06-09'), d('2024-06-10'))).toEqual([
      { day: d('2024-06-10'), reason: 'closure', name: 'Training' },
    ]);
  });
});

describe('buildCalendar with a GOV.UK file', () => {
  const source = { kind: 'govuk-file', path: 'data/bank-holidays.json', division: 'england-and-wales' } as const;

  it('says when the file was not loaded, or has no such division', () => {
    expect(buildCalendar({ ...base, holidays: source }).errors).toEqual([
      'Calendar "test": the GOV.UK bank holidays file "data/bank-holidays.json" was not loaded.',
    ]);
    const files = new Map<string, unknown>([[source.path, { scotland: { events: [] } }]]);
    expect(buildCalendar({ ...base, holidays: source }, { govukFiles: files }).errors).toEqual([
      'Calendar "test": data/bank-holidays.json: The GOV.UK bank holidays file has no division "england-and-wales" (it has: "scotland").',
    ]);
  });

  it.skipIf(!officialPresent)('gives the same working days as the region within the file, and falls back beyond it', () => {
    const files = new Map<string, unknown>([[source.path, JSON.parse(readFileSync(OFFICIAL_FILE, 'utf8'))]]);
    const { calendar, errors } = buildCalendar({ ...base, holidays: source }, { govukFiles: files });
    expect(errors).toEqual([]);
    const region = buildCalendar(base).calendar!;
    // Fri 2012-06-01 + 1: Mon 4 and Tue 5 June holidays, so Wed 6 June.
    expect(formatIsoDate(calendar!.addWorkingDays(d('2012-06-01'), 1))).toBe('2012-06-06');
    for (let day = d('2012-01-01'); day <= d('2028-12-31'); day += 1) {
      if (calendar!.isWorkingDay(day) !== region.isWorkingDay(day)) throw new Error(formatIsoDate(day));
    }
    expect(formatIsoDate(calendar!.officialFrom)).toBe('2012-01-01');
    expect(formatIsoDate(calendar!.officialUntil)).toBe('2028-12-31');
    // Beyond the file: the region's projection. Mon 2029-12-24 + 1: Tue 25 and Wed 26 holidays, so Thu 27.
    expect(formatIsoDate(calendar!.addWorkingDays(d('2029-12-24'), 1))).toBe('2029-12-27');
    expect(calendar!.isProvisional(d('2029-12-27'))).toBe(true);
  });

  it('a newer file moves the official range with it', () => {
    const newer = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true },
          { title: 'Extra day', date: '2029-06-15', notes: 'Extra bank holiday', bunting: true },
          { title: 'Christmas Day', date: '2029-12-25', notes: '', bunting: true },
        ],
      },
    };
    const files = new Map<string, unknown>([[source.path, newer]]);
    const { calendar } = buildCalendar({ ...base, holidays: source }, { govukFiles: files });
    expect(calendar!.isProvisional(d('2029-06-15'))).toBe(false);
    expect(calendar!.isProvisional(d('2028-06-15'))).toBe(true);
    // Thu 2029-06-14 + 1: Fri 15 June is the file's extra holiday, weekend, so Mon 18 June.
    expect(formatIsoDate(calendar!.addWorkingDays(d('2029-06-14'), 1))).toBe('2029-06-18');
    // The file's year has only its own holidays: Good Friday 2029 (30 March) is not in it.
    expect(calendar!.isWorkingDay(d('2029-03-30'))).toBe(true);
  });
});
