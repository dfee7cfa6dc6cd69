/** `--as-of YYYY-MM-DD`, or today (in England) when it is left out, said on stderr. */
import { parseIsoDate, type DayNumber } from '@wt/engine';
import type { CommandContext } from '../command.js';
import type { ExitCode } from '../exit-codes.js';

export function asOfDate(ctx: CommandContext): { ok: true; day: DayNumber; text: string } | { ok: false; exit: ExitCode } {
  const given = ctx.args.string('as-of');
  if (given === undefined) {
    const today = ctx.today();
    const day = parseIsoDate(today);
    if (day === undefined) return { ok: false, exit: ctx.usageError('cannot tell today\'s date: give --as-of YYYY-MM-DD') };
    ctx.note(`as of ${today} (today)`);
    return { ok: true, day, text: today };
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(given) ? parseIsoDate(given) : undefined;
  if (day === undefined) {
    const shown = given.slice(0, 40).replace(/[\u0000-\u001f]/g, '?');
    return { ok: false, exit: ctx.usageError(`--as-of must be a date that exists, as YYYY-MM-DD (got "${shown}")`) };
  }
  return { ok: true, day, text: given };
}
