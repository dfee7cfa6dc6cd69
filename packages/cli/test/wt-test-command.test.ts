/** `wt test`, run as a user runs it: the fixtures under fixtures/failing/ fail on purpose. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runWt } from './run-wt.js';

const FAILING = 'packages/cli/test/fixtures/failing';
const WT2013 = join(REPO_ROOT, 'policies/england/working-together-2013.wt');

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(text).not.toContain('internal error');
}

/** A fixture of the Spring bank holiday ICPC in a scratch directory; `due` is what it expects. */
function scratchFixture(due: string, extra: Record<string, string> = {}): string {
  const directory = mkdtempSync(join(tmpdir(), 'wt-test-'));
  const fixture = [
    `policy: ${WT2013}`,
    'cases:',
    '  - id: icpc-spring-2024',
    '    events:',
    '      - { type: strategy-discussion, date: 2024-05-10, s47: true }',
    'expect:',
    '  - as-of: 2024-05-31',
    '    obligations:',
    `      - { rule: icpc, due: ${due}, status: due-soon }   # May 13–17 (5), 20–24 (10), 28–31 (14), Jun 3 (15)`,
    '',
  ].join('\n');
  writeFileSync(join(directory, 'icpc.fixture.yaml'), fixture);
  for (const [name, text] of Object.entries(extra)) {
    mkdirSync(join(directory, name, '..'), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
  return directory;
}

describe('wt test', () => {
  it('catches a wrong expectation: a diff per field with the explanation, the summary line, exit 1', async () => {
    const run = await runWt(['test', `${FAILING}/wrong-due-date.fixture.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const out = lines(run.stdout);
    expect(out[0]).toBe(`FAIL ${FAILING}/wrong-due-date.fixture.yaml:11:5  case icpc-spring-2024 as of 2024-05-31`);
    expect(out).toContain('  obligation icpc (start 2024-05-10), line 13:');
    expect(out).toContain('    field  expected    actual');
    expect(out).toContain('    due    2024-05-31  2024-06-03');
    expect(run.stdout).toContain('skipping 8 weekend days and 1 bank holiday: Spring bank holiday on Mon 2024-05-27');
    // The second block of the file passes; the summary is the last line, alone.
    expect(out.at(-1)).toBe('1 passed, 1 failed');
  });

  it('reports malformed files as file:line:col, counts them as failed, and never crashes', async () => {
    const run = await runWt(['test', FAILING]);
    expect(run.code).toBe(1);
    expectNoStackTrace(run.stdout + run.stderr);
    expect(run.stdout).toContain(`  ${FAILING}/malformed-yaml.fixture.yaml:6:1: error YAML: Flow map in block collection`);
    expect(run.stdout).toContain(
      `  ${FAILING}/unknown-field.fixture.yaml:9:29: error unknown field \`late-by\` in item 1 of \`obligations\` (did you mean \`lateBy\`?)`,
    );
    expect(run.stdout).toContain('  obligation referal-decision, line 17: missing: the policy has no rule `referal-decision` (did you mean `referral-decision`?)');
    expect(run.stdout).toContain('  unexpected obligation referral-decision (start 2024-06-20): not expected (the block is exhaustive)');
    expect(run.stdout).toContain(`  cannot read the policy ${FAILING}/no-such-policy.wt: no such file or directory`);
    expect(run.stdout).toContain('  case bad-date (line 3): /events/0/date is not a valid date (YYYY-MM-DD) [WT704]');
    // wrong-due-date: 1 passed, 1 failed; malformed-yaml, unknown-field, missing-and-unexpected,
    // rejected-case: 1 failed each; missing-policy: 2 failed (two as-of dates).
    expect(lines(run.stdout).at(-1)).toBe('1 passed, 7 failed');
  });

  it('passes every fixture of policies/', async () => {
    const run = await runWt(['test', 'policies/']);
    expect(run.stdout).toMatch(/^\d+ passed, 0 failed\n$/);
    expect(Number(run.stdout.split(' ')[0])).toBeGreaterThanOrEqual(100);
    expect(run.code).toBe(0);
  });

  it('searches the current directory by default, skipping node_modules; --verbose lists what passed', async () => {
    const directory = scratchFixture('2024-06-03', { 'node_modules/pkg/bad.fixture.yaml': 'not: [a fixture' });
    const run = await runWt(['test', '--verbose'], { cwd: directory });
    expect(run.stdout).toBe('ok   icpc.fixture.yaml:7  case icpc-spring-2024 as of 2024-05-31\n1 passed, 0 failed\n');
    expect(run.code).toBe(0);
  });

  it('--update fills in the actual values, keeping the comment; the fixture then passes', async () => {
    const directory = scratchFixture('2024-05-31');
    const run = await runWt(['test', '--update', '.'], { cwd: directory });
    expect(run.stderr).toBe('wt test: updated icpc.fixture.yaml: 1 value\n');
    expect(run.stdout).toBe('1 passed, 0 failed\n');
    expect(run.code).toBe(0);
    expect(readFileSync(join(directory, 'icpc.fixture.yaml'), 'utf8')).toContain(
      '      - { rule: icpc, due: 2024-06-03, status: due-soon }   # May 13–17 (5), 20–24 (10), 28–31 (14), Jun 3 (15)\n',
    );
  });

  it('--format json: every case with its failures; the summary on stderr', async () => {
    const run = await runWt(['test', '--format', 'json', `${FAILING}/wrong-due-date.fixture.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('1 passed, 1 failed\n');
    const report = JSON.parse(run.stdout) as { summary: unknown; files: { file: string; cases: { passed: boolean; failures: { diffs: unknown }[] }[] }[] };
    expect(report.summary).toEqual({ passed: 1, failed: 1 });
    expect(report.files[0]!.file).toBe(`${FAILING}/wrong-due-date.fixture.yaml`);
    expect(report.files[0]!.cases.map((c) => c.passed)).toEqual([false, true]);
    expect(report.files[0]!.cases[0]!.failures[0]!.diffs).toEqual([{ field: 'due', expected: '2024-05-31', actual: '2024-06-03' }]);
  });

  it('--format junit writes JUnit XML for CI, to --out when given', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wt-junit-')), 'fixtures.xml');
    const run = await runWt(['test', '--format', 'junit', '--out', out, `${FAILING}/wrong-due-date.fixture.yaml`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('1 passed, 1 failed\n');
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<testsuites name="wt test" tests="2" failures="1" errors="0">');
    expect(xml).toContain('<failure message="1 expectation failed" type="expectation">');
  });

  it('--coverage reports the rules, statuses and edge classes exercised, and the rules none touches', async () => {
    const run = await runWt(['test', '--coverage', 'policies/england/wt2013-lado.fixture.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('coverage of working-together-2013 (policies/england/working-together-2013.wt)');
    expect(run.stdout).toMatch(/\n {2}lado-report +met late due-soon overdue +bank-holiday-crossed\n/);
    expect(run.stdout).toContain(
      '  not touched by any fixture: referral-decision, assessment, icpc, first-core-group, first-review, later-reviews, transfer-in-conference\n',
    );
    expect(lines(run.stdout).at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('exits 2 on a path that does not exist, and is listed in wt --help', async () => {
    const run = await runWt(['test', 'no/such/dir']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("wt test: cannot read no/such/dir: no such file or directory\nRun 'wt test --help' for usage.\n");
    expect((await runWt(['--help'])).stdout).toContain('  test');
  });
});
