import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWt } from '../run-wt.js';

describe('wt export --to md', () => {
  it('writes the protocol as Markdown with every rule in plain English and the fingerprint', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'wt-export-md-')), 'protocol.md');
    const run = await runWt(['export', 'policies/england', '--to', 'md', '--out', out]);
    expect(run.code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain('## Working Together to Safeguard Children (2010)');
    expect(markdown).toContain('**Complete the initial assessment within 10 working days of the referral.**');
    expect(markdown).toContain('**Complete the assessment within 45 working days of the referral.**');
    const ir = JSON.parse((await runWt(['export', 'policies/england', '--to', 'ir'])).stdout) as { versions: { hash: string }[] };
    for (const version of ir.versions) expect(markdown).toContain(`| Fingerprint | *${version.hash}* |`);
  });
});
