import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ndjson, REPO_ROOT, runWt } from '../run-wt.js';

const POLICY = 'packages/cli/test/fixtures/policies/tiny.wt';
const CASES = 'packages/cli/test/fixtures/cases';
const evalArgs = (cases: string, ...more: string[]) => ['eval', '--policy', POLICY, '--cases', cases, '--as-of', '2024-06-03', ...more];

type Row = { rule: string; start: string; due: string | null; completed: string | null; status: string; lateBy: number | null; overdueBy: number | null };
const brief = (o: Row) => [o.rule, o.start, o.due, o.completed, o.status, o.lateBy ?? o.overdueBy];

describe('wt eval', () => {
  it('gives the hand-worked due dates and statuses, one NDJSON line per case', async () => {
    const run = await runWt(evalArgs(`${CASES}/tiny.ndjson`));
    expect(run.code).toBe(0);
    const results = ndjson(run.stdout) as { case: string; asOf: string; policy: { id: string }; obligations: Row[]; thresholds: { level: number | null }[] }[];
    expect(results.map((r) => r.case)).toEqual(['C-1', 'C-2', 'C-3', 'C-4']);
    expect(results[0]!.asOf).toBe('2024-06-03');
    expect(results[0]!.policy.id).toBe('tiny');
    // C-1: referral Thu 2 May 2024. Decision: 1 working day after → Fri 3 May; done then: met.
    // Assessment: 45 working days after Thu 2 May, skipping the bank holidays Mon 6 May and Mon 27 May:
    // May has 19 working days after the 2nd, June 20, so the 45th is the 6th in July: Mon 8 July.
    expect(results[0]!.obligations.map(brief)).toEqual([
      ['assessment', '2024-05-02', '2024-07-08', null, 'open', null],
      ['referral-decision', '2024-05-02', '2024-05-03', '2024-05-03', 'met', null],
    ]);
    expect(results[0]!.thresholds[0]!.level).toBe(3);
    // C-2: referral Fri 24 May; Mon 27 May is a bank holiday, so the decision is due Tue 28 May.
    // As of Mon 3 June it is overdue by Wed 29, Thu 30, Fri 31 May and Mon 3 June = 4 working days.
    // Assessment: Tue 28 May is day 1, so day 45 is Mon 29 July.
    expect(results[1]!.obligations.map(brief)).toEqual([
      ['assessment', '2024-05-24', '2024-07-29', null, 'open', null],
      ['referral-decision', '2024-05-24', '2024-05-28', null, 'overdue', 4],
    ]);
    // C-3: strategy discussion (s47) Tue 7 May; 15 working days: 8–10 May (3), 13–17 (5), 20–24 (5),
    // Mon 27 May holiday, Tue 28 (14), Wed 29 May (15). ICPC on Thu 30 May: late by 1 working day.
    // The decision, due Fri 3 May, is overdue by 19 working days on 3 June (4 + 5 + 5 + 4 + 1).
    expect(results[2]!.obligations.map(brief)).toEqual([
      ['assessment', '2024-05-02', '2024-07-08', null, 'open', null],
      ['referral-decision', '2024-05-02', '2024-05-03', null, 'overdue', 19],
      ['icpc', '2024-05-07', '2024-05-29', '2024-05-30', 'late', 1],
    ]);
    // C-4: the referral closed on 10 May, which cancels the assessment.
    expect(results[3]!.obligations.map((o) => [o.rule, o.status, (o as { cancelledOn?: string }).cancelledOn])).toEqual([
      ['assessment', 'cancelled', '2024-05-10'],
      ['referral-decision', 'met', undefined],
    ]);
    expect(run.stderr).toBe(
      'wt eval: read 4 records: 4 evaluated, 0 rejected; 9 obligations: 2 met, 1 late, 3 open, 0 due-soon, 2 overdue, 1 cancelled\n',
    );
  });

  it('writes obligations in exactly the documented shape, explanations only with --explain', async () => {
    const plain = ndjson((await runWt(evalArgs(`${CASES}/tiny.ndjson`))).stdout) as Record<string, unknown>[];
    expect(Object.keys(plain[0]!)).toEqual(['case', 'asOf', 'policy', 'obligations', 'thresholds', 'escalations', 'warnings']);
    const obligation = (plain[0]!.obligations as Record<string, unknown>[])[0]!;
    expect(Object.keys(obligation)).toEqual(['rule', 'kind', 'title', 'start', 'due', 'completed', 'status', 'lateBy', 'overdueBy', 'provisional', 'version']);
    const explained = ndjson((await runWt(evalArgs(`${CASES}/tiny.ndjson`, '--explain'))).stdout) as { obligations: { explanation: { text: string }[] }[] }[];
    expect(explained[0]!.obligations[0]!.explanation.length).toBeGreaterThan(0);
  });

  it('gives the same results from stdin, a JSON array and a CSV file as from NDJSON', async () => {
    const file = (name: string) => readFileSync(join(REPO_ROOT, CASES, name));
    const runs = await Promise.all([
      runWt(evalArgs(`${CASES}/tiny.ndjson`)),
      runWt(evalArgs('-'), { input: file('tiny.ndjson') }),
      runWt(evalArgs(`${CASES}/tiny.json`)),
      runWt(evalArgs(`${CASES}/tiny.csv`)),
      runWt(evalArgs('-'), { input: file('tiny.csv') }),
      runWt(evalArgs('-', '--cases-format', 'json'), { input: file('tiny.json') }),
    ]);
    const expected = runs[0]!.stdout;
    expect(expected).not.toBe('');
    expect(runs.map((run) => run.stdout)).toEqual(runs.map(() => expected));
    expect(runs.map((run) => run.code)).toEqual(runs.map(() => 0));
  });

  it('reports bad records by line and field without quoting case data, evaluates the rest, and counts them all', async () => {
    const run = await runWt(evalArgs(`${CASES}/mixed.ndjson`));
    expect(run.code).toBe(1);
    expect((ndjson(run.stdout) as { case: string }[]).map((r) => r.case)).toEqual(['C-1', 'C-2', 'C-3']);
    const file = `${CASES}/mixed.ndjson`;
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(new RegExp(`^${file}:2: error WT720 not valid JSON`)),
      `${file}:5: error WT710 case C-1: this case id was already used by the record at line 1`,
      expect.stringMatching(new RegExp(`^${file}:6: error WT704 case C-5: /events/0/date `)),
      expect.stringMatching(new RegExp(`^${file}:7: error WT705 case C-6: /events/0/type`)),
      expect.stringMatching(new RegExp(`^${file}:8: error WT706 case C-7: /events/0/s47 `)),
      expect.stringMatching(new RegExp(`^${file}:9: error WT702 /id`)),
      expect.stringMatching(new RegExp(`^${file}:11: error WT707 case C-8: /facts/needs-score `)),
    ]);
    expect(lines.at(-1)).toMatch(/^wt eval: read 10 records: 3 evaluated, 7 rejected;/);
    for (const secret of ['SECRET-NOT-JSON', 'SECRET-VALUE', 'SECRET-FACT', '2023-02-30']) expect(run.stderr).not.toContain(secret);
  });

  it('counts every record of a large file with scattered bad ones: read = evaluated + rejected', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-eval-'));
    const good = readFileSync(join(REPO_ROOT, CASES, 'tiny.ndjson'), 'utf8').trim().split('\n');
    const lines: string[] = [];
    let bad = 0;
    for (let i = 0; i < 3000; i++) {
      if (i % 97 === 13) {
        lines.push(['{"id":', 'not json at all', `{"id":"X-${i}","events":[{"type":"referral","date":"2024-13-01"}]}`, '[]'][i % 4]!);
        bad++;
      } else {
        lines.push(good[i % good.length]!.replace(/"id":"C-(\d)"/, `"id":"C-$1-${i}"`));
      }
    }
    writeFileSync(join(directory, 'big.ndjson'), `${lines.join('\n')}\n`);
    const run = await runWt(['eval', '--policy', join(REPO_ROOT, POLICY), '--cases', 'big.ndjson', '--as-of', '2024-06-03'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(ndjson(run.stdout)).toHaveLength(3000 - bad);
    expect(run.stderr).toContain(`read 3000 records: ${3000 - bad} evaluated, ${bad} rejected;`);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('big.ndjson:'))).toHaveLength(bad);
  });

  it('with --jobs 2 writes byte for byte what one thread writes, in order, and reports the same rejections', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-eval-'));
    const good = readFileSync(join(REPO_ROOT, CASES, 'tiny.ndjson'), 'utf8').trim().split('\n');
    const lines: string[] = [];
    // Over a megabyte, so that the workers get many batches; duplicates far apart (in different
    // batches), unreadable and invalid records, blank lines, CRLF endings and a byte order mark.
    for (let i = 0; i < 12_000; i++) {
      if (i % 1013 === 7) lines.push(['{"id":', `{"id":"X-${i}","events":[{"type":"referral","date":"2024-13-01"}]}`, '', '  '][i % 4]!);
      else if (i % 2999 === 11) lines.push(good[0]!.replace(/"id":"C-(\d)"/, '"id":"C-dup-é"'));
      else lines.push(good[i % good.length]!.replace(/"id":"C-(\d)"/, `"id":"C-$1-${i}-ü"`));
    }
    writeFileSync(join(directory, 'big.ndjson'), `\ufeff${lines.join(`\r\n`)}`);
    for (const format of ['ndjson', 'json']) {
      const args = ['eval', '--policy', join(REPO_ROOT, POLICY), '--cases', 'big.ndjson', '--as-of', '2024-06-03', '--format', format];
      const one = await runWt(args, { cwd: directory });
      const two = await runWt([...args, '--jobs', '2'], { cwd: directory });
      expect(one.code).toBe(1);
      expect(two.code).toBe(one.code);
      expect(two.stderr).toBe(one.stderr);
      expect(two.stdout).toBe(one.stdout);
      // The second and later records with the id C-dup-é are rejected, naming the first by its line (12).
      expect(one.stderr).toContain('big.ndjson:3011: error WT710 case C-dup-é: this case id was already used by the record at line 12');
    }
  }, 120_000);

  it('writes --format json as one array, csv as one row per obligation, and table for people', async () => {
    const json = JSON.parse((await runWt(evalArgs(`${CASES}/tiny.ndjson`, '--format', 'json'))).stdout) as { case: string }[];
    expect(json.map((r) => r.case)).toEqual(['C-1', 'C-2', 'C-3', 'C-4']);
    const csv = (await runWt(evalArgs(`${CASES}/tiny.ndjson`, '--format', 'csv'))).stdout.split('\r\n');
    expect(csv[0]).toBe('case,asOf,policy,rule,kind,title,start,due,completed,status,lateBy,overdueBy,provisional,version,cancelledOn,cancelledBy');
    expect(csv[1]).toBe('C-1,2024-06-03,tiny,assessment,timescale,Complete the assessment,2024-05-02,2024-07-08,,open,,,false,tiny,,');
    expect(csv.filter((line) => line !== '')).toHaveLength(1 + 9);
    const table = (await runWt(evalArgs(`${CASES}/tiny.ndjson`, '--format', 'table'))).stdout;
    expect(table).toContain('  referral-decision  2024-05-24  2024-05-28  -           overdue by 4 working days');
    const empty = await runWt(evalArgs('-', '--format', 'json'), { input: '' });
    expect(empty.stdout).toBe('[]\n');
    expect(empty.code).toBe(0);
  });

  it('writes --out atomically: the file appears whole, and an old one survives a failed run', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-out-'));
    const out = join(directory, 'results.ndjson');
    writeFileSync(out, 'OLD\n');
    const failed = await runWt([...evalArgs(`${CASES}/no-such.ndjson`), '--out', out]);
    expect(failed.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('OLD\n');
    const run = await runWt([...evalArgs(`${CASES}/tiny.ndjson`), '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect((await runWt(evalArgs(`${CASES}/tiny.ndjson`))).stdout).toBe(readFileSync(out, 'utf8'));
    expect(readdirSync(directory)).toEqual(['results.ndjson']);
  });

  it('exits 2 on misuse: a date that does not exist, a missing --cases, an unreadable file', async () => {
    const badDate = await runWt(['eval', '--policy', POLICY, '--cases', `${CASES}/tiny.ndjson`, '--as-of', '2023-02-30']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--as-of must be a date that exists');
    const noCases = await runWt(['eval', '--policy', POLICY, '--as-of', '2024-06-03']);
    expect(noCases.code).toBe(2);
    expect(noCases.stderr).toContain('missing --cases');
    const missing = await runWt(evalArgs(`${CASES}/nothing.ndjson`));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`cannot read ${CASES}/nothing.ndjson`);
  });

  it('says on stderr which date it used when --as-of is left out', async () => {
    const run = await runWt(['eval', '--policy', POLICY, '--cases', `${CASES}/tiny.ndjson`]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^wt eval: as of \d{4}-\d{2}-\d{2} \(today\)\n/);
  });

  it('exits 1 without evaluating when the policy has errors', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-bad-'));
    writeFileSync(join(directory, 'bad.wt'), readFileSync(join(REPO_ROOT, POLICY), 'utf8').replace('requires decision', 'requires decison'));
    const run = await runWt(['eval', '--policy', 'bad.wt', '--cases', join(REPO_ROOT, CASES, 'tiny.ndjson'), '--as-of', '2024-06-03'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^bad\.wt:\d+:\d+: error WT2\d\d /m);
    expect(run.stderr).toContain('nothing was evaluated');
  });

  it('through `pnpm --silent wt` (pnpm 12 spells -s so), writes only results to stdout', async () => {
    const output = await new Promise<{ stdout: string; code: number | null }>((resolve, reject) => {
      const child = spawn('pnpm', ['--silent', 'wt', ...evalArgs(`${CASES}/mixed.ndjson`)], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.resume();
      child.on('error', reject);
      child.on('close', (code) => resolve({ stdout, code }));
    });
    expect(output.code).toBe(1);
    for (const line of output.stdout.trimEnd().split('\n')) expect(JSON.parse(line)).toHaveProperty('case');
    expect(ndjson(output.stdout)).toHaveLength(3);
  });
});
