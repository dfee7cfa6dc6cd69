/** `wt explain`: why each obligation of one case is due when it is, in plain English. */
import type { Command, CommandContext } from '../command.js';
import { AS_OF_OPTION, CASES_FORMAT_OPTION, CASES_OPTION, formatOption, OUT_OPTION, POLICY_OPTION, POLICY_PATH_OPTION } from '../common-options.js';
import { asOfDate } from '../evaluation/as-of.js';
import { loadCompiledPolicy } from '../evaluation/load-compiled-policy.js';
import { openCaseSource, readFailureMessage } from '../evaluation/open-case-source.js';
import { formatRecordProblem, printableId } from '../evaluation/rejection-report.js';
import { EXIT_FINDING, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { PLAIN_STYLE } from '../io/terminal.js';
import { writeTextOutput } from '../io/write-output.js';
import { explanationText } from '../output/explanation-text.js';
import { resultForOutput } from '../output/result-shape.js';
import type { CaseItem } from '../case-readers/case-item.js';
import { resolveOut } from './shared.js';

export const explainCommand: Command = {
  name: 'explain',
  summary: 'explain the obligations, thresholds and escalations of one case in plain English',
  usage: ['--policy FILE|DIR --cases FILE|- --case ID [--as-of YYYY-MM-DD] [--format text|json] [--out FILE]'],
  positionals: { name: 'nothing', min: 0, max: 0 },
  options: [
    POLICY_OPTION,
    CASES_OPTION,
    { name: 'case', kind: 'string', valueName: 'ID', description: 'the id of the case to explain' },
    AS_OF_OPTION,
    formatOption(['text', 'json'], 'text (default) or json: the case result with explanations'),
    OUT_OPTION,
    CASES_FORMAT_OPTION,
    POLICY_PATH_OPTION,
  ],
  details: ['Reads --cases until it finds the case. Exit 1 when the case is not there or its record is rejected.'],
  examples: ['wt explain --policy policies/local/northmere.wt --cases examples/cases.ndjson --case C-1 --as-of 2024-06-03'],
  run: runExplain,
};

async function runExplain(ctx: CommandContext) {
  const caseId = ctx.args.string('case');
  if (caseId === undefined) return ctx.usageError('missing --case ID');
  if (ctx.args.string('cases') === undefined) return ctx.usageError('missing --cases FILE (or --cases - for stdin)');
  const asOf = asOfDate(ctx);
  if (!asOf.ok) return asOf.exit;
  const policy = loadCompiledPolicy(ctx);
  if (!policy.ok) return policy.exit;
  const opened = await openCaseSource(ctx, policy.compiled);
  if (!opened.ok) return opened.exit;
  const source = opened.source;

  let read = 0;
  let found: CaseItem | undefined;
  try {
    search: for await (const batch of source.batches()) {
      for (const item of batch) {
        read++;
        if (idOf(item) === caseId) {
          found = item;
          break search;
        }
      }
    }
  } catch (error) {
    const message = readFailureMessage(error, source);
    if (message === undefined) throw error;
    ctx.note(message);
    return EXIT_USAGE;
  }
  if (found === undefined) {
    ctx.note(`no case ${printableId(caseId)} in ${source.displayName} (read ${read} record${read === 1 ? '' : 's'})`);
    return EXIT_FINDING;
  }
  const style = ctx.stderrTerminal.style;
  if (found.error !== undefined) {
    ctx.stderr.write(`${formatRecordProblem(found.error, style)}\n`);
    return EXIT_FINDING;
  }
  const outcome = policy.compiled.validate(found.value, found.origin);
  if (outcome.record === undefined) {
    for (const error of outcome.errors) ctx.stderr.write(`${formatRecordProblem(error, style)}\n`);
    return EXIT_FINDING;
  }
  const result = policy.compiled.evaluate(outcome.record, asOf.day, { explain: true });
  const out = resolveOut(ctx);
  const text =
    ctx.args.string('format') === 'json'
      ? `${JSON.stringify(resultForOutput(result, true), null, 2)}\n`
      : explanationText(result, out === undefined ? ctx.stdoutTerminal.style : PLAIN_STYLE);
  await writeTextOutput(text, out, ctx.stdout);
  return EXIT_OK;
}

function idOf(item: CaseItem): string | undefined {
  if (item.error !== undefined) return item.error.caseId;
  const value = item.value;
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
