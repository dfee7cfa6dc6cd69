import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWt } from '../run-wt.js';

const NORTHMERE = 'policies/local/northmere.wt';

async function irHash(policy: string): Promise<string> {
  const run = await runWt(['export', policy, '--to', 'ir']);
  return (JSON.parse(run.stdout) as { hash: string }).hash;
}

describe('wt export --to html', () => {
  it('publishes the protocol as a readable page: title, every rule in plain English, the fingerprint', async () => {
    const run = await runWt(['export', NORTHMERE, '--to', 'html']);
    expect(run.code).toBe(0);
    const page = run.stdout;
    expect(page).toContain('<h1>Northmere Borough Council: assessment protocol</h1>');
    expect(page).toContain('Team manager reviews the assessment within 10 working days of the referral.');
    expect(page).toContain('Complete the assessment within 35 working days of the referral.');
    expect(page).toContain('Report the allegation to the LADO within 1 working day of each allegation.');
    expect(page).toContain(`<code>${await irHash(NORTHMERE)}</code>`);
    expect(page).toContain(`content="default-src 'none'; style-src 'sha256-`);
    expect(page).not.toMatch(/<script/i);
  });

  it('keeps a <script> in a policy title as text', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-export-html-'));
    const policy = join(directory, 'hostile.wt');
    writeFileSync(
      policy,
      'policy hostile {\n  title "<script>alert(1)</script>"\n  calendar office\n}\ncalendar office {\n  weekend saturday sunday\n}\nevent a "A"\nevent b "B"\n' +
        'timescale x "<script>alert(2)</script>" {\n  starts at first a\n  requires b within 1 working day\n}\n',
    );
    const run = await runWt(['export', policy, '--to', 'html'], { env: { WT_NO_BUNDLED_POLICIES: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(run.stdout).toContain('&lt;script&gt;alert(2)&lt;/script&gt; within 1 working day of the A.');
    expect(run.stdout).not.toMatch(/<script/i);
  });
});
