/** `wt report`: the timeliness figures of a caseload under a policy, for a period, as a board asks for them. */
import { extname } from 'node:path';
import {
  renderTimelinessCsv,
  renderTimelinessHtml,
  renderTimelinessJson,
  renderTimelinessMarkdown,
  renderTimelinessText,
  reportCalendars,
  reportRules,
  TimelinessCollector,
  type TimelinessReport,
} from '@wt/engine';
import type { Command, CommandContext } from '../command.js';
import { AS_OF_OPTION, CASES_FORMAT_OPTION, CASES_OPTION, formatOption, OUT_OPTION, POLICY_OPTION, POLICY_PATH_OPTION } from '../common-options.js';
import { EvalCounts } from '../evaluation/eval-counts.js';
import { readGovukFiles } from '../evaluation/govuk-files.js';
import { loadCompiledPolicy } from '../evaluation/load-compiled-policy.js';
import { openCaseSource, readFailureMessage } from '../evaluation/open-case-source.js';
import { RejectionReport } from '../evaluation/rejection-report.js';
import { EXIT_FINDING, EXIT_OK, EXIT_USAGE, type ExitCode } from '../exit-codes.js';
import { Progress } from '../io/progress.js';
import { writeTextOutput } from '../io/write-output.js';
import { collectTimeliness } from '../report/collect-timeliness.js';
import { reportDates } from '../report/report-dates.js';
import { resolveOut } from './shared.js';

const REPORT_FORMATS = ['table', 'markdown', 'json', 'csv', 'html'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

const FORMAT_BY_EXTENSION: Readonly<Record<string, ReportFormat>> = { '.md': 'markdown', '.json': 'json', '.csv': 'csv', '.html': 'html', '.htm': 'html' };
const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

export const reportCommand: Command = {
  name: 'report',
  summary: 'timeliness figures of a caseload for a period: due, on time, late, open, overdue, days taken',
  usage: ['--policy FILE|DIR --cases FILE|- [--period FROM..TO] [--as-of YYYY-MM-DD] [--format table|markdown|json|csv|html] [--out FILE] [--rule ID]… [--worst N]'],
  positionals: { name: 'nothing', min: 0, max: 0 },
  options: [
    POLICY_OPTION,
    CASES_OPTION,
    { name: 'period', kind: 'string', valueName: 'FROM..TO', description: 'report on obligations due from FROM to TO, both included (default: the year ending on --as-of)' },
    { ...AS_OF_OPTION, description: 'evaluate as of this date (default: the last day of --period, else today in England)' },
    formatOption(REPORT_FORMATS, 'output format (default: from the extension of --out, else table)'),
    OUT_OPTION,
    { name: 'rule', kind: 'string', valueName: 'ID', repeatable: true, description: 'report only this rule (may be given more than once)' },
    { name: 'worst', kind: 'string', valueName: 'N', description: 'list the N cases furthest past their due date for each rule (default 10)' },
    CASES_FORMAT_OPTION,
    POLICY_PATH_OPTION,
    { name: 'quiet', short: 'q', kind: 'boolean', description: 'no summary or progress on stderr (rejected records are still reported)' },
  ],
  details: [
    'For each rule: the obligations whose due date falls in the period, how many were met on time, late, are still open or overdue on the as-of date, ' +
      'the median and distribution of working days taken, month by month, and the cases furthest past their due date. Obligations cancelled before their ' +
      'due date are counted apart. A rule whose start or required event no case records is listed as not measured by the data.',
    'Every format carries the policy hash. html is one self-contained page (no script, no external request) with charts. ' +
      'Exit 0 when every record was evaluated, 1 when any was rejected (the report is still written), 2 on misuse.',
  ],
  examples: [
    'wt report --policy policies/cin-census/cin-census.wt --cases census-2024.xml --period 2023-04-01..2024-03-31',
    'wt report --policy policies/local/northmere.wt --cases cases.ndjson --as-of 2024-03-31 --out board-report.html',
  ],
  run: runReport,
};

function chosenFormat(ctx: CommandContext, out: string | undefined): ReportFormat {
  const given = ctx.args.string('format') as ReportFormat | undefined;
  if (given !== undefined) return given;
  return (out === undefined ? undefined : FORMAT_BY_EXTENSION[extname(out).toLowerCase()]) ?? 'table';
}

function render(report: TimelinessReport, format: ReportFormat, colour: boolean, width: number): string {
  switch (format) {
    case 'table':
      return renderTimelinessText(report, { colour, width });
    case 'markdown':
      return renderTimelinessMarkdown(report);
    case 'json':
      return renderTimelinessJson(report);
    case 'csv':
      return renderTimelinessCsv(report);
    case 'html':
      return renderTimelinessHtml(report);
  }
}

async function runReport(ctx: CommandContext): Promise<ExitCode> {
  if (ctx.args.string('cases') === undefined) return ctx.usageError('missing --cases FILE (or --cases - for stdin)');
  const worstText = ctx.args.string('worst');
  if (worstText !== undefined && !/^\d{1,4}$/.test(worstText)) return ctx.usageError('--worst must be a whole number (0 to 9999)');
  const dates = reportDates(ctx);
  if (!dates.ok) return dates.exit;
  const policy = loadCompiledPolicy(ctx);
  if (!policy.ok) return policy.exit;
  const { compiled, loaded } = policy;

  let rules = reportRules(loaded.versions);
  const only = ctx.args.strings('rule');
  if (only.length > 0) {
    const unknown = only.filter((id) => !rules.some((rule) => rule.id === id));
    if (unknown.length > 0) return ctx.usageError(`--rule: the policy has no rule ${unknown.map((id) => id.slice(0, 40)).join(', ')}`);
    rules = rules.filter((rule) => only.includes(rule.id));
  }
  const govuk = readGovukFiles(loaded.versions, loaded.checks.map((check) => check.path), ctx.cwd);
  const { calendars, errors } = reportCalendars(loaded.versions, { govukFiles: govuk.ok ? govuk.files : new Map() });
  for (const message of errors) ctx.note(`${message} Working days taken are not counted for that version.`);

  const opened = await openCaseSource(ctx, compiled);
  if (!opened.ok) return opened.exit;
  const source = opened.source;
  const collector = new TimelinessCollector({
    period: dates.period,
    asOf: dates.asOfText,
    policy: { id: compiled.id, version: compiled.version, hash: compiled.hash },
    rules,
    calendars,
    ...(worstText !== undefined ? { worst: Number(worstText) } : {}),
  });
  const quiet = ctx.args.flag('quiet');
  const counts = new EvalCounts();
  const rejections = new RejectionReport(ctx.stderr, ctx.stderrTerminal.style);
  const large = source.size === undefined || source.size >= PROGRESS_MIN_BYTES;
  const progress = new Progress(ctx.stderr, ctx.stderrTerminal.isTTY && !quiet && large, `evaluating ${source.displayName}`, source.size);
  try {
    await collectTimeliness({ compiled, asOf: dates.asOf, source, collector, counts, rejections, progress });
  } catch (error) {
    progress.clear();
    const message = readFailureMessage(error, source);
    if (message === undefined) throw error;
    ctx.note(message);
    return EXIT_USAGE;
  }
  progress.clear();
  rejections.finish();

  let report = collector.report();
  if (only.length > 0) report = { ...report, rules: report.rules.filter((rule) => only.includes(rule.rule)) };
  const out = resolveOut(ctx);
  const format = chosenFormat(ctx, out);
  const text = render(report, format, out === undefined && ctx.stdoutTerminal.colour, out === undefined && ctx.stdoutTerminal.isTTY ? ctx.stdoutTerminal.columns : 120);
  try {
    await writeTextOutput(text, out, ctx.stdout);
  } catch (error) {
    return ctx.usageError(`cannot write ${ctx.args.string('out')} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!quiet) ctx.note(`${counts.summary()}; period ${dates.period.from} to ${dates.period.to}, as of ${dates.asOfText}`);
  return counts.rejected > 0 ? EXIT_FINDING : EXIT_OK;
}
