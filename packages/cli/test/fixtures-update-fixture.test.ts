import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FixturePolicies } from '../src/fixtures/fixture-policies.js';
import { runFixtureFile } from '../src/fixtures/run-fixtures.js';
import { updateFixtureFile } from '../src/fixtures/update-fixture.js';

const WT2013 = fileURLToPath(new URL('../../../policies/england/working-together-2013.wt', import.meta.url));

function fixtureFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wt-update-')), 'icpc.fixture.yaml');
  writeFileSync(file, text.replace('POLICY', WT2013));
  return file;
}

const policies = new FixturePolicies({ cwd: tmpdir() });

// Strategy discussion Fri 2024-05-10 (s47): May 13–17 (5), 20–24 (10), 28–31 (14; Mon 27 Spring bank
// holiday), Jun 3 (15) → the conference is due Mon 2024-06-03; held that day.
const WRONG = `# A golden file with wrong values
policy: POLICY
cases:
  - id: icpc-spring-2024
    events:
      - { type: strategy-discussion, date: 2024-05-10, s47: true }
      - { type: icpc, date: 2024-06-03 }
expect:
  - as-of: 2024-05-31
    obligations:
      - { rule: icpc, start: 2024-05-10, due: 2024-05-31, status: open }   # keep this comment

  - as-of: 2024-06-05
    obligations:
      - rule: icpc
        # the completion
        completed: null
        lateBy: 3
`;

describe('updateFixtureFile', () => {
  it('writes the actual values into the listed fields only, keeping comments, blank lines and style', () => {
    const file = fixtureFile(WRONG);
    const before = runFixtureFile(file, policies);
    expect(before.cases.map((c) => c.passed)).toEqual([false, false]);

    expect(updateFixtureFile(before)).toEqual({ file, changed: 4, added: 0 });
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(
      WRONG.replace('POLICY', WT2013)
        .replace('due: 2024-05-31, status: open }', 'due: 2024-06-03, status: due-soon }')
        .replace('completed: null', 'completed: 2024-06-03')
        .replace('lateBy: 3', 'lateBy: null'),
    );
    const after = runFixtureFile(file, policies);
    expect(after.cases.map((c) => c.passed)).toEqual([true, true]);
    // Nothing left to update: the file is not touched again.
    expect(updateFixtureFile(after)).toBeUndefined();
  });

  it('appends the obligations nobody expected to an exhaustive block (in the order of the result), in block and in empty flow lists', () => {
    const file = fixtureFile(`policy: POLICY
cases:
  - id: referral
    events:
      - { type: referral, date: 2024-06-10 }
expect:
  - as-of: 2024-06-12
    exhaustive: true
    obligations:
      - { rule: assessment, status: open }   # the only one expected
  - as-of: 2024-06-12
    exhaustive: true
    obligations: []
`);
    const update = updateFixtureFile(runFixtureFile(file, policies));
    expect(update).toEqual({ file, changed: 0, added: 3 });
    // Mon 06-10 + 1 working day = Tue 06-11, not decided by Wed 06-12: overdue by 1. The assessment:
    // Jun 11–14 (4), 17–21 (9), 24–28 (14), Jul 1–5 (19), 8–12 (24), 15–19 (29), 22–26 (34),
    // Jul 29–Aug 2 (39), Aug 5–9 (44), 12 (45) → Mon 2024-08-12.
    expect(readFileSync(file, 'utf8')).toBe(`policy: ${WT2013}
cases:
  - id: referral
    events:
      - { type: referral, date: 2024-06-10 }
expect:
  - as-of: 2024-06-12
    exhaustive: true
    obligations:
      - { rule: assessment, status: open }   # the only one expected
      - { rule: referral-decision, start: 2024-06-10, due: 2024-06-11, status: overdue, overdueBy: 1 }
  - as-of: 2024-06-12
    exhaustive: true
    obligations:
      - { rule: assessment, start: 2024-06-10, due: 2024-08-12, status: open }
      - { rule: referral-decision, start: 2024-06-10, due: 2024-06-11, status: overdue, overdueBy: 1 }
`);
    expect(runFixtureFile(file, policies).cases.every((c) => c.passed)).toBe(true);
  });

  it('leaves alone what it cannot update: a malformed file, an expectation that matches nothing', () => {
    const malformed = fixtureFile('policy: POLICY\ncases: [\n');
    expect(updateFixtureFile(runFixtureFile(malformed, policies))).toBeUndefined();
    const missing = fixtureFile(
      'policy: POLICY\ncases:\n  - { id: a, events: [{ type: referral, date: 2024-06-10 }] }\nexpect:\n  - as-of: 2024-06-12\n    obligations: [{ rule: icpc, status: open }]\n',
    );
    const text = readFileSync(missing, 'utf8');
    expect(updateFixtureFile(runFixtureFile(missing, policies))).toBeUndefined();
    expect(readFileSync(missing, 'utf8')).toBe(text);
  });
});
