import { formatIsoDate, type DayNumber } from './day-number.js';

// Results repeat the same few thousand dates millions of times: format each once.
const CACHE_FROM = 0; // 1970-01-01
const CACHE_SIZE = 60000; // to 2134
const cache: (string | undefined)[] = new Array<string | undefined>(CACHE_SIZE);

/** `YYYY-MM-DD` of a day number, memoised for the days results usually hold. */
export function dayText(day: DayNumber): string {
  const slot = day - CACHE_FROM;
  if (slot >= 0 && slot < CACHE_SIZE) {
    const cached = cache[slot];
    if (cached !== undefined) return cached;
    const text = formatIsoDate(day);
    cache[slot] = text;
    return text;
  }
  return formatIsoDate(day);
}
