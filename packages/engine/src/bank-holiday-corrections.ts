/**
 * The project's own corrections to the date-holidays package (3.37.0), so that the region calendars
 * equal the official GOV.UK list (`../shared/data/uk-bank-holidays.json`) on every weekday of 2012–2028,
 * and fix the one-off changes before 2012 that the package misses.
 *
 * Checked against the official list for every year 2012–2028, all three divisions: date-holidays is
 * right everywhere except the entries below for 2012 and 2026. Also checked and right in the package:
 * VE day (Fri 2020-05-08, instead of Mon 4 May), the Platinum Jubilee (Thu 2022-06-02 and Fri 06-03),
 * the State Funeral (Mon 2022-09-19), the Coronation (Mon 2023-05-08), the Christmas substitutes of
 * 2021/2022/2027, St Andrew's Day, St Patrick's Day and the Battle of the Boyne with their substitutes.
 * A test checks that each correction still changes what the package says, so that an upgrade which
 * fixes the package shows up.
 */
import type { HolidayRegion } from './holiday-region.js';

export interface BankHolidayCorrection {
  regions: readonly HolidayRegion[];
  date: string;
  action: 'add' | 'remove';
  /** The holiday's name (for `remove`: the name date-holidays gives the wrong day). */
  name: string;
  reason: string;
}

const ALL_GB: readonly HolidayRegion[] = ['GB-ENG', 'GB-SCT', 'GB-NIR'];

export const BANK_HOLIDAY_CORRECTIONS: readonly BankHolidayCorrection[] = [
  {
    regions: ALL_GB,
    date: '1995-05-01',
    action: 'remove',
    name: 'Early May bank holiday',
    reason: 'In 1995 the early May bank holiday moved to Monday 8 May for the 50th anniversary of VE Day.',
  },
  {
    regions: ALL_GB,
    date: '1995-05-08',
    action: 'add',
    name: 'Early May bank holiday (VE day)',
    reason: 'In 1995 the early May bank holiday moved to Monday 8 May for the 50th anniversary of VE Day.',
  },
  {
    regions: ALL_GB,
    date: '1999-12-31',
    action: 'add',
    name: 'Millennium bank holiday',
    reason: 'Friday 31 December 1999 was an extra bank holiday for the Millennium.',
  },
  {
    regions: ALL_GB,
    date: '2002-05-27',
    action: 'remove',
    name: 'Spring bank holiday',
    reason: 'In 2002 the spring bank holiday moved to Tuesday 4 June for the Golden Jubilee.',
  },
  {
    regions: ALL_GB,
    date: '2002-06-03',
    action: 'add',
    name: 'Queen’s Golden Jubilee',
    reason: 'Monday 3 June 2002 was an extra bank holiday for the Golden Jubilee.',
  },
  {
    regions: ALL_GB,
    date: '2002-06-04',
    action: 'add',
    name: 'Spring bank holiday',
    reason: 'In 2002 the spring bank holiday moved to Tuesday 4 June for the Golden Jubilee.',
  },
  {
    regions: ALL_GB,
    date: '2011-04-29',
    action: 'add',
    name: 'Royal wedding',
    reason: 'Friday 29 April 2011 was an extra bank holiday for the wedding of Prince William.',
  },
  {
    regions: ALL_GB,
    date: '2012-05-28',
    action: 'remove',
    name: 'Spring bank holiday',
    reason:
      'In 2012 the spring bank holiday moved to Monday 4 June for the Diamond Jubilee (GOV.UK lists 2012-06-04, not 05-28).',
  },
  {
    regions: ALL_GB,
    date: '2012-06-04',
    action: 'add',
    name: 'Spring bank holiday',
    reason: 'In 2012 the spring bank holiday moved to Monday 4 June for the Diamond Jubilee (GOV.UK list).',
  },
  {
    regions: ['GB-SCT'],
    date: '2026-06-15',
    action: 'add',
    name: 'World Cup bank holiday',
    reason: 'GOV.UK added Monday 15 June 2026 for Scotland on 2026-02-25 (alphagov/frontend 609b0436).',
  },
];

/** A holiday that date-holidays projects into years before the law created it. */
export interface HolidayIntroduction {
  region: HolidayRegion;
  /** date-holidays names that start with this, substitutes included. */
  namePrefix: string;
  firstYear: number;
  reason: string;
}

export const HOLIDAY_INTRODUCTIONS: readonly HolidayIntroduction[] = [
  {
    region: 'GB-SCT',
    namePrefix: 'St Andrew',
    firstYear: 2007,
    reason: 'St Andrew’s Day became a Scottish bank holiday by the St Andrew’s Day Bank Holiday (Scotland) Act 2007.',
  },
];
