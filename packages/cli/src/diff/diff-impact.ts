/**
 * `wt diff … --cases FILE --as-of DATE`: both sides compiled, every case evaluated under each, and
 * the changes collected (see @wt/engine `caseloadImpact`). Rejected records are reported on stderr as
 * `wt eval` reports them; they are counted, not fatal.
 */
import { compile, ImpactCollector, type CompiledPolicy, type ImpactOptions, type ImpactReport } from '@wt/engine';
import type { CommandContext } from '../command.js';
import { asOfDate } from '../evaluation/as-of.js';
import { readGovukFiles } from '../evaluation/govuk-files.js';
import { openCaseSource, readFailureMessage } from '../evaluation/open-case-source.js';
import { RejectionReport } from '../evaluation/rejection-report.js';
import { EXIT_USAGE, type ExitCode } from '../exit-codes.js';
import type { DiffSide } from './diff-side.js';

export type ImpactResult = { ok: true; impact: ImpactReport } | { ok: false; exit: ExitCode };

function compileSide(ctx: CommandContext, side: DiffSide): CompiledPolicy | undefined {
  const govuk = readGovukFiles(side.versions, side.searchFiles, ctx.cwd);
  if (!govuk.ok) {
    ctx.note(`${side.label}: ${govuk.message}`);
    return undefined;
  }
  const { compiled, errors } = compile(side.isSet ? { versions: side.versions } : side.versions[0]!, { govukFiles: govuk.files });
  for (const message of errors) ctx.note(`${side.label}: ${message}`);
  return compiled;
}

export interface DiffImpactOptions {
  examples: number;
  replacements: ImpactOptions['replacements'];
}

export async function diffImpact(ctx: CommandContext, oldSide: DiffSide, newSide: DiffSide, options: DiffImpactOptions): Promise<ImpactResult> {
  const asOf = asOfDate(ctx);
  if (!asOf.ok) return asOf;
  const oldCompiled = compileSide(ctx, oldSide);
  const newCompiled = compileSide(ctx, newSide);
  if (oldCompiled === undefined || newCompiled === undefined) {
    ctx.note('the policies cannot be compiled: the impact on the cases was not worked out');
    return { ok: false, exit: EXIT_USAGE };
  }
  const opened = await openCaseSource(ctx, newCompiled);
  if (!opened.ok) return opened;
  const rejections = new RejectionReport(ctx.stderr, ctx.stderrTerminal.style);
  const collector = new ImpactCollector(oldCompiled, newCompiled, asOf.day, {
    examples: options.examples,
    replacements: options.replacements,
    onReject: (rejection) => rejections.report(rejection.errors),
  });
  try {
    for await (const batch of opened.source.batches()) {
      for (const item of batch) {
        if (item.error !== undefined) collector.addUnreadable(item.error);
        else collector.add(item.value, item.origin);
      }
    }
  } catch (error) {
    const message = readFailureMessage(error, opened.source);
    if (message === undefined) throw error;
    ctx.note(message);
    return { ok: false, exit: EXIT_USAGE };
  }
  rejections.finish();
  const impact = collector.report();
  if (impact.rejected > 0) ctx.note(`${impact.rejected} of ${impact.cases} records could not be evaluated under both policies and are not counted`);
  return { ok: true, impact };
}
