/**
 * No personal data in logs or errors: messages name a record by its file, line and case id, never
 * by an attribute, a fact or a date. Records carrying distinctive values ("SECRET-…") in attributes
 * and facts, of the right and of the wrong types, go through eval (NDJSON, JSON, CSV, with and
 * without --explain), report, explain, test (fixtures) and import (a census return); the values never
 * reach stderr or an error report, only the results the user asked for.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fuzz/support/corpus.js';
import { runWtInProcess } from './support/run-wt-in-process.js';

const SECRET = /SECRET-[A-Z]+-\d+/;
const scratch = mkdtempSync(join(tmpdir(), 'wt-personal-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
copyFileSync(join(REPO_ROOT, 'test/bad-inputs/shared/policy.wt'), join(scratch, 'policy.wt'));

/** Records good and bad, every attribute and fact value distinctive. */
const RECORDS = [
  // Evaluated: an undeclared attribute and an undeclared fact (warnings name their keys only).
  { id: 'C-1', events: [{ type: 'referral', date: '2024-05-02', worker: 'SECRET-NAME-1' }, { type: 'decision', date: '2024-05-03' }], facts: { 'needs-score': 4, 'child-name': 'SECRET-NAME-2' } },
  // Rejected: declared attributes and facts of the wrong type or outside their values.
  { id: 'C-2', events: [{ type: 'strategy-discussion', date: '2024-05-02', s47: 'SECRET-FLAG-3' }] },
  { id: 'C-3', events: [{ type: 'referral-closed', date: '2024-05-02', outcome: 'SECRET-PLACE-4' }] },
  { id: 'C-4', events: [{ type: 'referral', date: '2024-05-02' }], facts: { 'needs-score': 'SECRET-SCORE-5' } },
  { id: 'C-5', events: [{ type: 'referral', date: 'SECRET-DATE-6' }] },
  { id: 'C-6', events: [{ type: 'referral', date: '2024-05-02', 'SECRET-KEY-7': { nested: 'SECRET-NAME-8' } }], facts: 'SECRET-NAME-9' },
  { id: 'C-7', events: [{ type: 'icpc', date: '2024-05-02', note: ['SECRET-NAME-10'] }], facts: { 'needs-score': { value: 'SECRET-SCORE-11' } } },
];
const NDJSON = RECORDS.map((record) => JSON.stringify(record)).join('\n') + '\n{"id":"C-8","events":[{"type":"referral","date":"SECRET-DATE-12"\n';
const CSV =
  'case,event,date,s47,outcome,worker,fact:needs-score,fact:child-name\n' +
  'C-1,referral,2024-05-02,,,SECRET-NAME-1,4,SECRET-NAME-2\n' +
  'C-2,strategy-discussion,2024-05-02,SECRET-FLAG-3,,,,\n' +
  'C-3,referral-closed,2024-05-02,,SECRET-PLACE-4,,,\n' +
  'C-4,referral,2024-05-02,,,,SECRET-SCORE-5,\n' +
  'C-5,referral,SECRET-DATE-6,,,,,\n' +
  'C-6,referral,2024-05-02,,,,1,SECRET-NAME-7\n' +
  'C-6,decision,2024-05-03,,,,2,SECRET-NAME-8\n' +
  'C-7,referral,2024-05-02,,,,,"SECRET-NAME-9\n';

writeFileSync(join(scratch, 'cases.ndjson'), NDJSON);
writeFileSync(join(scratch, 'cases.json'), JSON.stringify(RECORDS, null, 2));
writeFileSync(join(scratch, 'cases.csv'), CSV);

async function wt(args: string[]) {
  return runWtInProcess(args, { cwd: scratch, env: { WT_NO_BUNDLED_POLICIES: '1' } });
}

describe('no personal data in messages', () => {
  for (const file of ['cases.ndjson', 'cases.json', 'cases.csv']) {
    it(`wt eval ${file}: rejected records are named by line and case id, their values never shown`, async () => {
      for (const format of ['ndjson', 'table', 'csv']) {
        const run = await wt(['eval', '--policy', 'policy.wt', '--cases', file, '--as-of', '2024-06-03', '--format', format]);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}:\\d+: error WT7\\d\\d case C-\\d: `, 'm'));
        expect(run.stderr).not.toMatch(SECRET);
        // The results hold what the user asked for: the warnings name the undeclared keys only.
        expect(run.stdout).not.toMatch(SECRET);
      }
      const explained = await wt(['eval', '--policy', 'policy.wt', '--cases', file, '--as-of', '2024-06-03', '--explain']);
      expect(explained.stderr).not.toMatch(SECRET);
    });
  }

  it('wt report: rejected records are named the same way, and the report quotes no value', async () => {
    for (const file of ['cases.ndjson', 'cases.json', 'cases.csv']) {
      const run = await wt(['report', '--policy', 'policy.wt', '--cases', file, '--period', '2024-01-01..2024-12-31', '--as-of', '2024-12-31', '--format', 'json']);
      expect(run.stderr).toMatch(/ error WT7\d\d case C-\d: /);
      expect(`${run.stdout}${run.stderr}`, file).not.toMatch(SECRET);
    }
  });

  it('wt explain: neither for an evaluated case nor for a rejected one', async () => {
    for (const id of ['C-1', 'C-2', 'C-4', 'C-6', 'C-9']) {
      const run = await wt(['explain', '--policy', 'policy.wt', '--cases', 'cases.ndjson', '--case', id, '--as-of', '2024-06-03']);
      expect(`${run.stdout}${run.stderr}`, id).not.toMatch(SECRET);
    }
  });

  it('wt test: the report of a fixture whose cases are rejected or fail names fields, not values', async () => {
    const fixture = [
      'policy: policy.wt',
      'cases:',
      ...RECORDS.slice(0, 4).map((record) => `  - ${JSON.stringify(record)}`),
      'expect:',
      ...RECORDS.slice(0, 4).map((record) => `  - { as-of: 2024-06-03, case: ${record.id}, obligations: [{ rule: assessment, status: met }] }`),
      '',
    ].join('\n');
    writeFileSync(join(scratch, 'secret.fixture.yaml'), fixture);
    const run = await wt(['test', 'secret.fixture.yaml', '--verbose']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('C-2');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(SECRET);
    for (const format of ['json', 'junit']) {
      const report = await wt(['test', 'secret.fixture.yaml', '--format', format]);
      expect(report.stdout).toContain('C-4');
      expect(`${report.stdout}${report.stderr}`, format).not.toMatch(SECRET);
    }
  });

  const census = new URL('../../shared/data/cin/samples/d2i-CIN_Census_2024.xml', import.meta.url);
  it.skipIf(!existsSync(census))('wt import cin: problems name the element and the child, never the value', async () => {
    const xml = readFileSync(census, 'utf8')
      .replace(/<PersonBirthDate>[^<]*<\/PersonBirthDate>/, '<PersonBirthDate>SECRET-DATE-1</PersonBirthDate>')
      .replace(/<PrimaryNeedCode>[^<]*<\/PrimaryNeedCode>/, '<PrimaryNeedCode>SECRET-CODE-2</PrimaryNeedCode>')
      .replace(/<CINreferralDate>[^<]*<\/CINreferralDate>/, '<CINreferralDate>SECRET-DATE-3</CINreferralDate>')
      .replace(/<ReferralSource>[^<]*<\/ReferralSource>/, '<ReferralSource>SECRET-CODE-4</ReferralSource><SecretName>SECRET-NAME-5</SecretName>');
    writeFileSync(join(scratch, 'census.xml'), xml);
    const run = await wt(['import', 'cin', 'census.xml']);
    expect(run.stderr).toMatch(/^census\.xml:\d+: error WT7\d\d child /m);
    expect(run.stderr).not.toMatch(SECRET);
  });
});
