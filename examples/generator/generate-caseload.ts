/**
 * A seeded generator of realistic synthetic caseloads, of any size: the same options always give the
 * same cases. No real names or identifiers: ids are `G-000001`, `G-000002`, …
 *
 * Referrals are spread evenly over `from`..`to` (mostly on weekdays); each case then follows a path
 * drawn with the rates in `caseload-rates.ts`. The caseload is a snapshot taken on `to`: events
 * after it are left out, so work still in progress shows as open.
 */
import type { CaseRecordInput } from '@wt/engine';
import { allegationJourney, referralJourney, transferInJourney, type Journey } from './case-journey.js';
import { caseFacts } from './case-facts.js';
import { CASELOAD_RATES as RATES } from './caseload-rates.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';
import type { SyntheticCase } from './synthetic-case.js';
import { isoDay, isWeekend, parseDay, weekday as weekdayOf, type Day } from './synthetic-days.js';

export interface CaseloadOptions {
  seed: number;
  count: number;
  /** The first and last day of the period, `YYYY-MM-DD`. */
  from: string;
  to: string;
}

/** What is wrong with the options, in words; undefined when they are usable. */
export function caseloadOptionsProblem(options: CaseloadOptions): string | undefined {
  if (!Number.isSafeInteger(options.seed)) return 'the seed must be a whole number';
  if (!Number.isSafeInteger(options.count) || options.count < 0) return 'the count must be a whole number, 0 or more';
  const from = parseDay(options.from);
  const to = parseDay(options.to);
  if (from === undefined) return `"from" is not a date (YYYY-MM-DD)`;
  if (to === undefined) return `"to" is not a date (YYYY-MM-DD)`;
  if (to < from) return `"to" is before "from"`;
  return undefined;
}

function caseId(index: number): string {
  return `G-${String(index + 1).padStart(6, '0')}`;
}

/** A referral day for the index-th case: evenly spread; most weekend days move to a weekday of that week. */
function referralDay(random: SeededRandom, index: number, count: number, from: Day, to: Day): Day {
  const span = to - from + 1;
  const day = from + Math.floor(((index + random.next()) * span) / count);
  if (!isWeekend(day) || random.chance(RATES.weekendReferral)) return day;
  const weekday = day - weekdayOf(day) + random.int(0, 4);
  return weekday >= from && weekday <= to ? weekday : day;
}

function journeyFor(random: SeededRandom, day: Day): Journey {
  const roll = random.next();
  if (roll < RATES.transferIn) return transferInJourney(random, day);
  if (roll < RATES.transferIn + RATES.allegation) return allegationJourney(random, day);
  return referralJourney(random, day);
}

/** The cases as the generator holds them (day numbers); `generateCaseload` and the NDJSON writer read this. */
export function* generateSyntheticCases(options: CaseloadOptions): Generator<SyntheticCase> {
  const problem = caseloadOptionsProblem(options);
  if (problem !== undefined) throw new RangeError(`generateCaseload: ${problem}`);
  const from = parseDay(options.from) as Day;
  const to = parseDay(options.to) as Day;
  const random = seededRandom(options.seed);
  for (let index = 0; index < options.count; index++) {
    const journey = journeyFor(random, referralDay(random, index, options.count, from, to));
    const facts = caseFacts(random, journey.kind);
    const events = journey.events.filter((event) => event.day <= to);
    events.sort((a, b) => a.day - b.day);
    yield { id: caseId(index), events, facts };
  }
}

export function toCaseRecord(synthetic: SyntheticCase): CaseRecordInput {
  const record: CaseRecordInput = {
    id: synthetic.id,
    events: synthetic.events.map((event) =>
      event.attribute === undefined
        ? { type: event.type, date: isoDay(event.day) }
        : { type: event.type, date: isoDay(event.day), [event.attribute]: event.value },
    ),
  };
  if (synthetic.facts.length > 0) record.facts = Object.fromEntries(synthetic.facts);
  return record;
}

export function* generateCaseload(options: CaseloadOptions): Iterable<CaseRecordInput> {
  for (const synthetic of generateSyntheticCases(options)) yield toCaseRecord(synthetic);
}
