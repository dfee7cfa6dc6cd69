import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureCoverage } from '../src/fixtures/fixture-coverage.js';
import { FixturePolicies } from '../src/fixtures/fixture-policies.js';
import { formatCoverage } from '../src/fixtures/format-coverage.js';
import { runFixtureFile } from '../src/fixtures/run-fixtures.js';
import { PLAIN_STYLE } from '../src/io/terminal.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('fixtureCoverage', () => {
  // The ICPC fixture of WT2013 exercises only the `icpc` rule, in every status.
  const policies = new FixturePolicies({ cwd: ROOT });
  const outcome = runFixtureFile(`${ROOT}policies/england/wt2013-icpc.fixture.yaml`, policies);
  const [coverage] = fixtureCoverage([outcome], policies.loaded(), ROOT);

  it('lists the statuses checked and the calendar edge classes of each rule touched', () => {
    expect(coverage!.policy).toBe('working-together-2013');
    expect(coverage!.sources).toEqual(['policies/england/working-together-2013.wt']);
    expect(coverage!.rules.find((rule) => rule.rule === 'icpc')).toEqual({
      rule: 'icpc',
      touched: true,
      statuses: ['met', 'late', 'open', 'due-soon', 'overdue', 'cancelled'],
      // A Saturday strategy discussion; the Spring bank holiday, Christmas and Easter crossed; the
      // conference of 2024-06-03 ignored as of 2024-05-31.
      edgeClasses: ['weekend-start', 'bank-holiday-crossed', 'as-of-cut-off'],
    });
  });

  it('names the rules no fixture touches and the edge classes none exercises', () => {
    expect(coverage!.untouched).toEqual(['referral-decision', 'assessment', 'first-core-group', 'first-review', 'later-reviews', 'transfer-in-conference', 'lado-report']);
    expect(coverage!.missingEdgeClasses).toEqual(['closure-day-crossed', 'month-end-clamp', 'leap-day']);
    const text = formatCoverage([coverage!], PLAIN_STYLE);
    expect(text).toContain('coverage of working-together-2013 (policies/england/working-together-2013.wt)');
    expect(text).toMatch(/\n {2}icpc +met late open due-soon overdue cancelled +weekend-start bank-holiday-crossed as-of-cut-off\n/);
    expect(text).toContain('  not touched by any fixture: referral-decision, assessment, first-core-group,');
    expect(text).toContain('  edge classes no fixture exercises: closure-day-crossed, month-end-clamp, leap-day\n');
  });
});
