/** `wt eval`: evaluates case timelines against a policy as of a date, streaming. */
import type { Command, CommandContext } from '../command.js';
import { AS_OF_OPTION, CASES_FORMAT_OPTION, CASES_OPTION, formatOption, OUT_OPTION, POLICY_OPTION, POLICY_PATH_OPTION } from '../common-options.js';
import { asOfDate } from '../evaluation/as-of.js';
import { EvalCounts } from '../evaluation/eval-counts.js';
import { evaluateCases } from '../evaluation/evaluate-cases.js';
import { evaluateInWorkers, WorkerPool } from '../evaluation/evaluate-in-workers.js';
import { formatFromExtension } from '../case-readers/detect-case-format.js';
import { loadCompiledPolicy } from '../evaluation/load-compiled-policy.js';
import { openCaseSource, readFailureMessage } from '../evaluation/open-case-source.js';
import { OutcomeRecorder } from '../evaluation/outcome-recorder.js';
import type { RecordEvaluation } from '../evaluation/record-outcome.js';
import { RejectionReport } from '../evaluation/rejection-report.js';
import { EXIT_FINDING, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { reportInternalError } from '../internal-error.js';
import { Progress } from '../io/progress.js';
import { openOutput, type OutputSink } from '../io/write-output.js';
import { OUTPUT_FORMATS, type OutputFormat, type ResultFormatOptions } from '../output/result-format.js';
import { resultFormat } from '../output/result-formats.js';
import { ResultWriter } from '../output/result-writer.js';
import { resolveOut } from './shared.js';

const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'evaluate case timelines against a policy as of a date',
  usage: ['--policy FILE|DIR --cases FILE|- [--as-of YYYY-MM-DD] [--format table|json|ndjson|csv] [--out FILE] [--explain] [--jobs N]'],
  positionals: { name: 'nothing', min: 0, max: 0 },
  options: [
    POLICY_OPTION,
    CASES_OPTION,
    AS_OF_OPTION,
    formatOption(OUTPUT_FORMATS, 'output format (default: table on a terminal, else ndjson)'),
    OUT_OPTION,
    { name: 'explain', kind: 'boolean', description: 'include the plain-English explanation of every obligation and threshold' },
    CASES_FORMAT_OPTION,
    POLICY_PATH_OPTION,
    { name: 'quiet', short: 'q', kind: 'boolean', description: 'no summary or progress on stderr (rejected records are still reported)' },
    {
      name: 'jobs',
      short: 'j',
      kind: 'string',
      valueName: 'N',
      description: 'evaluate NDJSON input in N worker threads (default 1: in one thread); output order is kept',
    },
  ],
  details: [
    'Results go to stdout (or --out); everything else goes to stderr: rejected records (FILE:LINE: error CODE message, ' +
      'naming the field, never quoting case data), warnings, progress and a summary. Every other record is still evaluated. ' +
      'Exit 0 when every record was evaluated, 1 when any record was rejected, 2 on misuse.',
  ],
  examples: [
    'wt eval --policy policies/local/northmere.wt --cases cases.ndjson --as-of 2024-06-03',
    'cat cases.ndjson | wt eval --policy policies/england --cases - --as-of 2013-06-01 --format csv --out results.csv',
  ],
  run: runEval,
};

const MAX_JOBS = 64;

async function runEval(ctx: CommandContext) {
  if (ctx.args.string('cases') === undefined) return ctx.usageError('missing --cases FILE (or --cases - for stdin)');
  const jobsArg = ctx.args.string('jobs') ?? '1';
  if (!/^[1-9][0-9]*$/.test(jobsArg) || Number(jobsArg) > MAX_JOBS) return ctx.usageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}`);
  const jobs = Number(jobsArg);
  const casesArg = ctx.args.string('cases')!;
  const namedFormat = ctx.args.string('cases-format') ?? (casesArg === '-' ? undefined : formatFromExtension(casesArg));
  // Started now, so that the workers load while this thread loads the policy.
  const pool = jobs > 1 && namedFormat === 'ndjson' ? new WorkerPool(jobs) : undefined;
  try {
    return await evaluateAll(ctx, pool);
  } finally {
    pool?.closeSoon();
  }
}

async function evaluateAll(ctx: CommandContext, pool: WorkerPool | undefined) {
  const asOf = asOfDate(ctx);
  if (!asOf.ok) return asOf.exit;
  const policy = loadCompiledPolicy(ctx);
  if (!policy.ok) return policy.exit;
  const { compiled } = policy;
  const opened = await openCaseSource(ctx, compiled);
  if (!opened.ok) return opened.exit;
  const source = opened.source;

  const out = resolveOut(ctx);
  const format = (ctx.args.string('format') as OutputFormat | undefined) ?? (out === undefined && ctx.stdoutTerminal.isTTY ? 'table' : 'ndjson');
  let sink: OutputSink;
  try {
    sink = await openOutput(out, ctx.stdout);
  } catch (error) {
    return ctx.usageError(`cannot write ${ctx.args.string('out')} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const quiet = ctx.args.flag('quiet');
  const explain = ctx.args.flag('explain');
  const formatOptions: ResultFormatOptions = {
    explain,
    colour: out === undefined && ctx.stdoutTerminal.colour,
    ruleWidth: Math.max(0, ...policy.loaded.versions.flatMap((version) => version.rules.map((rule) => rule.id.length))),
  };
  const resultsFormat = resultFormat(format, formatOptions);
  const writer = new ResultWriter(sink, resultsFormat);
  const counts = new EvalCounts();
  const rejections = new RejectionReport(ctx.stderr, ctx.stderrTerminal.style);
  const recorder = new OutcomeRecorder(counts, rejections, writer, (message) => {
    if (counts.internalErrors === 1) reportInternalError(new Error(message), ctx.stderr);
  });
  const large = source.size === undefined || source.size >= PROGRESS_MIN_BYTES;
  const progress = new Progress(ctx.stderr, ctx.stderrTerminal.isTTY && !quiet && large, `evaluating ${source.displayName}`, source.size);
  const evaluation: RecordEvaluation = { compiled, format: resultsFormat, asOf: asOf.day, explain };

  const parallel = pool !== undefined && source.format === 'ndjson' && source.raw !== undefined;
  if (ctx.args.string('jobs') !== undefined && ctx.args.string('jobs') !== '1' && !parallel && !quiet) {
    ctx.note('--jobs applies to NDJSON input named .ndjson or .jsonl (or --cases-format ndjson): evaluating in one thread');
  }

  try {
    if (parallel) {
      const setup = { compileInput: policy.compileInput, govukFiles: policy.govukFiles, asOf: asOf.day, format, formatOptions, file: source.displayName };
      await evaluateInWorkers({ pool, setup, input: source.raw!(), recorder, sink, progress, recordsRead: () => counts.read });
    } else {
      await evaluateCases({ evaluation, source, recorder, sink, progress, recordsRead: () => counts.read });
    }
    const end = writer.end();
    if (end !== undefined) await end;
  } catch (error) {
    progress.clear();
    await sink.abort();
    const message = readFailureMessage(error, source);
    if (message === undefined) throw error;
    ctx.note(message);
    return EXIT_USAGE;
  }
  progress.clear();
  await sink.close();
  rejections.finish();
  if (!quiet) ctx.note(counts.summary());
  if (counts.internalErrors > 0) return EXIT_INTERNAL;
  return counts.rejected > 0 ? EXIT_FINDING : EXIT_OK;
}
