/**
 * `--as-of` and `--period FROM..TO` of `wt report`. With a period and no as-of date, the report is as
 * of the period's last day; with an as-of date and no period, the period is the year ending on it (a
 * census year: ReferenceDate − 1 year + 1 day to ReferenceDate); with neither, as of today.
 */
import { parseIsoDate, parseReportPeriod, yearEnding, type DayNumber, type ReportPeriod } from '@wt/engine';
import type { CommandContext } from '../command.js';
import { asOfDate } from '../evaluation/as-of.js';
import type { ExitCode } from '../exit-codes.js';

export type ReportDates = { ok: true; asOf: DayNumber; asOfText: string; period: ReportPeriod } | { ok: false; exit: ExitCode };

export function reportDates(ctx: CommandContext): ReportDates {
  const periodText = ctx.args.string('period');
  let period: ReportPeriod | undefined;
  if (periodText !== undefined) {
    const parsed = parseReportPeriod(periodText);
    if ('error' in parsed) return { ok: false, exit: ctx.usageError(`--period: ${parsed.error}`) };
    period = parsed.period;
  }
  if (period !== undefined && ctx.args.string('as-of') === undefined) {
    return { ok: true, asOf: parseIsoDate(period.to)!, asOfText: period.to, period };
  }
  const asOf = asOfDate(ctx);
  if (!asOf.ok) return asOf;
  if (period !== undefined && asOf.text < period.from) {
    return { ok: false, exit: ctx.usageError('--as-of is before the period starts: nothing in it could be known') };
  }
  return { ok: true, asOf: asOf.day, asOfText: asOf.text, period: period ?? yearEnding(asOf.text)! };
}
