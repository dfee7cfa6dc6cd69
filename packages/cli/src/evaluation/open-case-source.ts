/** `--cases` and `--cases-format` of a command, opened for reading. */
import { resolve } from 'node:path';
import type { CompiledPolicy } from '@wt/engine';
import type { CaseFormat } from '../case-readers/case-item.js';
import { openCases, type CaseSource } from '../case-readers/read-cases.js';
import type { CommandContext } from '../command.js';
import type { ExitCode } from '../exit-codes.js';
import { displayPath } from '../io/display-path.js';

export const STDIN_NAME = '<stdin>';

export async function openCaseSource(
  ctx: CommandContext,
  compiled: CompiledPolicy,
): Promise<{ ok: true; source: CaseSource } | { ok: false; exit: ExitCode }> {
  const casesArg = ctx.args.string('cases');
  if (casesArg === undefined) return { ok: false, exit: ctx.usageError('missing --cases FILE (or --cases - for stdin)') };
  const absolutePath = resolve(ctx.cwd, casesArg);
  const format = ctx.args.string('cases-format') as CaseFormat | undefined;
  const opened = await openCases({
    path: casesArg,
    displayName: casesArg === '-' ? STDIN_NAME : displayPath(absolutePath, ctx.cwd),
    absolutePath,
    stdin: ctx.stdin,
    ...(format !== undefined ? { format } : {}),
    typing: {
      attributeTypes: (event, attribute) => compiled.schema.events.get(event)?.get(attribute),
      factTypes: (fact) => compiled.schema.facts.get(fact),
      declaresEvent: (event) => compiled.schema.events.has(event),
    },
  });
  if (!opened.ok) return { ok: false, exit: ctx.usageError(opened.message) };
  return opened;
}

/** A failure to read the input part-way (permissions, a device error) as one line. */
export function readFailureMessage(error: unknown, source: CaseSource): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') return undefined;
  return `cannot read ${source.displayName} (${code})`;
}
