import { describe, expect, it } from 'vitest';
import { runWt } from '../run-wt.js';

const POLICY = 'packages/cli/test/fixtures/policies/tiny.wt';
const CASES = 'packages/cli/test/fixtures/cases';
const explainArgs = (cases: string, caseId: string, ...more: string[]) => [
  'explain', '--policy', POLICY, '--cases', cases, '--case', caseId, '--as-of', '2024-06-03', ...more,
];

describe('wt explain', () => {
  it('explains every obligation of one case in plain English', async () => {
    const run = await runWt(explainArgs(`${CASES}/tiny.csv`, 'C-3'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Case C-3, as of 2024-06-03\n/);
    // ICPC: 15 working days after Tue 7 May 2024 is Wed 29 May (Mon 27 May is a bank holiday); held Thu 30 May.
    expect(run.stdout).toContain('icpc: Hold the initial conference (timescale, statutory)\n  late: done on 2024-05-30, 1 working day after it was due 2024-05-29\n');
    expect(run.stdout).toContain('referral-decision: Decide on the referral (timescale, statutory)\n  overdue by 19 working days: due 2024-05-03, not done\n');
    expect(run.stdout).toContain('Spring bank holiday');
    expect(run.stdout).toContain('Thresholds\n  need: cannot decide: missing needs-score\n');
    expect(run.stderr).toBe('');
  });

  it('gives the result with explanations as JSON', async () => {
    const run = await runWt(explainArgs(`${CASES}/tiny.ndjson`, 'C-1', '--format', 'json'));
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { case: string; obligations: { rule: string; due: string; explanation: { kind: string; text: string }[] }[] };
    expect(result.case).toBe('C-1');
    expect(result.obligations.map((o) => [o.rule, o.due])).toEqual([
      ['assessment', '2024-07-08'],
      ['referral-decision', '2024-05-03'],
    ]);
    expect(result.obligations[0]!.explanation.length).toBeGreaterThan(0);
  });

  it('exits 1 when the case is not there, saying how many records it read', async () => {
    const run = await runWt(explainArgs(`${CASES}/tiny.json`, 'C-9'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`wt explain: no case C-9 in ${CASES}/tiny.json (read 4 records)\n`);
  });

  it('exits 1 with the record\'s problems when the case is rejected', async () => {
    const run = await runWt(explainArgs(`${CASES}/mixed.ndjson`, 'C-7'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^packages\/cli\/test\/fixtures\/cases\/mixed\.ndjson:8: error WT706 case C-7: \/events\/0\/s47 /);
    expect(run.stderr).not.toContain('SECRET');
  });

  it('exits 2 without --case', async () => {
    const run = await runWt(['explain', '--policy', POLICY, '--cases', `${CASES}/tiny.json`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('missing --case ID');
  });
});
