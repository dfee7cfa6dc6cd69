/**
 * Nothing reads the clock except to default the as-of date, which is then printed. The sources of
 * every package are searched for `Date.now(`, `new Date(`, `Date()` and `performance.now(`; each use
 * found must be one of the few allowed below, with the reason it cannot change a result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fuzz/support/corpus.js';
import { runWtInProcess } from './support/run-wt-in-process.js';

const CLOCK = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)|(?<![\w.])Date\s*\(\s*\)|\bperformance\.now\s*\(/;

const ALLOWED: Readonly<Record<string, string>> = {
  'packages/cli/src/io/today-in-england.ts': 'the default of --as-of, printed on stderr by the commands that use it',
  'packages/cli/src/io/progress.ts': 'how often the progress line on a terminal is redrawn; never in results',
  'packages/editor/src/evaluate-caseload.ts': 'slices the editor’s work so that the page stays responsive; never in results',
  'packages/editor/src/main.ts': 'timings the editor’s performance tests read; never in results',
};

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|mts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('nothing reads the clock', () => {
  it('except in the allowed places', () => {
    const found = new Map<string, string[]>();
    for (const name of readdirSync(join(REPO_ROOT, 'packages'))) {
      let files: string[] = [];
      try {
        files = sources(join(REPO_ROOT, 'packages', name, 'src'));
      } catch {
        continue;
      }
      for (const file of files) {
        const lines = readFileSync(file, 'utf8').split('\n');
        const hits = lines.flatMap((line, index) => (CLOCK.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${index + 1}: ${line.trim()}`] : []));
        if (hits.length > 0) found.set(relative(REPO_ROOT, file), hits);
      }
    }
    expect([...found.keys()].filter((file) => ALLOWED[file] === undefined).map((file) => `${file}: ${found.get(file)!.join(' | ')}`)).toEqual([]);
    // The as-of default is still where it is said to be (this test would pass vacuously otherwise).
    expect(found.has('packages/cli/src/io/today-in-england.ts')).toBe(true);
  });

  it('and the date it defaults to is printed', async () => {
    const args = ['eval', '--policy', 'packages/cli/test/fixtures/policies/tiny.wt', '--cases', 'packages/cli/test/fixtures/cases/one.ndjson'];
    const run = await runWtInProcess(args, { cwd: REPO_ROOT, today: '2024-06-03' });
    expect(run.stderr).toContain('wt eval: as of 2024-06-03 (today)');
    expect(run.stdout).toContain('"asOf":"2024-06-03"');
    const given = await runWtInProcess([...args, '--as-of', '2024-06-03'], { cwd: REPO_ROOT, today: '2031-01-01' });
    expect(given.stdout).toBe(run.stdout);
    expect(given.stderr).not.toContain('today');
  });
});
