/**
 * Runs every policy fixture (`*.fixture.yaml`) in policies/ and examples/ through the `wt test` runner:
 * each fixture file is one test, which fails with the runner's own report (expected and actual, field
 * by field, with the explanation) when any of its cases fails. docs/fixtures.md describes the format.
 */
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFixtureFiles } from '../packages/cli/src/fixtures/find-fixture-files.js';
import { FixturePolicies } from '../packages/cli/src/fixtures/fixture-policies.js';
import { formatFixtureFile } from '../packages/cli/src/fixtures/format-text-report.js';
import { runFixtureFile } from '../packages/cli/src/fixtures/run-fixtures.js';
import { PLAIN_STYLE } from '../packages/cli/src/io/terminal.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const found = findFixtureFiles(['policies', 'examples'], ROOT);
const files = found.ok ? found.files : [];
const policies = new FixturePolicies({ cwd: ROOT });

describe('policy fixtures', () => {
  it('finds the fixtures of the statutory baselines, the local protocols and the CIN validator peer', () => {
    expect(found.ok).toBe(true);
    const names = files.map((file) => relative(ROOT, file));
    expect(names.filter((name) => name.startsWith('policies/england/')).length).toBeGreaterThanOrEqual(10);
    expect(names).toContain('policies/local/northmere.fixture.yaml');
    expect(names).toContain('policies/local/kestrel-vale.fixture.yaml');
    expect(names.some((name) => name.startsWith('examples/cin-validator/'))).toBe(true);
  });

  for (const file of files) {
    it(relative(ROOT, file), () => {
      const outcome = runFixtureFile(file, policies);
      const report = formatFixtureFile(outcome, { cwd: ROOT, style: PLAIN_STYLE, verbose: false });
      expect(report).toBe('');
      expect(outcome.problems).toEqual([]);
      expect(outcome.cases.length).toBeGreaterThan(0);
      expect(outcome.cases.every((fixtureCase) => fixtureCase.passed)).toBe(true);
    });
  }
});
