import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runWt } from '../run-wt.js';

describe('wt convert', () => {
  it('round-trips text → YAML → text keeping the meaning (the same policy hash)', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-convert-'));
    const tiny = join(FIXTURES, 'policies/tiny.wt');
    const toYaml = await runWt(['convert', tiny, '--to', 'yaml', '--out', 'tiny.yaml'], { cwd: directory });
    expect(toYaml.code).toBe(0);
    expect(readFileSync(join(directory, 'tiny.yaml'), 'utf8')).toMatch(/^policy:\n {2}id: tiny\n/);
    const back = await runWt(['convert', 'tiny.yaml', '--to', 'wt'], { cwd: directory });
    expect(back.code).toBe(0);
    expect(back.stdout).toMatch(/^policy tiny \{/);

    const hashes = await Promise.all(
      [tiny, join(directory, 'tiny.yaml')].map(async (file) => (JSON.parse((await runWt(['export', file, '--to', 'ir'])).stdout) as { hash: string }).hash),
    );
    expect(hashes[1]).toBe(hashes[0]);
  });

  it('exits 1 on a policy with errors, 2 without --to or on a file that is not there', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-convert-'));
    writeFileSync(join(directory, 'bad.wt'), 'policy bad {\n  effective 2024-02-30\n}\n');
    const [bad, noTo, missing] = await Promise.all([
      runWt(['convert', 'bad.wt', '--to', 'yaml'], { cwd: directory }),
      runWt(['convert', join(FIXTURES, 'policies/tiny.wt')]),
      runWt(['convert', 'missing.wt', '--to', 'yaml'], { cwd: directory }),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.wt:2:\d+: error WT301 /m);
    expect(bad.stdout).toBe('');
    expect(noTo.code).toBe(2);
    expect(missing.code).toBe(2);
  });
});
