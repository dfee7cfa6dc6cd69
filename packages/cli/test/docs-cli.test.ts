/**
 * Runs every example of docs/cli.md: a ```sh block whose first line is `$ pnpm --silent wt …`
 * and whose other lines are what the command writes on stdout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runWt } from './run-wt.js';

const PROMPT = '$ pnpm --silent wt ';
const doc = readFileSync(join(REPO_ROOT, 'docs/cli.md'), 'utf8');
const examples = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => {
  const [command, ...output] = match[1]!.replace(/\n$/, '').split('\n');
  return { command: command!, output: output.join('\n') };
});

describe('docs/cli.md', () => {
  it('has examples, each starting with the prompt', () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) expect(example.command.startsWith(PROMPT)).toBe(true);
  });

  for (const example of examples) {
    it(example.command.slice(2), async () => {
      const args = example.command.slice(PROMPT.length).trim().split(/\s+/);
      const run = await runWt(args);
      expect(run.stdout.replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(example.output);
      expect(run.code === 0 || run.code === 1).toBe(true);
    });
  }
});
