/**
 * The corpus of bad inputs (test/bad-inputs/): each input, committed or generated
 * (support/generated-bad-inputs.ts), is run through the real `wt` — a policy through `wt check`, a
 * case file through `wt eval` — and what it prints must be exactly its golden file,
 * `<name>.expected.txt`: the command, the exit code, stdout and stderr. `UPDATE_GOLDEN=1` rewrites
 * them; review the diff, for every message must be clear to a policy officer, located (file:line:col
 * or file:line) and free of case data.
 *
 * Each input runs alone in a fresh directory (with its companions, `<name>.<role>.<ext>`, and for a
 * case file the shared policy), the bundled policies out of reach. The huge inputs (a million events,
 * 5 MB strings) run in a CLI process of their own with a 256 MB heap, to show that memory stays
 * bounded; the others run in this process (`runCli`, what the CLI's main calls), which is quicker.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runWt } from '../packages/cli/test/run-wt.js';
import { GENERATED_BAD_INPUTS } from './support/generated-bad-inputs.js';
import { runWtInProcess } from './support/run-wt-in-process.js';

const CORPUS = fileURLToPath(new URL('./bad-inputs/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const INPUT = /^[a-z0-9-]+\.(wt|yaml|ndjson|json|csv)$/;
const AS_OF = '2024-06-03';
/** Run in a process of their own, with a 256 MB heap. */
const HUGE = /^(million-events|too-many-events|five-mb-)/;
const ENV = { WT_NO_BUNDLED_POLICIES: '1', TZ: 'UTC', LANG: 'C' };

const committed = readdirSync(CORPUS).filter((name) => INPUT.test(name));
const inputs = [...committed, ...Object.keys(GENERATED_BAD_INPUTS)].sort();
const scratch = mkdtempSync(join(tmpdir(), 'wt-bad-inputs-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function stem(name: string): string {
  return name.slice(0, name.lastIndexOf('.'));
}

/** Files that go with an input: `<stem>.<role>.<ext>` (its policy, its bank-holidays file). */
function companions(name: string): string[] {
  const prefix = `${stem(name)}.`;
  return readdirSync(CORPUS).filter((file) => file.startsWith(prefix) && !file.endsWith('.expected.txt') && !INPUT.test(file));
}

function isCaseFile(name: string): boolean {
  return /\.(ndjson|json|csv)$/.test(name);
}

function commandFor(name: string, files: readonly string[]): string[] {
  if (!isCaseFile(name)) return ['check', name];
  const policy = files.find((file) => file.endsWith('.policy.wt')) ?? 'policy.wt';
  return ['eval', '--policy', policy, '--cases', name, '--as-of', AS_OF, '--format', 'ndjson'];
}

/** Writes the input and what it needs into a directory of its own; returns the command to run there. */
function stage(name: string): { directory: string; args: string[] } {
  const directory = join(scratch, stem(name), 'inputs');
  mkdirSync(directory, { recursive: true });
  const generated = GENERATED_BAD_INPUTS[name];
  if (generated !== undefined) writeFileSync(join(directory, name), generated.bytes());
  else copyFileSync(join(CORPUS, name), join(directory, name));
  const files = companions(name);
  for (const file of files) copyFileSync(join(CORPUS, file), join(directory, file));
  if (isCaseFile(name) && !files.some((file) => file.endsWith('.policy.wt'))) copyFileSync(join(CORPUS, 'shared/policy.wt'), join(directory, 'policy.wt'));
  return { directory, args: commandFor(name, files) };
}

function transcript(args: readonly string[], code: number | null, stdout: string, stderr: string): string {
  return `$ wt ${args.join(' ')}\n# exit ${String(code)}\n--- stdout ---\n${stdout}--- stderr ---\n${stderr}`;
}

describe('the bad-input corpus (test/bad-inputs/)', () => {
  it('has a golden file for every input, and an input for every golden file', () => {
    const goldens = readdirSync(CORPUS).filter((file) => file.endsWith('.expected.txt')).map((file) => file.slice(0, -'.expected.txt'.length));
    if (!UPDATE) expect(goldens.sort()).toEqual(inputs.map((name) => name).sort());
    expect(committed.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(GENERATED_BAD_INPUTS).length).toBeGreaterThanOrEqual(15);
  });

  it.concurrent.each(inputs)('%s', async (name) => {
    const { directory, args } = stage(name);
    const run = HUGE.test(name)
      ? await runWt(args, { cwd: directory, env: { ...ENV, NODE_OPTIONS: '--max-old-space-size=256' } })
      : await runWtInProcess(args, { cwd: directory, env: ENV });
    const actual = transcript(args, run.code, run.stdout, run.stderr);
    const golden = join(CORPUS, `${name}.expected.txt`);
    if (UPDATE) writeFileSync(golden, actual);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
    // Whatever the input: a finding or success, never an internal error or a stack trace.
    expect([0, 1]).toContain(run.code);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  }, 120_000);
});
