import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_CORRECTIONS } from '../src/bank-holiday-corrections.js';
import { formatIsoDate, parseIsoDate, weekdayIndex } from '../src/day-number.js';
import { govUkDivisionOfRegion, HOLIDAY_REGIONS, type HolidayRegion } from '../src/holiday-region.js';
import {
  REGION_OFFICIAL_FROM,
  REGION_OFFICIAL_UNTIL,
  regionHolidays,
  uncorrectedRegionHolidays,
} from '../src/region-holidays.js';

const OFFICIAL_FILE = fileURLToPath(new URL('../../../../shared/data/uk-bank-holidays.json', import.meta.url));
const officialPresent = existsSync(OFFICIAL_FILE);
if (!officialPresent) {
  if (process.env.CI === 'true') throw new Error(`The official GOV.UK list is missing: ${OFFICIAL_FILE}`);
  console.warn(`SKIPPED: official bank holiday check, ${OFFICIAL_FILE} is absent.`);
}

interface OfficialEvent {
  date: string;
  title: string;
}

function officialWeekdayDates(division: string, year: number): string[] {
  const json = JSON.parse(readFileSync(OFFICIAL_FILE, 'utf8')) as Record<string, { events: OfficialEvent[] }>;
  return json[division]!.events
    .map((event) => event.date)
    .filter((date) => date.startsWith(`${year}-`) && weekdayIndex(parseIsoDate(date)!) < 5)
    .sort();
}

function holidayDates(region: HolidayRegion, year: number): string[] {
  return regionHolidays(region, year).map((holiday) => formatIsoDate(holiday.day));
}

const YEARS = Array.from({ length: 2028 - 2012 + 1 }, (_, i) => 2012 + i);

describe.skipIf(!officialPresent)('region holidays equal the official GOV.UK list on every weekday, 2012–2028', () => {
  for (const region of HOLIDAY_REGIONS) {
    it.each(YEARS)(`${region} %i`, (year) => {
      expect(holidayDates(region, year)).toEqual(officialWeekdayDates(govUkDivisionOfRegion(region), year));
    });
  }
});

describe('region holidays, the years date-holidays gets wrong or that were unusual', () => {
  it('2012 England & Wales: spring bank holiday moved to Mon 4 June, Diamond Jubilee Tue 5 June, no 28 May', () => {
    const dates = holidayDates('GB-ENG', 2012);
    expect(dates).toContain('2012-06-04');
    expect(dates).toContain('2012-06-05');
    expect(dates).not.toContain('2012-05-28');
    // New Year (Mon 2 Jan, substitute for Sun 1 Jan), Good Friday 6 Apr, Easter Monday 9 Apr, early May 7 May,
    // 4 and 5 June, summer 27 Aug, Christmas 25 Dec and Boxing Day 26 Dec: 9 days off.
    expect(dates).toEqual([
      '2012-01-02', '2012-04-06', '2012-04-09', '2012-05-07', '2012-06-04',
      '2012-06-05', '2012-08-27', '2012-12-25', '2012-12-26',
    ]);
  });
  it('2020: VE day moved the early May bank holiday to Fri 8 May; Mon 4 May was a working day', () => {
    expect(holidayDates('GB-ENG', 2020)).toContain('2020-05-08');
    expect(holidayDates('GB-ENG', 2020)).not.toContain('2020-05-04');
  });
  it('2022: spring bank holiday Thu 2 June, Platinum Jubilee Fri 3 June, the State Funeral Mon 19 September', () => {
    for (const region of HOLIDAY_REGIONS) {
      const dates = holidayDates(region, 2022);
      expect(dates).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
      expect(dates).not.toContain('2022-05-30');
    }
  });
  it('2022 Christmas: Christmas Day on a Sunday, so Mon 26 Boxing Day and Tue 27 the substitute', () => {
    const names = regionHolidays('GB-ENG', 2022).filter((h) => formatIsoDate(h.day) >= '2022-12-01');
    expect(names.map((h) => formatIsoDate(h.day))).toEqual(['2022-12-26', '2022-12-27']);
    expect(names[1]!.name).toMatch(/Christmas Day/);
  });
  it('2027 Christmas: Sat 25 and Sun 26, so Mon 27 and Tue 28 are the substitutes', () => {
    expect(holidayDates('GB-ENG', 2027).filter((d) => d >= '2027-12-01')).toEqual(['2027-12-27', '2027-12-28']);
  });
  it('2023: the Coronation on Mon 8 May', () => {
    expect(holidayDates('GB-ENG', 2023)).toContain('2023-05-08');
  });
  it('Scotland: 2 January, St Andrew’s Day (substitute Mon 2 Dec 2024), summer bank holiday in early August, no Easter Monday', () => {
    const dates = holidayDates('GB-SCT', 2024);
    expect(dates).toEqual(expect.arrayContaining(['2024-01-02', '2024-12-02', '2024-08-05']));
    expect(dates).not.toContain('2024-04-01');
    expect(dates).not.toContain('2024-08-26');
  });
  it('Scotland 2026: the World Cup bank holiday on Mon 15 June (added by GOV.UK after date-holidays 3.37.0)', () => {
    expect(holidayDates('GB-SCT', 2026)).toContain('2026-06-15');
    expect(holidayDates('GB-ENG', 2026)).not.toContain('2026-06-15');
  });
  it('Northern Ireland: St Patrick’s Day (substitute Mon 18 Mar 2024) and the Battle of the Boyne (substitute Mon 14 Jul 2025)', () => {
    expect(holidayDates('GB-NIR', 2024)).toContain('2024-03-18');
    expect(holidayDates('GB-NIR', 2025)).toEqual(expect.arrayContaining(['2025-03-17', '2025-07-14']));
    expect(holidayDates('GB-ENG', 2025)).not.toContain('2025-07-14');
  });
  it('before 2012: 1995 VE day (8 May, not 1 May), Millennium 31 Dec 1999, 2002 Golden Jubilee, 2011 Royal wedding', () => {
    expect(holidayDates('GB-ENG', 1995)).toContain('1995-05-08');
    expect(holidayDates('GB-ENG', 1995)).not.toContain('1995-05-01');
    expect(holidayDates('GB-SCT', 1999)).toContain('1999-12-31');
    expect(holidayDates('GB-NIR', 2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(holidayDates('GB-NIR', 2002)).not.toContain('2002-05-27');
    expect(holidayDates('GB-ENG', 2011)).toContain('2011-04-29');
  });
  it('St Andrew’s Day is a Scottish bank holiday only from 2007 (Thu 30 Nov 2006 was a working day, Fri 30 Nov 2007 not)', () => {
    expect(holidayDates('GB-SCT', 2006)).not.toContain('2006-11-30');
    expect(holidayDates('GB-SCT', 2007)).toContain('2007-11-30');
  });
});

describe('region holidays, shape', () => {
  it('never lists a Saturday or Sunday (the substitute day carries the name)', () => {
    for (const region of HOLIDAY_REGIONS) {
      for (let year = 1990; year <= 2060; year++) {
        for (const holiday of regionHolidays(region, year)) expect(weekdayIndex(holiday.day)).toBeLessThan(5);
      }
    }
  });
  it('is sorted, and cached per region and year', () => {
    const holidays = regionHolidays('GB-NIR', 2031);
    expect([...holidays].sort((a, b) => a.day - b.day)).toEqual(holidays);
    expect(regionHolidays('GB-NIR', 2031)).toBe(holidays);
    expect(Object.isFrozen(holidays)).toBe(true);
  });
  it('has no data outside 1900–2199, nor for a fractional year', () => {
    expect(regionHolidays('GB-ENG', 1899)).toEqual([]);
    expect(regionHolidays('GB-ENG', 2200)).toEqual([]);
    expect(regionHolidays('GB-ENG', 2024.5)).toEqual([]);
    expect(regionHolidays('GB-ENG', 2199).length).toBeGreaterThan(0);
  });
  it('vouches for 2012-01-01 to 2028-12-31', () => {
    expect(formatIsoDate(REGION_OFFICIAL_FROM)).toBe('2012-01-01');
    expect(formatIsoDate(REGION_OFFICIAL_UNTIL)).toBe('2028-12-31');
  });
});

describe('bank holiday corrections', () => {
  it('each correction is a real date with a reason, and still changes what date-holidays says', () => {
    for (const correction of BANK_HOLIDAY_CORRECTIONS) {
      const day = parseIsoDate(correction.date);
      expect(day, correction.date).toBeDefined();
      expect(correction.reason.length).toBeGreaterThan(20);
      const year = Number(correction.date.slice(0, 4));
      for (const region of correction.regions) {
        const inPackage = uncorrectedRegionHolidays(region, year).some((holiday) => holiday.day === day);
        const corrected = regionHolidays(region, year).some((holiday) => holiday.day === day);
        // If date-holidays is ever fixed, the correction is dead and should be deleted.
        expect(inPackage, `${region} ${correction.date}`).toBe(correction.action === 'remove');
        expect(corrected, `${region} ${correction.date}`).toBe(correction.action === 'add');
      }
    }
  });
});
