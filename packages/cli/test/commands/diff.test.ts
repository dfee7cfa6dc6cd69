import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runWt } from '../run-wt.js';

const WT2010 = 'policies/england/working-together-2010.wt';
const WT2013 = 'policies/england/working-together-2013.wt';
const NORTHMERE = 'policies/local/northmere.wt';
const DRAFT = 'packages/engine/test/fixtures/policy-diff/northmere-2025-draft.wt';
const CASES = 'examples/caseloads/hand-made.json';

describe('wt diff', () => {
  it('says that WT2013 replaced the initial and core assessments with one assessment, and exits 1', async () => {
    const run = await runWt(['diff', WT2010, WT2013]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'The initial and core assessments (within 10 working days of the referral, and within 35 working days of the core-assessment-start event) were replaced by one assessment within 45 working days of the referral.',
    );
    expect(run.stdout).toMatch(/Old {2}working-together-2010, version 2010, effective 2010-03-26 — sha256:[0-9a-f]{64}/);
  });

  it('exits 0 when the two policies are the same', async () => {
    const run = await runWt(['diff', NORTHMERE, NORTHMERE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The two policies are the same.');
  });

  it('shows looser, the statutory floor, a witness and the cases the draft changes', async () => {
    const run = await runWt(['diff', NORTHMERE, DRAFT, '--cases', CASES, '--as-of', '2024-06-28']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('assessment is looser: within 35 working days → 40 working days; within the statutory floor of 45 working days (working-together-2013).');
    expect(run.stdout).toContain('Witness: a case with significant-harm = false, disabled = false, needs-score = 3 and age = 1 gets different levels.');
    expect(run.stdout).toContain('22 of 44 cases change');
    expect(run.stdout).toMatch(/assessment {2}due later \(open\) {7}8/);
    expect(run.stdout).toContain('C-01-assessment-met — assessment from 2024-03-04: due later (met)');
    expect(run.stderr).toBe('');
  });

  it('writes JSON for tools, with both fingerprints and the impact', async () => {
    const run = await runWt(['diff', NORTHMERE, DRAFT, '--cases', CASES, '--as-of', '2024-06-28', '--format', 'json']);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as {
      diff: { old: { hash: string }; new: { hash: string }; rules: { id: string; direction: string; floor: { status: string } }[] };
      impact: { old: { hash: string }; byRule: { rule: string; kind: string; count: number }[]; thresholds: unknown[] };
    };
    expect(output.diff.old.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(output.impact.old.hash).toBe(output.diff.old.hash);
    expect(output.diff.rules).toMatchObject([{ id: 'assessment', direction: 'looser', floor: { status: 'within-floor' } }]);
    expect(output.impact.byRule[0]).toEqual({ rule: 'assessment', kind: 'due later (open)', count: 8 });
    expect(output.impact.thresholds).toHaveLength(1);
  });

  it('writes Markdown and a self-contained HTML page', async () => {
    const markdown = await runWt(['diff', WT2010, WT2013, '--format', 'md']);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('## Timescales, review points and decision points');
    expect(markdown.stdout).toContain('| *initial-assessment*<br>timescale | removed | **looser** |');
    const out = join(mkdtempSync(join(tmpdir(), 'wt-diff-')), 'changes.html');
    const html = await runWt(['diff', NORTHMERE, DRAFT, '--format', 'html', '--out', out]);
    expect(html.code).toBe(1);
    expect(html.stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-`);
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('<span class="tone-looser">looser</span>');
  });

  it('exits 2 on trouble: a missing file, a policy with errors, --as-of without --cases', async () => {
    const missing = await runWt(['diff', 'no-such.wt', NORTHMERE]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read no-such.wt: no such file or directory');
    const broken = await runWt(['diff', 'examples/policies/loosened-assessment.wt', NORTHMERE]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('WT411');
    expect((await runWt(['diff', NORTHMERE, DRAFT, '--as-of', '2024-06-28'])).code).toBe(2);
  });
});

describe('wt diff REV:path', () => {
  function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  }

  function repository(): string {
    const root = mkdtempSync(join(tmpdir(), 'wt-diff-git-'));
    git(root, 'init', '--quiet');
    mkdirSync(join(root, 'policies', 'local'), { recursive: true });
    copyFileSync(join(REPO_ROOT, NORTHMERE), join(root, 'policies', 'local', 'northmere.wt'));
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'Northmere 2024');
    return root;
  }

  it('reads the old version with git: HEAD~1:path against the working tree', async () => {
    const root = repository();
    const file = join(root, 'policies', 'local', 'northmere.wt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('within 35 working days\n', 'within 40 working days\n'));
    git(root, 'commit', '--quiet', '-am', 'Loosen the assessment');
    const run = await runWt(['diff', 'HEAD~1:policies/local/northmere.wt', 'policies/local/northmere.wt'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('assessment is looser: within 35 working days → 40 working days; within the statutory floor of 45 working days (working-together-2013).');
    const same = await runWt(['diff', 'HEAD:policies/local/northmere.wt', 'policies/local/northmere.wt'], { cwd: root });
    expect(same.code).toBe(0);
  });

  it('resolves extends at the same revision', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wt-diff-git-'));
    git(root, 'init', '--quiet');
    const base = (days: number) =>
      `policy base {\n  calendar office\n}\ncalendar office {\n  weekend saturday sunday\n}\nevent a "Start"\nevent b "Finish"\ntimescale r "Do it" {\n  starts at first a\n  requires b within ${days} working days\n  statutory\n}\n`;
    writeFileSync(join(root, 'base.wt'), base(10));
    writeFileSync(join(root, 'local.wt'), 'policy local extends base {\n  title "Local"\n}\n');
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'one');
    writeFileSync(join(root, 'base.wt'), base(12));
    git(root, 'commit', '--quiet', '-am', 'two');
    // local.wt did not change, but its base did: at HEAD~1 it extends the base of HEAD~1 (10 working days).
    const run = await runWt(['diff', 'HEAD~1:local.wt', 'local.wt'], { cwd: root, env: { WT_NO_BUNDLED_POLICIES: '1' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('r is looser: within 10 working days → 12 working days');
  });

  it('exits 2 for a revision or path that git does not know', async () => {
    const root = repository();
    const run = await runWt(['diff', 'no-such-rev:policies/local/northmere.wt', 'policies/local/northmere.wt'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read no-such-rev:policies/local/northmere.wt');
  });

  it('reads a directory of versions at a revision', async () => {
    const root = mkdtempSync(join(tmpdir(), 'wt-diff-git-'));
    git(root, 'init', '--quiet');
    mkdirSync(join(root, 'england'));
    copyFileSync(join(REPO_ROOT, WT2010), join(root, 'england', 'working-together-2010.wt'));
    git(root, 'add', '.');
    git(root, 'commit', '--quiet', '-m', 'WT2010 only');
    copyFileSync(join(REPO_ROOT, WT2013), join(root, 'england', 'working-together-2013.wt'));
    const run = await runWt(['diff', 'HEAD:england', 'england', '--format', 'json'], { cwd: root });
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as { diff: { addedVersions: { id: string }[]; versions: { equal: boolean }[] } };
    expect(output.diff.addedVersions.map((version) => version.id)).toEqual(['working-together-2013']);
    expect(output.diff.versions.map((version) => version.equal)).toEqual([true]);
  });
});
