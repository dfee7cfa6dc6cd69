/** `wt check FILE|DIR…`: parses and checks policies; exit 1 when any has an error. */
import type { Command } from '../command.js';
import { formatOption, OUT_OPTION, POLICY_PATH_OPTION } from '../common-options.js';
import { diagnosticsAsJson, formatDiagnostics, groupDiagnostics } from '../diagnostic-report.js';
import { EXIT_FINDING, EXIT_OK } from '../exit-codes.js';
import { plural } from '../format-diagnostic.js';
import { displayPath } from '../io/display-path.js';
import { PLAIN_STYLE } from '../io/terminal.js';
import { writeTextOutput } from '../io/write-output.js';
import { expandPolicyArguments } from '../policy-arguments.js';
import { policyCheckerFor } from '../policy-search.js';
import { resolveOut } from './shared.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'check policies for errors (syntax, names, types, statutory floors)',
  usage: ['[--format text|json] FILE|DIR…'],
  positionals: { name: 'a policy file or directory (FILE|DIR…)', min: 1 },
  options: [formatOption(['text', 'json'], 'text: one line per problem (default); json: an array of {file, diagnostics}'), OUT_OPTION, POLICY_PATH_OPTION],
  details: [
    'Each FILE is a .wt or .yaml policy; each DIR is searched, with its subdirectories, for them. ' +
      'Problems are printed as FILE:LINE:COLUMN: error|warning CODE message, with hint: and related: lines. ' +
      'Exit 1 when any file has an error; warnings alone exit 0.',
  ],
  examples: ['wt check policies/', 'wt check --format json policies/local/northmere.wt'],
  async run(ctx) {
    const expanded = expandPolicyArguments(ctx.args.positionals, ctx.cwd);
    if (!expanded.ok) return ctx.usageError(expanded.message);
    const checker = policyCheckerFor(ctx, expanded.files);
    const checks = expanded.files.map((file) => checker.check(file));
    const groups = groupDiagnostics(checks);
    let errors = 0;
    let warnings = 0;
    for (const group of groups) {
      for (const diagnostic of group.diagnostics) {
        if (diagnostic.severity === 'error') errors++;
        else if (diagnostic.severity === 'warning') warnings++;
      }
    }
    const unreadable = checks.filter((check) => check.unreadable !== undefined);
    for (const check of unreadable) ctx.note(`cannot check ${displayPath(check.path, ctx.cwd)}: ${check.unreadable}`);
    const out = resolveOut(ctx);
    if (ctx.args.string('format') === 'json') {
      const json = diagnosticsAsJson(groups, ctx.cwd);
      for (const check of unreadable) {
        json.push({ file: displayPath(check.path, ctx.cwd), diagnostics: [], unreadable: check.unreadable });
      }
      await writeTextOutput(`${JSON.stringify(json, null, 2)}\n`, out, ctx.stdout);
    } else {
      const text = formatDiagnostics(groups, ctx.cwd, out === undefined ? ctx.stdoutTerminal.style : PLAIN_STYLE);
      if (text !== '' || out !== undefined) await writeTextOutput(text, out, ctx.stdout);
    }
    const failed = errors > 0 || unreadable.length > 0;
    const summary = `checked ${plural(checks.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    ctx.stderr.write(`${failed ? summary : ctx.stderrTerminal.style.green(summary)}\n`);
    return failed ? EXIT_FINDING : EXIT_OK;
  },
};
