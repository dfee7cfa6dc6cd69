/**
 * Runs every example of docs/cli.md: in a ```sh block, the line `$ pnpm --silent wt …   # exit N`
 * is the command, run from the repository root, and the lines below it are exactly its stdout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runWt } from './run-wt.js';

const COMMAND = /^\$ pnpm (?:--silent|-s) wt (.+?)\s+# exit (\d+)$/;
const doc = readFileSync(join(REPO_ROOT, 'docs/cli.md'), 'utf8');
const examples = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => {
  const [command, ...output] = match[1]!.replace(/\n$/, '').split('\n');
  const parsed = COMMAND.exec(command!);
  return { command: command!, args: parsed?.[1]!.split(/\s+/), exit: Number(parsed?.[2]), output: output.join('\n') };
});

describe('docs/cli.md', () => {
  it('has examples, each a command with its exit code', () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) expect(example.args, example.command).toBeDefined();
  });

  for (const example of examples) {
    it(example.command.slice(2), async () => {
      const run = await runWt(example.args ?? []);
      expect(run.stdout.replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(example.output);
      expect(run.code, run.stderr).toBe(example.exit);
    });
  }
});
