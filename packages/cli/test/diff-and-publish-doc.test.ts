/**
 * The examples of docs/diff-and-publish.md, run: every `$ pnpm --silent wt …   # exit N` line in a `sh`
 * block is run from the repository root, its exit code checked, and every output line shown after it
 * must appear in the real output, in order (`…` stands for lines left out).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runWt } from './run-wt.js';

interface Example {
  args: string[];
  exit: number;
  expected: string[];
}

const COMMAND = /^\$ pnpm (?:--silent|-s) wt (.+?)\s+# exit (\d)$/;

function examples(markdown: string): Example[] {
  const found: Example[] = [];
  const blocks = markdown.match(/```sh\n[\s\S]*?```/g) ?? [];
  for (const block of blocks) {
    let current: Example | undefined;
    for (const line of block.split('\n').slice(1, -1)) {
      const command = COMMAND.exec(line);
      if (command !== null) {
        current = { args: command[1]!.split(/\s+/), exit: Number(command[2]), expected: [] };
        found.push(current);
      } else if (line.startsWith('$ ')) {
        throw new Error(`an example must read "$ pnpm --silent wt …   # exit N": ${line}`);
      } else if (current !== undefined && line.trim() !== '' && line.trim() !== '…') {
        current.expected.push(line.trimEnd());
      }
    }
  }
  return found;
}

function missingLines(expected: readonly string[], actual: string): string[] {
  const lines = actual.split('\n').map((line) => line.trimEnd());
  let position = 0;
  const missing: string[] = [];
  for (const line of expected) {
    const found = lines.indexOf(line, position);
    if (found === -1) missing.push(line);
    else position = found + 1;
  }
  return missing;
}

const doc = readFileSync(join(REPO_ROOT, 'docs/diff-and-publish.md'), 'utf8');
const all = examples(doc);

describe('docs/diff-and-publish.md', () => {
  it('has examples to run', () => {
    expect(all.length).toBeGreaterThanOrEqual(6);
  });

  for (const example of all) {
    it(`wt ${example.args.join(' ')}`, async () => {
      const directory = mkdtempSync(join(tmpdir(), 'wt-doc-'));
      const args = example.args.map((arg, position) => (example.args[position - 1] === '--out' ? join(directory, arg) : arg));
      const run = await runWt(args);
      expect(run.code, run.stderr).toBe(example.exit);
      expect(missingLines(example.expected, run.stdout)).toEqual([]);
      const outAt = args.indexOf('--out');
      if (outAt !== -1) {
        const out = args[outAt + 1]!;
        expect(existsSync(out)).toBe(true);
        const written = readFileSync(out, 'utf8');
        if (out.endsWith('.html')) expect(written).toContain(`content="default-src 'none'; style-src 'sha256-`);
      }
    });
  }
});
