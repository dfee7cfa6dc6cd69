import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWt } from '../run-wt.js';

const POLICY = 'packages/cli/test/fixtures/policies/tiny.wt';

describe('wt export', () => {
  it('exports the resolved policy with its hash, the same hash that eval reports', async () => {
    const run = await runWt(['export', POLICY, '--to', 'ir']);
    expect(run.code).toBe(0);
    const exported = JSON.parse(run.stdout) as { hash: string; policy: { id: string; rules: { id: string }[] } };
    expect(exported.policy.id).toBe('tiny');
    expect(exported.policy.rules.map((rule) => rule.id)).toEqual(['referral-decision', 'assessment', 'icpc']);
    expect(exported.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const evaluated = await runWt(['eval', '--policy', POLICY, '--cases', '-', '--as-of', '2024-06-03'], {
      input: '{"id":"C-1","events":[{"type":"referral","date":"2024-05-02"}]}\n',
    });
    expect((JSON.parse(evaluated.stdout) as { policy: { hash: string } }).policy.hash).toBe(exported.hash);
  });

  it('exports thresholds as json-rules-engine rules, to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wt-export-')), 'rules.json');
    const run = await runWt(['export', POLICY, '--to', 'json-rules-engine', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const exported = JSON.parse(readFileSync(out, 'utf8')) as { format: string; policy: { id: string }; thresholds: unknown[] };
    expect(exported.format).toBe('json-rules-engine');
    expect(exported.policy.id).toBe('tiny');
    expect(exported.thresholds).toHaveLength(1);
  });

  it('exits 2 on a missing or unknown --to', async () => {
    expect((await runWt(['export', POLICY])).code).toBe(2);
    const unknown = await runWt(['export', POLICY, '--to', 'pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--to must be one of ir, json-rules-engine');
  });
});
