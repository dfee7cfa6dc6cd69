/** One side of `wt diff` read from the working tree: a policy file or a directory of versions. */
import { checkPolicy } from '@wt/dsl';
import type { CommandContext } from '../command.js';
import { formatDiagnostics, groupDiagnostics } from '../diagnostic-report.js';
import { EXIT_USAGE } from '../exit-codes.js';
import { plural } from '../format-diagnostic.js';
import { displayPath } from '../io/display-path.js';
import type { PolicyChecker } from '../policy-loader.js';
import { policyCheckerFor } from '../policy-search.js';
import type { DiffSide, DiffSideResult } from './diff-side.js';

export function loadWorkingTreeSide(ctx: CommandContext, label: string, path: string): DiffSideResult {
  const checker = policyCheckerFor(ctx, [path]);
  const loaded = checker.load(path);
  const shown = displayPath(path, ctx.cwd);
  if (loaded.checks.length === 0) {
    ctx.note(`no policy files (.wt, .yaml) in ${shown}`);
    return { ok: false, exit: EXIT_USAGE };
  }
  for (const check of loaded.checks) {
    if (check.unreadable !== undefined) ctx.note(`cannot read ${displayPath(check.path, ctx.cwd)}: ${check.unreadable}`);
  }
  if (loaded.errorCount > 0 || loaded.versions.length === 0) {
    const errors = groupDiagnostics(loaded.checks).map((group) => ({ ...group, diagnostics: group.diagnostics.filter((d) => d.severity === 'error') }));
    ctx.stderr.write(formatDiagnostics(errors, ctx.cwd, ctx.stderrTerminal.style));
    ctx.note(`${shown} has ${plural(Math.max(1, loaded.errorCount), 'error')}: nothing was compared`);
    return { ok: false, exit: EXIT_USAGE };
  }
  const side: DiffSide = {
    label,
    versions: loaded.versions,
    isSet: loaded.isSet,
    floorPolicy: floorLookup(checker, loaded.checks[0]!.path),
    searchFiles: [...loaded.checks.map((check) => check.path), ...checker.library.readFiles().map((file) => file.path)],
  };
  return { ok: true, side };
}

/** The resolved policy of a base, found as `extends` would find it from `file`. */
export function floorLookup(checker: PolicyChecker, file: string) {
  return (policyId: string) => {
    const document = checker.library.resolverFor(file).resolve(policyId);
    if (document === undefined) return undefined;
    const checked = checker.check(document.file);
    if (checked.resolved !== undefined) return checked.resolved;
    return checkPolicy(document, checker.library.resolverFor(document.file).resolve).resolved;
  };
}
