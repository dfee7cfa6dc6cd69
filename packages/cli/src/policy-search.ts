/** The PolicyChecker for a command, from its arguments. */
import { resolve } from 'node:path';
import type { CommandContext } from './command.js';
import { PolicyChecker } from './policy-loader.js';

export function policyCheckerFor(ctx: CommandContext, commandLinePaths: readonly string[]): PolicyChecker {
  return new PolicyChecker({
    commandLineFiles: commandLinePaths.map((path) => resolve(ctx.cwd, path)),
    policyPaths: ctx.args.strings('policy-path').map((path) => resolve(ctx.cwd, path)),
    ...(ctx.env['WT_NO_BUNDLED_POLICIES'] === '1' ? { bundledRoot: null } : {}),
  });
}
