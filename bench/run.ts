/**
 * `pnpm bench`: runs the benchmark programs and prints a table of figures beside their targets, with
 * the machine they ran on. Each comparison runs both sides in this one process, on the same inputs,
 * and reports the ratio. Nothing here fails on a time: a target missed is reported, never an error.
 *
 *   pnpm bench                          # everything, full sizes (several minutes)
 *   pnpm bench --quick --json out.json  # small sizes (CI), figures also written as one JSON object
 *   pnpm bench --chart                  # also writes docs/images/scaling.svg
 *   --no-editor                         # skip the Chromium figures
 *   --jobs 1,2                          # the `wt eval --jobs` values to run end to end (default 1,2)
 *   --cases N                           # cases of the end-to-end run (default 650,000; quick 5,000)
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runCompileBench } from './compile.bench.js';
import { runDayLoopBench } from './day-loop.bench.js';
import { runEditorBench } from './editor.bench.js';
import { runEndToEndBench } from './end-to-end.bench.js';
import { runEvaluateBench } from './evaluate.bench.js';
import { describeMachine, machineLine, type MachineDescription } from './machine.js';
import { scalingSvg } from './scaling-chart.js';
import { runScalingBench, type ScalingBenchFigures } from './scaling.bench.js';
import { runThresholdsBench } from './thresholds.bench.js';

export interface Figure {
  value: number | null;
  unit: string;
  /** The target as the issue states it, and which way is better. */
  target: number | null;
  better: 'higher' | 'lower' | null;
  /** Whether the target is met; null when not judged (a quick run, a figure that was skipped). */
  met: boolean | null;
  note: string;
  /** Why the figure was not measured. */
  skipped?: string;
}

export interface BenchReport {
  machine: MachineDescription;
  quick: boolean;
  startedAt: string;
  durationSec: number;
  figures: Record<string, Figure>;
  scaling: ScalingBenchFigures;
  details: Record<string, unknown>;
}

export const FIGURE_NAMES = [
  'evalCasesPerSec',
  'evaluateOnlyCasesPerSec',
  'vsJsonRulesEngine',
  'vsDayLoop',
  'endToEnd650kSec',
  'peakRssMb650k',
  'endToEnd650kSecJobs2',
  'peakRssMb650kJobs2',
  'compile10kLinesMs',
  'editorKeystrokeMs',
  'editorJsGzipKb',
  'scalingUsPerCase',
  'scalingR2',
] as const;

interface RunOptions {
  quick: boolean;
  editor: boolean;
  jobs: number[];
  cases?: number;
  log: (line: string) => void;
}

function figure(value: number | null, unit: string, target: number | null, better: Figure['better'], note: string, judged: boolean): Figure {
  const met = value === null || target === null || better === null || !judged ? null : better === 'higher' ? value >= target : value <= target;
  return { value, unit, target, better, met, note };
}

function skippedFigure(unit: string, target: number | null, better: Figure['better'], reason: string): Figure {
  return { value: null, unit, target, better, met: null, note: '', skipped: reason };
}

export async function runBenchmarks(options: RunOptions): Promise<BenchReport> {
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const { quick, log } = options;
  const judged = !quick;
  const figures: Record<string, Figure> = {};
  const details: Record<string, unknown> = {};

  log('evaluate …');
  const evaluate = runEvaluateBench({ quick });
  details['evaluate'] = evaluate;
  const caseload = `${evaluate.cases.toLocaleString('en-GB')} generated cases under northmere (WT2013 + local), ${evaluate.obligationsPerCase} obligations per case, one thread`;
  figures['evalCasesPerSec'] = figure(evaluate.validateAndEvaluateCasesPerSec, 'cases/s', 250_000, 'higher', `validate + evaluate from parsed JSON, results built; ${caseload}`, judged);
  figures['evaluateOnlyCasesPerSec'] = figure(evaluate.evaluateCasesPerSec, 'cases/s', 250_000, 'higher', `evaluate records validated beforehand, results built; ${caseload}`, judged);

  log('thresholds vs json-rules-engine …');
  const thresholds = await runThresholdsBench({ quick });
  details['thresholds'] = thresholds;
  figures['vsJsonRulesEngine'] = figure(
    thresholds.vsJsonRulesEngine,
    '×',
    100,
    'higher',
    `${thresholds.compiledOpsPerSec.toLocaleString('en-GB')} vs ${thresholds.jsonRulesEngineOpsPerSec.toLocaleString('en-GB')} decisions/s on ${thresholds.factSets} fact sets`,
    judged,
  );

  log('working-day addition vs a date-fns day loop …');
  const dayLoop = runDayLoopBench({ quick });
  details['dayLoop'] = dayLoop;
  figures['vsDayLoop'] = figure(
    dayLoop.vsDayLoop,
    '×',
    20,
    'higher',
    `${dayLoop.calendarOpsPerSec.toLocaleString('en-GB')} vs ${dayLoop.dayLoopOpsPerSec.toLocaleString('en-GB')} additions/s, N = 1…45`,
    judged,
  );

  log('compile a 10,000-line policy …');
  const compiled = runCompileBench({ quick });
  details['compile'] = compiled;
  figures['compile10kLinesMs'] = figure(
    compiled.compileMs,
    'ms',
    300,
    'lower',
    `${compiled.lines} lines, ${compiled.rules} rules: parse ${compiled.parseMs} + check ${compiled.checkMs} + compile ${compiled.engineCompileMs} ms (median); first run ${compiled.firstRunMs} ms`,
    judged,
  );

  const jobs = options.jobs;
  log(`wt eval end to end (--jobs ${jobs.join(', ')}) …`);
  const endToEnd = await runEndToEndBench({ quick, jobs, ...(options.cases !== undefined ? { cases: options.cases } : {}) });
  details['endToEnd'] = endToEnd;
  const full = endToEnd.cases === 650_000;
  const sizeNote = full ? '' : ` — ${endToEnd.cases.toLocaleString('en-GB')} cases, not 650,000: not judged`;
  for (const run of endToEnd.runs.filter((r) => r.jobs <= 2)) {
    const suffix = run.jobs === 1 ? '' : `Jobs${run.jobs}`;
    const note = `--jobs ${run.jobs}: ${run.cases.toLocaleString('en-GB')} cases, ${endToEnd.inputMb} MB in, ${run.outputMb} MB out; ${run.cpuSec} s CPU; start-up ${endToEnd.startupSec} s${sizeNote}`;
    figures[`endToEnd650kSec${suffix}`] = figure(run.wallSec, 's', 10, 'lower', note, judged && full);
    figures[`peakRssMb650k${suffix}`] = figure(run.peakRssMb, 'MB', 300, 'lower', `peak RSS of the wt process, --jobs ${run.jobs}${sizeNote}`, judged && full);
  }
  for (const name of ['endToEnd650kSecJobs2', 'peakRssMb650kJobs2']) {
    figures[name] ??= skippedFigure(name.startsWith('peak') ? 'MB' : 's', name.startsWith('peak') ? 300 : 10, 'lower', '--jobs 2 was not run (see --jobs)');
  }

  if (options.editor) {
    log('editor in Chromium …');
    const editor = await runEditorBench({ quick });
    details['editor'] = editor;
    if (editor.skipped !== undefined) {
      figures['editorKeystrokeMs'] = skippedFigure('ms', 50, 'lower', editor.skipped);
      figures['editorJsGzipKb'] = skippedFigure('KiB', 1200, 'lower', editor.skipped);
    } else {
      figures['editorKeystrokeMs'] = figure(
        editor.keystrokeMs!,
        'ms',
        50,
        'lower',
        `keydown → frame drawn with the markers and the selected case's results updated, in the page, median of ${editor.keystrokesMs!.length}; script done at ${editor.keystrokeScriptMs} ms, the update itself ${editor.updateMs} ms`,
        judged,
      );
      figures['editorJsGzipKb'] = figure(
        editor.jsGzipKb!,
        'KiB',
        1200,
        'lower',
        `${editor.scripts} script(s) before the page is usable, ${editor.jsKb} KiB raw; every script of the run: ${editor.allScripts}, ${editor.allJsGzipKb} KiB gzip`,
        judged,
      );
    }
  } else {
    figures['editorKeystrokeMs'] = skippedFigure('ms', 50, 'lower', 'not run (--no-editor)');
    figures['editorJsGzipKb'] = skippedFigure('KiB', 1200, 'lower', 'not run (--no-editor)');
  }

  log('scaling …');
  const scaling = runScalingBench({ quick });
  const sizes = scaling.points.map((point) => `${point.cases.toLocaleString('en-GB')}: ${point.usPerCase} µs`).join(', ');
  figures['scalingUsPerCase'] = figure(scaling.slopeUsPerCase, 'µs/case', null, null, `slope of eval time against cases (${sizes} per case)`, judged);
  figures['scalingR2'] = figure(scaling.r2, 'R²', 0.99, 'higher', 'how straight the line is (1 = linear)', judged);

  return { machine, quick, startedAt, durationSec: Math.round((performance.now() - started) / 100) / 10, figures, scaling, details };
}

function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const text = value >= 1000 ? Math.round(value).toLocaleString('en-GB') : String(value);
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

export function formatTable(report: BenchReport): string {
  const rows = FIGURE_NAMES.map((name) => {
    const f = report.figures[name]!;
    const target = f.target === null ? '' : `${f.better === 'higher' ? '≥' : '≤'} ${formatValue(f.target, f.unit)}`;
    const met = f.skipped !== undefined ? 'skipped' : f.met === null ? (f.target === null ? '' : 'not judged') : f.met ? 'met' : 'NOT met';
    return [name, formatValue(f.value, f.unit), target, met, f.skipped ?? f.note];
  });
  const header = ['figure', 'value', 'target', '', 'what'];
  const widths = header.map((_, column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ');
  return [
    `machine: ${machineLine(report.machine)}`,
    `run: ${report.startedAt}, ${report.durationSec} s${report.quick ? ', quick (small sizes: targets are not judged)' : ''}`,
    '',
    line(header),
    ...rows.map(line),
  ].join('\n');
}

function parseArguments(args: readonly string[]): RunOptions & { json?: string; chart: boolean } {
  const value = (name: string) => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args[at + 1];
  };
  const quick = args.includes('--quick');
  const jobs = value('--jobs');
  const cases = value('--cases');
  return {
    quick,
    editor: !args.includes('--no-editor'),
    jobs: jobs === undefined ? [1, 2] : jobs.split(',').map(Number),
    ...(cases !== undefined ? { cases: Number(cases) } : {}),
    ...(value('--json') !== undefined ? { json: value('--json')! } : {}),
    chart: args.includes('--chart'),
    log: (line) => process.stderr.write(`${line}\n`),
  };
}

async function main(): Promise<void> {
  const options = parseArguments(process.argv.slice(2));
  const report = await runBenchmarks(options);
  console.log(formatTable(report));
  if (options.json !== undefined) {
    await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nfigures written to ${options.json}`);
  }
  if (options.chart) {
    const path = fileURLToPath(new URL('../docs/images/scaling.svg', import.meta.url));
    await writeFile(path, scalingSvg(report.scaling, machineLine(report.machine)));
    console.log(`scaling chart written to ${path}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
