/**
 * Builds the working calendar of a resolved calendar declaration: weekend days, holidays (a corrected
 * date-holidays region, or a loaded GOV.UK file), closure days and the counting convention.
 * Problems in the declaration are returned as messages, never thrown.
 */
import type { HolidaySourceIR, ResolvedCalendar } from '@wt/dsl';
import { civilFromDay, parseIsoDate, WEEKDAY_NAMES, type DayNumber } from './day-number.js';
import { holidaysFromGovUk } from './govuk-holidays.js';
import type { Holiday, HolidaySource } from './holiday.js';
import { HOLIDAY_REGIONS, isHolidayRegion, regionOfGovUkDivision } from './holiday-region.js';
import { regionHolidays, regionHolidaySource } from './region-holidays.js';
import type { WorkingCalendar } from './working-calendar.js';
import { createWorkingCalendar } from './working-calendar-index.js';

export interface BuildCalendarOptions {
  /** Parsed GOV.UK `bank-holidays.json` files, keyed by the path a calendar names them by. */
  govukFiles?: ReadonlyMap<string, unknown>;
}

export interface BuildCalendarResult {
  calendar: WorkingCalendar | undefined;
  errors: string[];
}

export const DEFAULT_CLOSURE_NAME = 'Closure';

export function buildCalendar(calendar: ResolvedCalendar, options: BuildCalendarOptions = {}): BuildCalendarResult {
  const errors: string[] = [];
  const where = `Calendar "${calendar.id}"`;

  const weekend = [false, false, false, false, false, false, false];
  for (const name of Array.isArray(calendar.weekend) ? calendar.weekend : []) {
    const index = (WEEKDAY_NAMES as readonly string[]).indexOf(name);
    if (index < 0) errors.push(`${where}: "${name}" is not a day of the week.`);
    else weekend[index] = true;
  }
  if (weekend.every(Boolean)) errors.push(`${where}: every day of the week is a weekend day, so no day is a working day.`);

  const closures = new Map<DayNumber, string>();
  for (const closure of Array.isArray(calendar.closed) ? calendar.closed : []) {
    const day = typeof closure.date === 'string' && closure.date.length === 10 ? parseIsoDate(closure.date) : undefined;
    if (day === undefined) errors.push(`${where}: closure date ${JSON.stringify(closure.date)} is not a date (YYYY-MM-DD).`);
    else if (!closures.has(day)) closures.set(day, closure.label?.trim() || DEFAULT_CLOSURE_NAME);
  }

  if (calendar.counting !== 'exclusive' && calendar.counting !== 'inclusive') {
    errors.push(`${where}: counting must be "exclusive" or "inclusive", not ${JSON.stringify(calendar.counting)}.`);
  }

  const holidays = calendar.holidays ? holidaySourceOf(calendar.holidays, options, where, errors) : undefined;
  if (errors.length > 0) return { calendar: undefined, errors };
  return {
    calendar: createWorkingCalendar({
      id: calendar.id,
      counting: calendar.counting,
      weekend,
      ...(holidays ? { holidays } : {}),
      closures,
    }),
    errors,
  };
}

function holidaySourceOf(
  source: HolidaySourceIR,
  options: BuildCalendarOptions,
  where: string,
  errors: string[],
): HolidaySource | undefined {
  if (source.kind === 'region') {
    if (isHolidayRegion(source.region)) return regionHolidaySource(source.region);
    errors.push(`${where}: unknown holiday region "${source.region}" (known: ${HOLIDAY_REGIONS.join(', ')}).`);
    return undefined;
  }
  if (source.kind === 'govuk-file') {
    const file = options.govukFiles?.get(source.path);
    if (file === undefined) {
      errors.push(`${where}: the GOV.UK bank holidays file "${source.path}" was not loaded.`);
      return undefined;
    }
    const parsed = holidaysFromGovUk(file, source.division);
    if ('error' in parsed) {
      errors.push(`${where}: ${source.path}: ${parsed.error}`);
      return undefined;
    }
    return govUkHolidaySource(parsed.holidays, parsed.from, parsed.until, source.division);
  }
  errors.push(`${where}: unknown kind of holiday source.`);
  return undefined;
}

/**
 * A GOV.UK file's holidays within its years. Outside them, when the division is one of the three
 * GOV.UK divisions, the corrected region holidays stand in (provisional, like any date past the data).
 */
function govUkHolidaySource(holidays: Holiday[], from: DayNumber, until: DayNumber, division: string): HolidaySource {
  const byYear = new Map<number, Holiday[]>();
  for (const holiday of holidays) {
    const year = civilFromDay(holiday.day).year;
    const list = byYear.get(year);
    if (list) list.push(holiday);
    else byYear.set(year, [holiday]);
  }
  const firstYear = civilFromDay(from).year;
  const lastYear = civilFromDay(until).year;
  const fallback = regionOfGovUkDivision(division);
  return {
    holidaysInYear(year) {
      if (year >= firstYear && year <= lastYear) return byYear.get(year) ?? [];
      return fallback ? regionHolidays(fallback, year) : [];
    },
    officialFrom: from,
    officialUntil: until,
  };
}
