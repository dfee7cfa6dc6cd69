/**
 * The policy of `--policy` for eval and explain: loaded, checked (errors printed on stderr, warnings
 * counted), and compiled by the engine.
 */
import { resolve } from 'node:path';
import type { ResolvedPolicy } from '@wt/dsl';
import { compile, type CompiledPolicy, type PolicySetInput } from '@wt/engine';
import type { CommandContext } from '../command.js';
import { groupDiagnostics, formatDiagnostics } from '../diagnostic-report.js';
import { EXIT_FINDING, type ExitCode } from '../exit-codes.js';
import { plural } from '../format-diagnostic.js';
import { displayPath } from '../io/display-path.js';
import { isDirectory, isFile } from '../policy-files.js';
import type { LoadedPolicy } from '../policy-loader.js';
import { policyCheckerFor } from '../policy-search.js';
import { readGovukFiles } from './govuk-files.js';

export type CompiledPolicyResult =
  | {
      ok: true;
      compiled: CompiledPolicy;
      loaded: LoadedPolicy;
      /** What was compiled, and the bank-holiday files it read: a worker thread compiles the same. */
      compileInput: ResolvedPolicy | PolicySetInput;
      govukFiles: Map<string, unknown>;
    }
  | { ok: false; exit: ExitCode };

export function loadCompiledPolicy(ctx: CommandContext): CompiledPolicyResult {
  const policyArg = ctx.args.string('policy');
  if (policyArg === undefined) return { ok: false, exit: ctx.usageError('missing --policy FILE|DIR') };
  const path = resolve(ctx.cwd, policyArg);
  if (!isFile(path) && !isDirectory(path)) return { ok: false, exit: ctx.usageError(`cannot read ${policyArg}: no such file or directory`) };
  const checker = policyCheckerFor(ctx, [path]);
  const loaded = checker.load(path);
  const shown = displayPath(path, ctx.cwd);
  if (loaded.checks.length === 0) {
    ctx.note(`no policy files (.wt, .yaml) in ${shown}`);
    return { ok: false, exit: EXIT_FINDING };
  }
  const groups = groupDiagnostics(loaded.checks);
  const errors = groups.map((group) => ({ ...group, diagnostics: group.diagnostics.filter((d) => d.severity === 'error') }));
  const warnings = groups.reduce((sum, group) => sum + group.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  for (const check of loaded.checks) {
    if (check.unreadable !== undefined) ctx.note(`cannot read ${displayPath(check.path, ctx.cwd)}: ${check.unreadable}`);
  }
  if (loaded.errorCount > 0) {
    ctx.stderr.write(formatDiagnostics(errors, ctx.cwd, ctx.stderrTerminal.style));
    ctx.note(`the policy ${shown} has ${plural(loaded.errorCount, 'error')}: nothing was evaluated`);
    return { ok: false, exit: EXIT_FINDING };
  }
  if (warnings > 0) ctx.note(`the policy has ${plural(warnings, 'warning')} (see: wt check ${shown})`);

  const searchFiles = [...loaded.checks.map((check) => check.path), ...checker.library.readFiles().map((file) => file.path)];
  const govuk = readGovukFiles(loaded.versions, searchFiles, ctx.cwd);
  if (!govuk.ok) {
    ctx.note(govuk.message);
    return { ok: false, exit: EXIT_FINDING };
  }
  const input: ResolvedPolicy | PolicySetInput = loaded.isSet ? { versions: loaded.versions } : loaded.versions[0]!;
  const { compiled, errors: compileErrors } = compile(input, { govukFiles: govuk.files });
  if (compiled === undefined) {
    for (const message of compileErrors) ctx.note(`${shown}: ${message}`);
    ctx.note('the policy cannot be compiled: nothing was evaluated');
    return { ok: false, exit: EXIT_FINDING };
  }
  return { ok: true, compiled, loaded, compileInput: input, govukFiles: govuk.files };
}
