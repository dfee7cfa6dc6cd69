/**
 * Runs every example of docs/cin-census.md and docs/report.md: in a ```sh block, the line
 * `$ pnpm --silent wt …   # exit N` is the command, run from the repository root, and the lines
 * below it are exactly its stdout. Examples that read ../shared/data are skipped where it is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runWt } from '../run-wt.js';
import { SHARED_DATA, skipWithout } from './shared-data.js';

const COMMAND = /^\$ pnpm --silent wt (.+?)\s+# exit (\d+)$/;
const needsShared = skipWithout(SHARED_DATA);

function examples(doc: string) {
  const text = readFileSync(join(REPO_ROOT, doc), 'utf8');
  return [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => {
    const [command, ...output] = match[1]!.replace(/\n$/, '').split('\n');
    const parsed = COMMAND.exec(command!);
    return { command: command!, args: parsed?.[1]!.split(/\s+/), exit: Number(parsed?.[2]), output: output.join('\n') };
  });
}

for (const doc of ['docs/cin-census.md', 'docs/report.md']) {
  describe(doc, () => {
    const found = examples(doc);

    it('has examples, each a command with its exit code', () => {
      expect(found.length).toBeGreaterThanOrEqual(2);
      for (const example of found) expect(example.args, example.command).toBeDefined();
    });

    for (const example of found) {
      const shared = example.command.includes('../shared/');
      it.skipIf(shared && needsShared)(example.command.slice(2, 120), async () => {
        const run = await runWt(example.args ?? []);
        expect(run.stdout.replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(example.output);
        expect(run.code, run.stderr).toBe(example.exit);
      });
    }
  });
}
