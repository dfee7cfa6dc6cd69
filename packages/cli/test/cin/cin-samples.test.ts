/**
 * Every synthetic census sample in ../shared/data/cin/samples/, read by the census reader: the valid
 * ones completely, the invalid ones with their problems located. Counts are checked against a scan of
 * the XML text that shares no code with the reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { located, readCensus } from './census-xml.js';
import { SAMPLES, skipWithout } from './shared-data.js';

const skip = skipWithout(SAMPLES);
const sample = (name: string) => readFileSync(`${SAMPLES}${name}`, 'utf8');

/** The text of each <CINdetails>…</CINdetails> block, found with a regular expression. */
function detailsBlocks(text: string): string[] {
  return [...text.matchAll(/<CINdetails>([\s\S]*?)<\/CINdetails>/g)].map((match) => match[1]!);
}

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

describe.skipIf(skip)('the census samples', () => {
  it('are all read, none with an error, every episode a case', () => {
    const names = readdirSync(SAMPLES).filter((name) => name.endsWith('.xml')).sort();
    expect(names).toEqual(['d2i-CIN_Census_2024.xml', 'd2i-CIN_Census_2026.xml', 'd2i-fake_CIN_data.xml', 'liiatools-cin-2022.xml']);
    for (const name of names) {
      const text = sample(name);
      const read = readCensus(text);
      const counts = read.reader.counts;
      expect(counts.errors, name).toBe(0);
      expect(counts.children, name).toBe(count(text, /<Child>/g));
      expect(counts.episodes, name).toBe(count(text, /<CINdetails>/g));
      expect(counts.cases, name).toBe(counts.episodes);
    }
  });

  it('d2i-fake_CIN_data.xml: 332 children, 402 episodes, and the events a plain scan of the text predicts', () => {
    const text = sample('d2i-fake_CIN_data.xml');
    const read = readCensus(text);
    expect(read.reader.counts.toJSON()).toMatchObject({ children: 332, episodes: 402, cases: 402, errors: 0, warnings: 0 });
    expect(read.reader.referenceDate).toBe('2022-07-21');
    // Each episode has a referral, an ICPC when DateOfInitialCPC is given, and a closure when
    // CINclosureDate is given or the referral led to no further action (closed on its own date).
    const blocks = detailsBlocks(text);
    const expected = blocks.map((block) => {
      const closed = /<CINclosureDate>/.test(block) || /<ReferralNFA>(true|1|TRUE)<\/ReferralNFA>/.test(block);
      return 1 + count(block, /<DateOfInitialCPC>/g) + (closed ? 1 : 0);
    });
    expect(read.episodes.map((episode) => episode.value!.events.length)).toEqual(expected);
    expect(read.reader.counts.events).toBe(expected.reduce((sum, n) => sum + n, 0));
    expect(count(text, /<DateOfInitialCPC>/g)).toBe(350);
    // The ids: LAchildID/1, /2 … within each child, in file order.
    const ids = [...text.matchAll(/<LAchildID>([^<]+)<\/LAchildID>([\s\S]*?)<\/Child>/g)].flatMap((match) =>
      Array.from({ length: count(match[2]!, /<CINdetails>/g) }, (_, index) => `${match[1]}/${index + 1}`),
    );
    expect(read.episodes.map((episode) => episode.caseId)).toEqual(ids);
  });

  it('liiatools-cin-2022.xml: every module, every date an event', () => {
    const read = readCensus(sample('liiatools-cin-2022.xml'));
    expect(read.episodes[0]!.value!.events.map((event) => `${event.type} ${event.date}`)).toEqual([
      'referral 1970-10-06',
      'assessment-start 1970-06-03',
      'assessment-review 1970-06-22',
      'assessment-complete 1971-07-18',
      'cin-plan-start 1971-01-24',
      'cin-plan-end 1971-01-26',
      's47-start 1970-06-02',
      'icpc 1970-06-17',
      'icpc 1970-12-06',
      'plan-start 1970-02-17',
      'review-conference 1971-02-15',
      'plan-end 1971-03-14',
      'referral-closed 1971-02-27',
    ]);
    // Its dates are deliberately nonsensical: three modules start before the referral.
    expect(located(read.problems)).toEqual(['44 warning WT748 DfEX0000001', '57 warning WT748 DfEX0000001', '64 warning WT748 DfEX0000001']);
  });

  it('d2i-CIN_Census_2024.xml: read completely (with the 2025-26 <Sex>), its faults located', () => {
    const read = readCensus(sample('d2i-CIN_Census_2024.xml'));
    expect(read.episodes.map((episode) => episode.caseId)).toEqual(['DfEX0000001/1', 'child_fails_assessments/1']);
    expect(located(read.problems)).toEqual([
      '23 warning WT745 DfEX0000001', // the stray text "PersonBirthDate" after <UPNunknown>
      '43 warning WT748 DfEX0000001', // authorised 2020-09-19, before the start 2028-04-28
      '55 warning WT748 DfEX0000001', // s47 start 2022-06-02, before the referral 2022-10-06
      '62 warning WT748 DfEX0000001', // plan start 2022-02-17, before the referral
      '93 warning WT748 child_fails_assessments', // assessment start 2023-12-25, before the referral 2024-10-24
      '95 warning WT747 child_fails_assessments', // an empty <FactorsIdentifiedAtAssessment/>
    ]);
  });

  it('d2i-CIN_Census_2026.xml: the pre-proceedings module becomes events', () => {
    const read = readCensus(sample('d2i-CIN_Census_2026.xml'));
    const events = read.episodes[0]!.value!.events.map((event) => `${event.type} ${event.date}`);
    expect(events.filter((event) => /proceedings|court/.test(event))).toEqual([
      'pre-proceedings-start 2026-09-09',
      'letter-before-proceedings 2026-09-20',
      'pre-proceedings-meeting 2026-09-28',
      'pre-proceedings-decision 2026-12-01',
      'court-application 2026-12-18',
      'care-proceedings-letter 2027-02-05',
    ]);
    expect(located(read.problems)).toEqual([
      '23 warning WT745 DfEX0000001',
      '43 warning WT748 DfEX0000001',
      '55 warning WT748 DfEX0000001',
      '62 warning WT748 DfEX0000001',
      '105 warning WT748 child_fails_assessments',
      '107 warning WT747 child_fails_assessments',
    ]);
  });
});
