/**
 * One side of `wt diff` (OLD or NEW): a policy file, a directory of versions (a policy set), or either
 * as it was at a git revision (`REV:path`). A path that exists in the working tree is read from it;
 * otherwise `REV:path` is read with git.
 */
import { resolve } from 'node:path';
import type { ResolvedPolicy } from '@wt/dsl';
import type { FloorPolicyLookup } from '@wt/engine';
import type { CommandContext } from '../command.js';
import type { ExitCode } from '../exit-codes.js';
import { isDirectory, isFile } from '../policy-files.js';
import { parseRevisionPath } from './git-revision.js';
import { loadRevisionSide } from './revision-side.js';
import { loadWorkingTreeSide } from './working-tree-side.js';

export interface DiffSide {
  /** As typed on the command line. */
  label: string;
  /** The resolved versions, oldest effective date first (one for a single policy). */
  versions: ResolvedPolicy[];
  isSet: boolean;
  /** The resolved policy that made a rule statutory, as `extends` finds it from this side. */
  floorPolicy: FloorPolicyLookup;
  /** Files beside which a calendar's GOV.UK bank-holidays file is looked for. */
  searchFiles: string[];
}

export type DiffSideResult = { ok: true; side: DiffSide } | { ok: false; exit: ExitCode };

export async function loadDiffSide(ctx: CommandContext, arg: string): Promise<DiffSideResult> {
  const path = resolve(ctx.cwd, arg);
  if (isFile(path) || isDirectory(path)) return loadWorkingTreeSide(ctx, arg, path);
  const target = parseRevisionPath(arg);
  if (target === undefined) return { ok: false, exit: ctx.usageError(`cannot read ${arg.slice(0, 80)}: no such file or directory (a git revision is written REV:path)`) };
  return loadRevisionSide(ctx, arg, target);
}
