/** `wt export POLICY --to FORMAT`: the policy in another form. */
import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { OUT_OPTION, POLICY_PATH_OPTION } from '../common-options.js';
import { formatDiagnostics, groupDiagnostics } from '../diagnostic-report.js';
import { EXIT_FINDING, EXIT_OK } from '../exit-codes.js';
import { EXPORTERS } from '../exporters/index.js';
import { plural } from '../format-diagnostic.js';
import { displayPath } from '../io/display-path.js';
import { writeTextOutput } from '../io/write-output.js';
import { isDirectory, isFile } from '../policy-files.js';
import { policyCheckerFor } from '../policy-search.js';
import { resolveOut } from './shared.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export a policy: its resolved IR, json-rules-engine rules, or a readable document',
  usage: [`FILE|DIR --to ${EXPORTERS.map((exporter) => exporter.name).join('|')} [--out FILE]`],
  positionals: { name: 'the policy (FILE|DIR)', min: 1, max: 1 },
  options: [
    {
      name: 'to',
      kind: 'string',
      valueName: 'FORMAT',
      choices: EXPORTERS.map((exporter) => exporter.name),
      description: 'the export format',
    },
    OUT_OPTION,
    POLICY_PATH_OPTION,
  ],
  details: EXPORTERS.map((exporter) => `--to ${exporter.name}: ${exporter.description}.`),
  examples: ['wt export policies/local/northmere.wt --to ir --out northmere.ir.json'],
  async run(ctx) {
    const to = ctx.args.string('to');
    if (to === undefined) return ctx.usageError(`missing --to ${EXPORTERS.map((exporter) => exporter.name).join('|')}`);
    const exporter = EXPORTERS.find((candidate) => candidate.name === to)!;
    const arg = ctx.args.positionals[0]!;
    const path = resolve(ctx.cwd, arg);
    if (!isFile(path) && !isDirectory(path)) return ctx.usageError(`cannot read ${arg}: no such file or directory`);
    const loaded = policyCheckerFor(ctx, [path]).load(path);
    if (loaded.errorCount > 0 || loaded.versions.length === 0) {
      const errors = groupDiagnostics(loaded.checks).map((group) => ({ ...group, diagnostics: group.diagnostics.filter((d) => d.severity === 'error') }));
      ctx.stderr.write(formatDiagnostics(errors, ctx.cwd, ctx.stderrTerminal.style));
      for (const check of loaded.checks) if (check.unreadable) ctx.note(`cannot read ${displayPath(check.path, ctx.cwd)}: ${check.unreadable}`);
      ctx.note(`${displayPath(path, ctx.cwd)} has ${plural(Math.max(1, loaded.errorCount), 'error')}: nothing was exported`);
      return EXIT_FINDING;
    }
    await writeTextOutput(exporter.export({ versions: loaded.versions, isSet: loaded.isSet }), resolveOut(ctx), ctx.stdout);
    return EXIT_OK;
  },
};
