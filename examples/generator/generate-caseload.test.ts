import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseloadNdjsonChunks, caseNdjsonLine } from './caseload-ndjson.js';
import { caseloadOptionsProblem, generateCaseload, generateSyntheticCases, toCaseRecord, type CaseloadOptions } from './generate-caseload.js';
import type { CaseRecordInput } from '@wt/engine';

const YEAR: CaseloadOptions = { seed: 1, count: 20_000, from: '2023-04-01', to: '2024-03-31' };
const caseload = [...generateCaseload(YEAR)];

/** The event names WT2013 declares, read from the policy itself so that the two cannot drift apart. */
const wt2013 = readFileSync(new URL('../../policies/england/working-together-2013.wt', import.meta.url), 'utf8');
const WT2013_EVENTS = new Set([...wt2013.matchAll(/^event ([a-z0-9-]+)/gm)].map((match) => match[1]));
const ATTRIBUTES: Record<string, string> = { decision: 'response', 'strategy-discussion': 's47', 'referral-closed': 'outcome' };

function isRealDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

function has(record: CaseRecordInput, type: string, attribute?: [string, unknown]): boolean {
  return record.events.some((event) => event.type === type && (!attribute || event[attribute[0]] === attribute[1]));
}

function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

describe('generateCaseload', () => {
  it('gives the same cases for the same seed, and different cases for another seed', () => {
    const again = [...generateCaseload(YEAR)];
    expect(again).toEqual(caseload);
    const other = [...generateCaseload({ ...YEAR, seed: 2 })];
    expect(other).not.toEqual(caseload);
  });

  it('makes exactly `count` cases with ids G-000001 onwards', () => {
    expect(caseload).toHaveLength(20_000);
    expect(caseload[0]?.id).toBe('G-000001');
    expect(caseload[19_999]?.id).toBe('G-020000');
    expect(new Set(caseload.map((record) => record.id)).size).toBe(20_000);
  });

  it('uses only WT2013 event types and attributes, with real dates in the period, sorted within each case', () => {
    expect(WT2013_EVENTS.size).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const record of caseload) {
      if (record.events.length === 0) problems.push(`${record.id}: no events`);
      let previous = '';
      for (const event of record.events) {
        if (!WT2013_EVENTS.has(event.type)) problems.push(`${record.id}: event type ${event.type}`);
        if (!isRealDate(event.date) || event.date < YEAR.from || event.date > YEAR.to) problems.push(`${record.id}: date ${event.date}`);
        if (event.date < previous) problems.push(`${record.id}: ${event.date} after ${previous}`);
        previous = event.date;
        const extra = Object.keys(event).filter((key) => key !== 'type' && key !== 'date');
        if (extra.length > 1 || (extra.length === 1 && extra[0] !== ATTRIBUTES[event.type])) problems.push(`${record.id}: attributes ${extra.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has plausible volumes and conversion rates', () => {
    const referrals = caseload.filter((record) => record.events[0]?.type === 'referral');
    const transfers = caseload.filter((record) => record.events[0]?.type === 'transfer-in');
    const allegations = caseload.filter((record) => record.events[0]?.type === 'allegation');
    expect(share(transfers.length, caseload.length)).toBeGreaterThan(0.005);
    expect(share(transfers.length, caseload.length)).toBeLessThan(0.015);
    expect(share(allegations.length, caseload.length)).toBeGreaterThan(0.002);
    expect(share(allegations.length, caseload.length)).toBeLessThan(0.008);

    const s47 = referrals.filter((record) => has(record, 'strategy-discussion', ['s47', true]));
    const conferences = s47.filter((record) => has(record, 'icpc'));
    const plans = conferences.filter((record) => has(record, 'plan-start'));
    const closedAtDecision = referrals.filter((record) => !has(record, 'assessment-complete') && has(record, 'referral-closed') && !has(record, 'strategy-discussion'));
    expect(share(s47.length, referrals.length)).toBeGreaterThan(0.17);
    expect(share(s47.length, referrals.length)).toBeLessThan(0.23);
    // About half go to conference; a few conferences are missing or fall after the end of the period.
    expect(share(conferences.length, s47.length)).toBeGreaterThan(0.4);
    expect(share(conferences.length, s47.length)).toBeLessThan(0.55);
    expect(share(plans.length, conferences.length)).toBeGreaterThan(0.8);
    expect(share(plans.length, conferences.length)).toBeLessThan(0.9);
    expect(share(closedAtDecision.length, referrals.length)).toBeGreaterThan(0.32);
    expect(share(closedAtDecision.length, referrals.length)).toBeLessThan(0.42);
  });

  it('puts most referrals on weekdays and spreads them over the whole period', () => {
    const firstDays = caseload.map((record) => record.events[0]!.date);
    const weekend = firstDays.filter((date) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()));
    expect(share(weekend.length, firstDays.length)).toBeLessThan(0.06);
    const months = new Map<string, number>();
    for (const date of firstDays) months.set(date.slice(0, 7), (months.get(date.slice(0, 7)) ?? 0) + 1);
    expect(months.size).toBe(12);
    for (const count of months.values()) expect(count).toBeGreaterThan(1_400);
  });

  it('gives plans reviews, and most of the work on time', () => {
    const planned = caseload.filter((record) => has(record, 'plan-start'));
    const reviewed = planned.filter((record) => has(record, 'review-conference'));
    expect(reviewed.length).toBeGreaterThan(planned.length / 2);
    // Decision on time: the decision is on the referral day or the next weekday (a rough check that
    // ignores bank holidays).
    const decided = caseload.filter((record) => has(record, 'decision'));
    const prompt = decided.filter((record) => {
      const referral = Date.parse(record.events[0]!.date);
      const decision = Date.parse(record.events.find((event) => event.type === 'decision')!.date);
      return decision - referral <= 3 * 86_400_000;
    });
    expect(share(prompt.length, decided.length)).toBeGreaterThan(0.85);
    expect(share(prompt.length, decided.length)).toBeLessThan(0.99);
  });

  it('gives facts for the threshold documents, with a few missing', () => {
    const withFacts = caseload.filter((record) => record.facts !== undefined);
    const complete = withFacts.filter((record) => Object.keys(record.facts!).length === 5);
    expect(share(withFacts.length, caseload.length)).toBeGreaterThan(0.99);
    expect(share(complete.length, withFacts.length)).toBeGreaterThan(0.95);
    expect(complete.length).toBeLessThan(withFacts.length);
    for (const record of withFacts) {
      const facts = record.facts!;
      if ('primary-need' in facts) expect(facts['primary-need']).toMatch(/^N[1-9]$/);
      if ('age' in facts) expect(facts.age).toBeGreaterThanOrEqual(0);
      if ('needs-score' in facts) expect(facts['needs-score']).toBeLessThanOrEqual(10);
    }
  });

  it('writes NDJSON lines equal to JSON.stringify of the records', () => {
    const options = { ...YEAR, count: 500 };
    const records = [...generateCaseload(options)];
    const text = [...caseloadNdjsonChunks(options, 4096)].join('');
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(500);
    lines.forEach((line, index) => expect(line).toBe(JSON.stringify(records[index])));
    for (const synthetic of generateSyntheticCases({ ...options, count: 3 })) {
      expect(caseNdjsonLine(synthetic)).toBe(`${JSON.stringify(toCaseRecord(synthetic))}\n`);
    }
  });

  it('refuses options that make no sense, in words', () => {
    expect(caseloadOptionsProblem({ ...YEAR, from: '2023-02-30' })).toBe('"from" is not a date (YYYY-MM-DD)');
    expect(caseloadOptionsProblem({ ...YEAR, to: '2023-01-01' })).toBe('"to" is before "from"');
    expect(caseloadOptionsProblem({ ...YEAR, count: -1 })).toBe('the count must be a whole number, 0 or more');
    expect(caseloadOptionsProblem({ ...YEAR, seed: 1.5 })).toBe('the seed must be a whole number');
    expect(() => [...generateCaseload({ ...YEAR, count: 1.5 })]).toThrow(RangeError);
    expect([...generateCaseload({ ...YEAR, count: 0 })]).toEqual([]);
  });

  it('keeps every case inside a one-day period and in date order, whatever the seed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }), fc.integer({ min: 1, max: 40 }), (seed, count) => {
        const options = { seed, count, from: '2024-05-27', to: '2024-05-27' };
        for (const record of generateCaseload(options)) {
          for (const event of record.events) expect(event.date).toBe('2024-05-27');
        }
        const wide = { seed, count, from: '2023-12-30', to: '2024-03-02' };
        for (const record of generateCaseload(wide)) {
          const dates = record.events.map((event) => event.date);
          expect(dates).toEqual([...dates].sort());
          for (const date of dates) expect(isRealDate(date) && date >= wide.from && date <= wide.to).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
