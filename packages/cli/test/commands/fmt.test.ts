import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPolicyFiles } from '../../src/policy-files.js';
import { FIXTURES, REPO_ROOT, runWt } from '../run-wt.js';

const TINY = readFileSync(join(FIXTURES, 'policies/tiny.wt'), 'utf8');

describe('wt fmt', () => {
  it('lists files that are not formatted with --check (exit 1), rewrites them without it, then passes', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-fmt-'));
    const messy = TINY.replace('policy tiny {', 'policy   tiny    {').replace('  statutory\n', '      statutory\n');
    writeFileSync(join(directory, 'messy.wt'), messy);
    writeFileSync(join(directory, 'tidy.wt'), TINY.replace('policy tiny', 'policy tidy'));

    const check = await runWt(['fmt', '--check', '.'], { cwd: directory });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe('messy.wt\n');
    expect(readFileSync(join(directory, 'messy.wt'), 'utf8')).toBe(messy);

    const format = await runWt(['fmt', '.'], { cwd: directory });
    expect(format.code).toBe(0);
    expect(format.stdout).toBe('');
    expect(readFileSync(join(directory, 'messy.wt'), 'utf8')).toBe(TINY);
    expect(readdirSync(directory).sort()).toEqual(['messy.wt', 'tidy.wt']);

    expect((await runWt(['fmt', '--check', '.'], { cwd: directory })).code).toBe(0);
  });

  it('leaves a file with syntax errors alone and reports them', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-fmt-'));
    const broken = TINY.replace('thresholds need "Level of need" {', 'thresholds need "Level of need"');
    writeFileSync(join(directory, 'broken.wt'), broken);
    const run = await runWt(['fmt', 'broken.wt'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^broken\.wt:\d+:\d+: error WT1\d\d /m);
    expect(readFileSync(join(directory, 'broken.wt'), 'utf8')).toBe(broken);
  });

  it('formats stdin to stdout with -', async () => {
    const run = await runWt(['fmt', '-'], { input: TINY.replace('policy tiny {', 'policy tiny{') });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(TINY);
  });

  const bundled = listPolicyFiles(join(REPO_ROOT, 'policies'), 3);
  it.skipIf(bundled.length === 0)('finds every policy in policies/ formatted', async () => {
    const run = await runWt(['fmt', '--check', 'policies/']);
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });
});
