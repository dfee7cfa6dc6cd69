/**
 * Bank holidays of a region (`GB-ENG` England & Wales, `GB-SCT` Scotland, `GB-NIR` Northern Ireland):
 * the date-holidays package with the project's corrections, generated lazily and cached per region+year.
 *
 * What date-holidays reports for GB (checked 2012–2028, all three regions): only the types `public`
 * (bank holidays) and `observance` (Mother's Day and the like, not days off); never `bank`. We take
 * `public`. For a holiday falling on a weekend it reports both the day itself ("Christmas Day", Sun
 * 2022-12-25) and the weekday off in its place ("Christmas Day (substitute day)", Tue 2022-12-27).
 * GOV.UK lists only the day off, and only that day matters for working days, so Saturday and Sunday
 * entries are dropped; the substitute keeps the holiday's name for explanations.
 */
import Holidays from 'date-holidays';
import { BANK_HOLIDAY_CORRECTIONS, HOLIDAY_INTRODUCTIONS } from './bank-holiday-corrections.js';
import { dayFromCivil, parseIsoDate, weekdayIndex, type DayNumber } from './day-number.js';
import type { Holiday, HolidaySource } from './holiday.js';
import type { HolidayRegion } from './holiday-region.js';

/** The years whose region holidays the project checked against the official GOV.UK list. */
export const REGION_OFFICIAL_FROM: DayNumber = dayFromCivil(2012, 1, 1);
export const REGION_OFFICIAL_UNTIL: DayNumber = dayFromCivil(2028, 12, 31);

/**
 * Years for which region holidays are projected at all. Outside them a region has no holidays (only
 * weekends and closures count); such dates are provisional anyway, and this bounds the work a far-off
 * mistyped date can cause.
 */
export const REGION_HOLIDAY_FIRST_YEAR = 1900;
export const REGION_HOLIDAY_LAST_YEAR = 2199;

const STATE_OF_REGION: Readonly<Record<HolidayRegion, string>> = {
  'GB-ENG': 'ENG',
  'GB-SCT': 'SCT',
  'GB-NIR': 'NIR',
};

const packageByRegion = new Map<HolidayRegion, Holidays>();
const cache = new Map<string, readonly Holiday[]>();
const NO_HOLIDAYS: readonly Holiday[] = Object.freeze([]);

/** The weekday bank holidays of `region` in `year`, sorted by day. The array is shared: do not mutate. */
export function regionHolidays(region: HolidayRegion, year: number): readonly Holiday[] {
  if (!Number.isInteger(year) || year < REGION_HOLIDAY_FIRST_YEAR || year > REGION_HOLIDAY_LAST_YEAR) {
    return NO_HOLIDAYS;
  }
  const key = `${region}:${year}`;
  let holidays = cache.get(key);
  if (!holidays) {
    holidays = computeRegionHolidays(region, year);
    cache.set(key, holidays);
  }
  return holidays;
}

/** A holiday source over a region, vouched for 2012–2028. */
export function regionHolidaySource(region: HolidayRegion): HolidaySource {
  return {
    holidaysInYear: (year) => regionHolidays(region, year),
    officialFrom: REGION_OFFICIAL_FROM,
    officialUntil: REGION_OFFICIAL_UNTIL,
  };
}

/** What date-holidays alone says (public holidays on weekdays), before the project's corrections. */
export function uncorrectedRegionHolidays(region: HolidayRegion, year: number): Holiday[] {
  let calendar = packageByRegion.get(region);
  if (!calendar) {
    calendar = new Holidays('GB', STATE_OF_REGION[region]);
    packageByRegion.set(region, calendar);
  }
  const holidays: Holiday[] = [];
  for (const entry of calendar.getHolidays(year, 'en')) {
    if (entry.type !== 'public') continue;
    // `date` is "YYYY-MM-DD hh:mm:ss" in the region's own time zone; the date part is the civil date.
    const day = parseIsoDate(entry.date.slice(0, 10));
    if (day === undefined || isSaturdayOrSunday(day)) continue;
    holidays.push({ day, name: entry.name });
  }
  return holidays;
}

function computeRegionHolidays(region: HolidayRegion, year: number): readonly Holiday[] {
  const byDay = new Map<DayNumber, string>();
  for (const holiday of uncorrectedRegionHolidays(region, year)) {
    if (introducedLater(region, holiday.name, year)) continue;
    if (!byDay.has(holiday.day)) byDay.set(holiday.day, holiday.name);
  }
  const yearPrefix = `${String(year).padStart(4, '0')}-`;
  for (const correction of BANK_HOLIDAY_CORRECTIONS) {
    if (!correction.date.startsWith(yearPrefix) || !correction.regions.includes(region)) continue;
    const day = parseIsoDate(correction.date);
    if (day === undefined) continue;
    if (correction.action === 'remove') byDay.delete(day);
    else byDay.set(day, correction.name);
  }
  const holidays = [...byDay].map(([day, name]) => Object.freeze({ day, name }));
  holidays.sort((a, b) => a.day - b.day);
  return Object.freeze(holidays);
}

function introducedLater(region: HolidayRegion, name: string, year: number): boolean {
  return HOLIDAY_INTRODUCTIONS.some(
    (rule) => rule.region === region && year < rule.firstYear && name.startsWith(rule.namePrefix),
  );
}

function isSaturdayOrSunday(day: DayNumber): boolean {
  return weekdayIndex(day) >= 5;
}
