/**
 * The benchmark suite in its quick form (small sizes, no Chromium), so that it never rots. It asserts
 * only that it runs and reports every figure as a finite positive number: never a time or a target.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FIGURE_NAMES, type BenchReport } from '../bench/run.js';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const EDITOR_FIGURES = ['editorKeystrokeMs', 'editorJsGzipKb'];

function runQuickBench(jsonPath: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, 'bench/run.ts', '--quick', '--no-editor', '--cases', '2000', '--jobs', '1,2', '--json', jsonPath], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('pnpm bench --quick', () => {
  const directory = mkdtempSync(join(tmpdir(), 'wt-bench-test-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('reports every figure, with the machine, as one JSON object and as a table', async () => {
    const jsonPath = join(directory, 'figures.json');
    const run = await runQuickBench(jsonPath);
    expect(run.stderr.includes('Error') ? run.stderr : '', 'the benchmarks failed').toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchReport;

    expect(report.quick).toBe(true);
    for (const key of ['cpuModel', 'cores', 'memoryGb', 'node', 'os'] as const) expect(report.machine[key], key).toBeTruthy();
    expect(Object.keys(report.figures).sort()).toEqual([...FIGURE_NAMES].sort());
    for (const name of FIGURE_NAMES) {
      const figure = report.figures[name]!;
      if (EDITOR_FIGURES.includes(name)) {
        expect(figure.skipped, name).toBe('not run (--no-editor)');
        continue;
      }
      expect(figure.skipped, name).toBeUndefined();
      expect(Number.isFinite(figure.value) && figure.value! > 0, `${name} = ${figure.value}`).toBe(true);
      // A quick run is never judged against the targets.
      expect(figure.met, name).toBeNull();
    }
    expect(report.scaling.points.map((point) => point.cases)).toEqual([1_000, 10_000, 50_000]);
    for (const name of FIGURE_NAMES) expect(run.stdout, name).toContain(name);
    expect(run.stdout).toContain(report.machine.cpuModel);
  }, 240_000);
});
