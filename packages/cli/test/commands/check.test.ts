import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPolicyFiles } from '../../src/policy-files.js';
import { FIXTURES, REPO_ROOT, runWt } from '../run-wt.js';

const TINY = join(FIXTURES, 'policies/tiny.wt');
const bundled = listPolicyFiles(join(REPO_ROOT, 'policies'), 3);

function scratch(files: Record<string, string>): string {
  const directory = mkdtempSync(join(tmpdir(), 'wt-check-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(directory, name, '..'), { recursive: true });
    writeFileSync(join(directory, name), text);
  }
  return directory;
}

function expectNoStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(text).not.toContain('internal error');
}

describe('wt check', () => {
  it('passes the test fixture', async () => {
    const run = await runWt(['check', 'packages/cli/test/fixtures/policies/tiny.wt']);
    expect(run.stderr).toBe('checked 1 file: 0 errors, 0 warnings\n');
    expect(run.stdout).toBe('');
    expect(run.code).toBe(0);
  });

  it.skipIf(bundled.length === 0)('passes every policy in policies/', async () => {
    const run = await runWt(['check', 'policies/']);
    expect(run.stdout.split('\n').filter((line) => / error /.test(line))).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^checked ${bundled.length} files: 0 errors`));
  });

  it('reports a deleted token as file:line:col: error CODE, exit 1, no stack trace', async () => {
    const broken = readFileSync(TINY, 'utf8').replace('timescale assessment "Complete the assessment" {', 'timescale assessment "Complete the assessment"');
    const directory = scratch({ 'broken.wt': broken });
    const run = await runWt(['check', 'broken.wt'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^broken\.wt:\d+:\d+: error WT1\d\d /m);
    expectNoStackTrace(run.stdout + run.stderr);
  });

  it('reports a misspelt event name where it stands', async () => {
    const text = readFileSync(TINY, 'utf8').replace('requires decision within', 'requires decison within');
    const line = text.split('\n').findIndex((l) => l.includes('decison')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('decison') + 1;
    const directory = scratch({ 'misspelt.wt': text });
    const run = await runWt(['check', 'misspelt.wt'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^misspelt\\.wt:${line}:${column}: error WT2\\d\\d .*decison`, 'm'));
    expectNoStackTrace(run.stdout + run.stderr);
  });

  it('reports a loosened statutory timescale with the base policy as related, resolving extends beside the file', async () => {
    const directory = scratch({
      'base/tiny.wt': readFileSync(TINY, 'utf8'),
      'local/loose.wt': [
        'policy loose extends tiny {',
        '  effective 2024-06-01',
        '}',
        '',
        'timescale assessment {',
        '  requires assessment-complete within 50 working days',
        '}',
        '',
      ].join('\n'),
    });
    const run = await runWt(['check', 'local/loose.wt'], { cwd: directory, env: { WT_NO_BUNDLED_POLICIES: '1' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^local\/loose\.wt:6:\d+: error WT4\d\d /m);
    expect(run.stdout).toMatch(/^ {2}related: base\/tiny\.wt:\d+:\d+: /m);
    expectNoStackTrace(run.stdout + run.stderr);
  });

  it('finds a base through --policy-path, and says which ids it knows when a base is missing', async () => {
    const directory = scratch({
      'lib/deep/tiny.wt': readFileSync(TINY, 'utf8'),
      'work/strict.wt': 'policy strict extends tiny {\n  effective 2024-06-01\n}\n',
    });
    const env = { WT_NO_BUNDLED_POLICIES: '1' };
    const missing = await runWt(['check', 'work/strict.wt'], { cwd: directory, env });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^work\/strict\.wt:1:\d+: error WT\d+ .*tiny/m);
    const found = await runWt(['check', '--policy-path', 'lib', 'work/strict.wt'], { cwd: directory, env });
    expect(found.stdout).toBe('');
    expect(found.code).toBe(0);
  });

  it('gives JSON on request: an array of {file, diagnostics}', async () => {
    const text = readFileSync(TINY, 'utf8').replace('requires decision within', 'requires decison within');
    const directory = scratch({ 'a.wt': text, 'b.wt': readFileSync(TINY, 'utf8').replace('policy tiny', 'policy tiny-b') });
    const run = await runWt(['check', '--format', 'json', '.'], { cwd: directory });
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as { file: string; diagnostics: { severity: string; code: string; file: string }[] }[];
    expect(json.map((entry) => entry.file)).toEqual(['a.wt', 'b.wt']);
    expect(json[0]!.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('WT2') && d.file === 'a.wt')).toBe(true);
    expect(json[1]!.diagnostics).toEqual([]);
  });

  it('exits 2 when a file does not exist', async () => {
    const run = await runWt(['check', 'no/such/file.wt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot read no/such/file.wt');
  });
});
