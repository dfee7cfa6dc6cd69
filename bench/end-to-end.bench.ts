/**
 * End to end: the real `wt eval` as a child process (`node --import tsx packages/cli/src/main.ts`, as
 * `pnpm wt` runs it, without pnpm's own start-up) on a generated caseload, NDJSON in and NDJSON out to
 * a file. Measures the wall time of the whole process and its peak RSS (the CLI reports its own
 * `process.resourceUsage().maxRSS` when WT_REPORT_RSS=1), and the time of a 10-case run, which is
 * the start-up cost (loading, checking and compiling the policy) that every run pays.
 *
 *   pnpm exec tsx bench/end-to-end.bench.ts [--quick] [--json] [--cases N] [--jobs 1,2]
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const POLICY = 'policies/local/northmere.wt';
const AS_OF = '2025-03-31';

export interface EndToEndRun {
  jobs: number;
  cases: number;
  wallSec: number;
  /** CPU time of the process (user + system, all threads): what the run costs the machine. */
  cpuSec: number;
  peakRssMb: number;
  outputMb: number;
}

export interface EndToEndBenchFigures {
  name: 'end-to-end';
  cases: number;
  inputMb: number;
  generateSec: number;
  /** A run on 10 cases: start-up and policy compilation. */
  startupSec: number;
  runs: EndToEndRun[];
  quick: boolean;
}

function run(command: string, args: string[], options: { stdoutTo?: string; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; stderr: string; wallSec: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', options.stdoutTo === undefined ? 'ignore' : 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (text: string) => (stderr += text));
    if (options.stdoutTo !== undefined) child.stdout!.pipe(createWriteStream(options.stdoutTo));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stderr, wallSec: (performance.now() - started) / 1000 }));
  });
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  }
  return lines;
}

async function generate(path: string, cases: number): Promise<number> {
  const generated = await run(process.execPath, ['--import', 'tsx', 'examples/generator/cli.ts', '--seed', '1', '--count', String(cases), '--from', '2024-04-01', '--to', AS_OF], { stdoutTo: path });
  if (generated.code !== 0) throw new Error(`the generator failed: ${generated.stderr}`);
  return generated.wallSec;
}

async function evalRun(input: string, output: string, cases: number, jobs: number): Promise<EndToEndRun> {
  const args = ['--import', 'tsx', 'packages/cli/src/main.ts', 'eval', '--policy', POLICY, '--cases', input, '--as-of', AS_OF, '--format', 'ndjson', '--out', output, '--quiet'];
  if (jobs > 1) args.push('--jobs', String(jobs));
  const result = await run(process.execPath, args, { env: { WT_REPORT_RSS: '1' } });
  if (result.code !== 0) throw new Error(`wt eval exited ${result.code}: ${result.stderr.slice(0, 500)}`);
  const rss = /wt: peak RSS (\d+) MB, CPU ([\d.]+) s user \+ ([\d.]+) s system/.exec(result.stderr);
  if (!rss) throw new Error(`wt eval did not report its peak RSS: ${result.stderr.slice(0, 500)}`);
  const written = await countLines(output);
  if (written !== cases) throw new Error(`wt eval wrote ${written} results for ${cases} cases`);
  const size = (await stat(output)).size;
  await rm(output, { force: true });
  const cpuSec = Math.round((Number(rss[2]) + Number(rss[3])) * 100) / 100;
  return { jobs, cases, wallSec: Math.round(result.wallSec * 100) / 100, cpuSec, peakRssMb: Number(rss[1]), outputMb: Math.round(size / 1024 / 1024) };
}

export async function runEndToEndBench(options: { quick?: boolean; cases?: number; jobs?: readonly number[] } = {}): Promise<EndToEndBenchFigures> {
  const quick = options.quick === true;
  const cases = options.cases ?? (quick ? 5_000 : 650_000);
  const directory = await mkdtemp(join(tmpdir(), 'wt-bench-'));
  try {
    const input = join(directory, 'cases.ndjson');
    const generateSec = await generate(input, cases);
    const tiny = join(directory, 'tiny.ndjson');
    await generate(tiny, 10);
    const startup = await evalRun(tiny, join(directory, 'tiny-out.ndjson'), 10, 1);
    const runs: EndToEndRun[] = [];
    for (const jobs of options.jobs ?? [1]) runs.push(await evalRun(input, join(directory, `out-${jobs}.ndjson`), cases, jobs));
    return {
      name: 'end-to-end',
      cases,
      inputMb: Math.round((await stat(input)).size / 1024 / 1024),
      generateSec: Math.round(generateSec * 100) / 100,
      startupSec: startup.wallSec,
      runs,
      quick,
    };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function main(args: string[]): Promise<void> {
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args[at + 1];
  };
  const cases = option('--cases');
  const jobs = option('--jobs');
  const figures = await runEndToEndBench({
    quick: args.includes('--quick'),
    ...(cases !== undefined ? { cases: Number(cases) } : {}),
    ...(jobs !== undefined ? { jobs: jobs.split(',').map(Number) } : {}),
  });
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`wt eval end to end: ${figures.cases.toLocaleString('en-GB')} cases, ${figures.inputMb} MB of NDJSON (generated in ${figures.generateSec} s); start-up ${figures.startupSec} s`);
  for (const run of figures.runs) {
    console.log(`  --jobs ${run.jobs}   ${run.wallSec} s wall, ${run.cpuSec} s CPU, peak RSS ${run.peakRssMb} MB, ${run.outputMb} MB written`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
