/**
 * Fuzzing policy fixtures (`*.fixture.yaml`, docs/fixtures.md): the real fixtures of policies/ and
 * examples/, mutated, read by parseFixture and, when they still read, run against their policies
 * and reported. Whatever the input: a fixture, or problems located in the file; never an exception.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FixturePolicies } from '../../packages/cli/src/fixtures/fixture-policies.js';
import { formatFixtureFile } from '../../packages/cli/src/fixtures/format-text-report.js';
import { parseFixture } from '../../packages/cli/src/fixtures/read-fixture-file.js';
import { runFixture } from '../../packages/cli/src/fixtures/run-fixtures.js';
import { PLAIN_STYLE } from '../../packages/cli/src/io/terminal.js';
import { FIXTURES, REPO_ROOT } from './support/corpus.js';
import { fuzzParameters, fuzzTimeout } from './support/fuzz-parameters.js';
import { FIVE_MB, nested } from './support/hostile.js';
import { applyMutations, mutations } from './support/mutate.js';
import { pollutionProblems } from './support/pollution.js';
import { lineLengths, MAX_MESSAGE_LENGTH } from './support/sane-diagnostics.js';

const policies = new FixturePolicies({ cwd: REPO_ROOT });
const fixture = fc.constantFrom(...FIXTURES);

/** Problems reading and running one fixture text as if it were the file at `path`. */
function fixtureProblems(text: string, path: string): string[] {
  const problems: string[] = [];
  const file = join(REPO_ROOT, path);
  try {
    const read = parseFixture(text, file);
    if (!read.ok) {
      if (read.problems.length === 0) problems.push('rejected without a problem');
      const lines = lineLengths(text);
      for (const problem of read.problems) {
        if (problem.message.length === 0 || problem.message.length > MAX_MESSAGE_LENGTH) problems.push(`a message of ${problem.message.length} characters`);
        const position = problem.position;
        if (position === undefined || problem.file !== file) continue;
        const length = lines[position.line - 1];
        if (length === undefined || position.column < 1 || position.column > length + 1) problems.push(`a problem at ${JSON.stringify(position)} (${lines.length} lines)`);
      }
    } else {
      const outcome = runFixture(read.fixture, policies);
      const report = formatFixtureFile(outcome, { cwd: REPO_ROOT, style: PLAIN_STYLE, verbose: true });
      if (outcome.cases.some((c) => !c.passed) && report === '') problems.push('a failing fixture with an empty report');
    }
  } catch (error) {
    problems.push(`threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`);
  }
  return [...problems, ...pollutionProblems()];
}

describe('fuzzing fixtures (parseFixture, runFixture)', () => {
  it('reads and passes every real fixture (the baseline the mutations start from)', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
    for (const file of FIXTURES) expect(fixtureProblems(file.text, file.path), file.path).toEqual([]);
  });

  it(
    'never fails on mutated real fixtures',
    () => {
      fc.assert(
        fc.property(fixture, mutations, (file, list) => {
          const problems = fixtureProblems(applyMutations(file.text, list), file.path);
          if (problems.length > 0) expect.fail(problems.join('\n'));
        }),
        fuzzParameters(500),
      );
    },
    fuzzTimeout(),
  );

  it('reads hostile fixtures: prototype keys, deep nesting, a 5 MB case id, aliases', () => {
    const path = 'policies/england/hostile.fixture.yaml';
    const texts = [
      `policy: working-together-2013.wt\n__proto__: {polluted: 1}\nconstructor: {prototype: {polluted: 1}}\ncases: []\nexpect: []\n`,
      `policy: working-together-2013.wt\ncases:\n  - id: __proto__\n    events: [{type: referral, date: 2024-05-02, __proto__: {polluted: 1}}]\n    facts: {constructor: 1, prototype: 2, __proto__: 3}\nexpect:\n  - as-of: 2024-06-03\n    obligations:\n      - {rule: assessment, __proto__: {polluted: 1}, status: open}\n`,
      `policy: working-together-2013.wt\ncases:\n  - id: deep\n    events: ${nested(5000, '[', '1', ']')}\nexpect: []\n`,
      `policy: working-together-2013.wt\ncases:\n  - id: ${FIVE_MB}\n    events: [{type: referral, date: 2024-05-02}]\nexpect:\n  - as-of: 2024-06-03\n    case: nobody\n`,
      `policy: working-together-2013.wt\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ncases: []\nexpect: []\n`,
      `policy: working-together-2013.wt\ncases:\n  - id: C-1\n    events: [{type: referral, date: 2023-02-30}]\nexpect:\n  - as-of: 2023-02-30\n`,
    ];
    for (const text of texts) expect(fixtureProblems(text, path)).toEqual([]);
  });
});
