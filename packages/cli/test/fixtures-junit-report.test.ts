import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FixturePolicies } from '../src/fixtures/fixture-policies.js';
import { formatJunitReport } from '../src/fixtures/junit-report.js';
import { runFixtureFile } from '../src/fixtures/run-fixtures.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FAILING = fileURLToPath(new URL('./fixtures/failing/', import.meta.url));

describe('formatJunitReport', () => {
  const policies = new FixturePolicies({ cwd: ROOT });
  const outcomes = ['wrong-due-date', 'malformed-yaml', 'rejected-case'].map((name) => runFixtureFile(`${FAILING}${name}.fixture.yaml`, policies));
  const xml = formatJunitReport(outcomes, ROOT);

  it('counts tests, failures (wrong expectations) and errors (cases that could not run)', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="wt test" tests="4" failures="1" errors="2">\n')).toBe(true);
    expect(xml).toContain(
      '<testsuite name="packages/cli/test/fixtures/failing/wrong-due-date.fixture.yaml" tests="2" failures="1" errors="0" skipped="0">',
    );
    expect(xml).toContain(
      '<testcase classname="packages.cli.test.fixtures.failing.wrong-due-date" name="case icpc-spring-2024 as of 2024-06-05 (line 14)" file="packages/cli/test/fixtures/failing/wrong-due-date.fixture.yaml" line="14"/>',
    );
    expect(xml.trimEnd().endsWith('</testsuites>')).toBe(true);
  });

  it('puts the readable diff in the failure, and the file:line:col of a malformed file in an error', () => {
    expect(xml).toContain('<failure message="1 expectation failed" type="expectation">');
    expect(xml).toMatch(/due {4}2024-05-31 {2}2024-06-03/);
    expect(xml).toContain(
      '<error message="not a valid fixture file" type="malformed-fixture">packages/cli/test/fixtures/failing/malformed-yaml.fixture.yaml:6:1: YAML: Flow map',
    );
    expect(xml).toContain('<error message="case bad-date (line 3): /events/0/date is not a valid date (YYYY-MM-DD) [WT704]" type="not-run">');
  });

  it('escapes what XML cannot hold as it is', () => {
    const tricky = { ...outcomes[0]!, file: `${ROOT}a&b<c>"d".fixture.yaml`, cases: [] };
    const text = formatJunitReport([tricky], ROOT);
    expect(text).toContain('<testsuite name="a&amp;b&lt;c&gt;&quot;d&quot;.fixture.yaml"');
  });
});
