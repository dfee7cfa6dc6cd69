/**
 * Reads the public GOV.UK `bank-holidays.json` shape:
 * `{ "england-and-wales": { "division": "england-and-wales", "events": [{ "title", "date": "YYYY-MM-DD",
 * "notes", "bunting" }] }, "scotland": …, "northern-ireland": … }`.
 * Anything else is an error value, never an exception.
 */
import { civilFromDay, dayFromCivil, parseIsoDate, type DayNumber } from './day-number.js';
import type { Holiday } from './holiday.js';

export type GovUkHolidaysResult =
  | { holidays: Holiday[]; from: DayNumber; until: DayNumber }
  | { error: string };

const STRICT_ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The holidays of one division, sorted by day, and the span the file vouches for: 1 January of the
 * year of its first event to 31 December of the year of its last.
 */
export function holidaysFromGovUk(json: unknown, division: string): GovUkHolidaysResult {
  if (!isPlainObject(json)) return { error: 'A GOV.UK bank holidays file must be a JSON object of divisions.' };
  const divisions = Object.keys(json);
  if (!Object.hasOwn(json, division)) {
    return {
      error: `The GOV.UK bank holidays file has no division "${division}" (it has: ${divisions.map((d) => `"${d}"`).join(', ') || 'none'}).`,
    };
  }
  const entry = json[division];
  if (!isPlainObject(entry) || !Array.isArray(entry['events'])) {
    return { error: `Division "${division}" of the GOV.UK bank holidays file has no "events" list.` };
  }
  const events: unknown[] = entry['events'];
  if (events.length === 0) return { error: `Division "${division}" of the GOV.UK bank holidays file has no events.` };

  const byDay = new Map<DayNumber, string>();
  for (const [index, event] of events.entries()) {
    const where = `Event ${index + 1} of division "${division}"`;
    if (!isPlainObject(event)) return { error: `${where} is not an object.` };
    const { date, title, notes } = event;
    if (typeof date !== 'string' || !STRICT_ISO_DATE.test(date)) {
      // The value is quoted only when short: the file may hold anything.
      const shown = date === undefined ? 'no date' : typeof date === 'string' && date.length <= 30 ? `date ${JSON.stringify(date)}` : `a date that is not text of the form YYYY-MM-DD`;
      return { error: `${where} has ${shown}; expected "YYYY-MM-DD".` };
    }
    const day = parseIsoDate(date);
    if (day === undefined) return { error: `${where} has date "${date}", which does not exist.` };
    if (typeof title !== 'string' || title.trim() === '') {
      return { error: `${where} (${date}) has no title.` };
    }
    if (notes !== undefined && typeof notes !== 'string') {
      return { error: `${where} (${date}) has notes that are not text.` };
    }
    const name = notes && notes.trim() !== '' ? `${title} (${notes.trim().toLowerCase()})` : title;
    const existing = byDay.get(day);
    byDay.set(day, existing === undefined ? name : `${existing} and ${name}`);
  }

  const holidays = [...byDay].map(([day, name]) => ({ day, name }));
  holidays.sort((a, b) => a.day - b.day);
  const firstYear = civilFromDay(holidays[0]!.day).year;
  const lastYear = civilFromDay(holidays[holidays.length - 1]!.day).year;
  return { holidays, from: dayFromCivil(firstYear, 1, 1), until: dayFromCivil(lastYear, 12, 31) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
