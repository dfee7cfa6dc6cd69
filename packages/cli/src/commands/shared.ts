/** Small helpers that several commands share. */
import { resolve } from 'node:path';
import type { CommandContext } from '../command.js';

/** The absolute path of `--out`, when given. */
export function resolveOut(ctx: CommandContext): string | undefined {
  const out = ctx.args.string('out');
  return out === undefined || out === '-' ? undefined : resolve(ctx.cwd, out);
}
