/**
 * Runs the examples of docs/fixtures.md: each ```sh block (`$ pnpm --silent wt …` and what it writes
 * on stdout), and each ```yaml block that names its file in a first comment line
 * (`# policies/england/x.fixture.yaml`), run as if it were that file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixturePolicies } from '../src/fixtures/fixture-policies.js';
import { parseFixture } from '../src/fixtures/read-fixture-file.js';
import { runFixture } from '../src/fixtures/run-fixtures.js';
import { REPO_ROOT, runWt } from './run-wt.js';

const PROMPT = '$ pnpm --silent wt ';
const doc = readFileSync(join(REPO_ROOT, 'docs/fixtures.md'), 'utf8');
const commands = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => {
  const [command, ...output] = match[1]!.replace(/\n$/, '').split('\n');
  return { command: command!, output: output.join('\n') };
});
const fixtures = [...doc.matchAll(/```yaml\n# (\S+\.fixture\.yaml)\n([\s\S]*?)```/g)].map((match) => ({ file: match[1]!, text: match[2]! }));

describe('docs/fixtures.md', () => {
  it('has command examples and a complete fixture', () => {
    expect(commands.length).toBeGreaterThanOrEqual(4);
    for (const example of commands) expect(example.command.startsWith(PROMPT)).toBe(true);
    expect(fixtures.length).toBeGreaterThanOrEqual(1);
  });

  for (const example of fixtures) {
    it(`the fixture ${example.file} passes`, () => {
      const read = parseFixture(example.text, join(REPO_ROOT, example.file));
      expect(read.ok ? [] : read.problems).toEqual([]);
      if (!read.ok) return;
      const outcome = runFixture(read.fixture, new FixturePolicies({ cwd: REPO_ROOT }));
      expect(outcome.cases.map((c) => [c.asOf, c.passed, c.errors, c.failures])).toEqual(
        outcome.cases.map((c) => [c.asOf, true, [], []]),
      );
    });
  }

  for (const example of commands) {
    it(example.command.slice(2), async () => {
      const run = await runWt(example.command.slice(PROMPT.length).trim().split(/\s+/));
      expect(run.stdout.replace(/\n$/, '')).toBe(example.output);
      expect(run.code === 0 || run.code === 1).toBe(true);
    });
  }
});
