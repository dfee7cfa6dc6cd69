import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { censusReturn, child } from '../cin/census-xml.js';
import { SAMPLES, SAMPLES_FROM_ROOT, skipWithout } from '../cin/shared-data.js';
import { displayPath } from '../../src/io/display-path.js';
import { ndjson, REPO_ROOT, runWt } from '../run-wt.js';

const skip = skipWithout(SAMPLES);
const good = '<CINdetails><CINreferralDate>2024-01-08</CINreferralDate><ReferralSource>1A</ReferralSource><ReferralNFA>0</ReferralNFA></CINdetails>';

function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wt-import-')), name);
  writeFileSync(file, text);
  return file;
}

/** The file as wt names it in messages, which depends on where the repository is checked out. */
const shown = (file: string): string => displayPath(file, REPO_ROOT);

describe.skipIf(skip)('wt import cin on the samples', () => {
  it('d2i-fake_CIN_data.xml: one NDJSON line per episode, and the counts on stderr', async () => {
    const run = await runWt(['import', 'cin', `${SAMPLES_FROM_ROOT}/d2i-fake_CIN_data.xml`]);
    expect(run.code).toBe(0);
    const cases = ndjson(run.stdout) as { id: string; child: string }[];
    expect(cases).toHaveLength(402);
    expect(new Set(cases.map((entry) => entry.child)).size).toBe(332);
    expect(run.stderr).toBe('wt import: read 332 children, 402 episodes, 1154 events; 0 errors, 0 warnings (census ReferenceDate 2022-07-21)\n');
  });

  it('d2i-CIN_Census_2024.xml: its faults on stderr, located, and both episodes out', async () => {
    const file = `${SAMPLES_FROM_ROOT}/d2i-CIN_Census_2024.xml`;
    const run = await runWt(['import', 'cin', file]);
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout)).toHaveLength(2);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      `${file}:23: warning WT745 child DfEX0000001: text inside <ChildIdentifiers>, which holds only elements; it is ignored`,
      `${file}:43: warning WT748 child DfEX0000001: AssessmentAuthorisationDate is before AssessmentActualStartDate; the timeline keeps both dates as given`,
    ]);
    expect(run.stderr).toContain('wt import: read 2 children, 2 episodes, 16 events; 0 errors, 6 warnings (census ReferenceDate 2024-03-31)');
  });

  it('keeps only what a policy declares with --policy', async () => {
    const run = await runWt(['import', 'cin', `${SAMPLES_FROM_ROOT}/liiatools-cin-2022.xml`, '--policy', 'policies/england/working-together-2013.wt']);
    expect(run.code).toBe(0);
    const [only] = ndjson(run.stdout) as { events: { type: string }[]; facts: object }[];
    expect(only!.events.map((event) => event.type)).toEqual(['referral', 'assessment-complete', 'icpc', 'icpc', 'plan-start', 'review-conference', 'plan-end', 'referral-closed']);
    expect(only!.facts).toEqual({});
    expect(run.stderr).toContain('wt import: left out what working-together-2013 does not declare: event assessment-review, event assessment-start,');
  });

  it('gives cases that WT2013, the statutory set and the census policy all accept, read by wt eval straight from the XML', async () => {
    const samples = ['d2i-fake_CIN_data.xml', 'd2i-CIN_Census_2024.xml', 'd2i-CIN_Census_2026.xml', 'liiatools-cin-2022.xml'];
    const runs = [
      ...samples.flatMap((name) => ['policies/england/working-together-2013.wt', 'policies/cin-census/cin-census.wt'].map((policy) => [name, policy] as const)),
      ['d2i-fake_CIN_data.xml', 'policies/england'] as const,
      ['d2i-fake_CIN_data.xml', 'policies/local/northmere.wt'] as const,
    ];
    for (const [name, policy] of runs) {
      const run = await runWt(['eval', '--policy', policy, '--cases', `${SAMPLES_FROM_ROOT}/${name}`, '--as-of', '2024-03-31', '--format', 'ndjson']);
      expect(run.code, `${name} ${policy}: ${run.stderr}`).toBe(0);
      expect(run.stderr, `${name} ${policy}`).toMatch(/0 rejected/);
    }
  }, 60_000);
});

describe('wt import cin', () => {
  it('reports a malformed date with its line and child, rejects that episode, and reads the rest', async () => {
    const bad = '<CINdetails>\n<CINreferralDate>2024-01-32</CINreferralDate>\n</CINdetails>';
    const file = tempFile('census.xml', censusReturn([child('A', [bad, good]), child('B', [good])].join('\n')));
    const run = await runWt(['import', 'cin', file]);
    expect(run.code).toBe(1);
    expect((ndjson(run.stdout) as { id: string }[]).map((entry) => entry.id)).toEqual(['A/2', 'B/1']);
    // <Child> A on line 8, its first CINdetails on 11, the date on 12.
    expect(run.stderr).toContain(`${shown(file)}:12: error WT743 child A: CINreferralDate is not a date (YYYY-MM-DD)\n`);
    expect(run.stderr).toContain('wt import: read 2 children, 3 episodes (1 rejected), 2 events; 1 error, 2 warnings (census ReferenceDate 2024-03-31)');
  });

  it('reads stdin with -, and writes --out atomically', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wt-import-')), 'cases.ndjson');
    const run = await runWt(['import', 'cin', '-', '--out', out, '--quiet'], { input: censusReturn(child('A', [good])) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    expect(ndjson(readFileSync(out, 'utf8'))).toEqual([
      { id: 'A/1', child: 'A', events: [{ type: 'referral', date: '2024-01-08' }], facts: { 'referral-source': '1A', 'referral-nfa': false, age: 8 } },
    ]);
  });

  it('refuses an unknown kind of import and a missing file', async () => {
    expect((await runWt(['import', 'lac', 'x.xml'])).code).toBe(2);
    const missing = await runWt(['import', 'cin', 'no-such-census.xml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read no-such-census.xml: no such file');
  });
});

describe('wt eval --cases census.xml', () => {
  it('rejects the episode with an error, naming its case, line and the first error', async () => {
    const bad = '<CINdetails>\n<CINreferralDate>2024-01-32</CINreferralDate>\n<CINclosureDate>x</CINclosureDate>\n</CINdetails>';
    const file = tempFile('census.xml', censusReturn(child('A', [bad, good])));
    const run = await runWt(['eval', '--policy', 'policies/cin-census/cin-census.wt', '--cases', file, '--as-of', '2024-03-31', '--format', 'ndjson']);
    expect(run.code).toBe(1);
    expect((ndjson(run.stdout) as { case: string }[]).map((result) => result.case)).toEqual(['A/2']);
    expect(run.stderr).toContain(`${shown(file)}:12: error WT743 case A/1: CINreferralDate is not a date (YYYY-MM-DD) (and 1 more error in this episode)`);
  });

  it('knows a census file by its content when it has no .xml extension', async () => {
    const file = tempFile('census.txt', censusReturn(child('A', [good])));
    const run = await runWt(['eval', '--policy', 'policies/cin-census/cin-census.wt', '--cases', file, '--as-of', '2024-03-31', '--format', 'ndjson']);
    expect(run.code, run.stderr).toBe(0);
    expect((ndjson(run.stdout) as { case: string }[]).map((result) => result.case)).toEqual(['A/1']);
  });
});
