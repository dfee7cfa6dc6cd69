/** `wt fmt [--check] FILE|DIR…`: rewrites .wt files in canonical layout (atomically), or lists those that are not. */
import { decodeSource, formatText, type Diagnostic } from '@wt/dsl';
import type { Command, CommandContext } from '../command.js';
import { formatDiagnostics } from '../diagnostic-report.js';
import { EXIT_FINDING, EXIT_OK } from '../exit-codes.js';
import { plural } from '../format-diagnostic.js';
import { displayPath } from '../io/display-path.js';
import { readAllBytes } from '../io/read-all.js';
import { readPolicyText } from '../io/read-policy-text.js';
import { writeFileAtomically } from '../io/write-output.js';
import { expandPolicyArguments } from '../policy-arguments.js';
import { policySpelling } from '../policy-files.js';
import { parsePolicySource } from '../parse-policy-source.js';

export const fmtCommand: Command = {
  name: 'fmt',
  summary: 'format .wt policies in the canonical layout (or check that they are)',
  usage: ['[--check] FILE|DIR…', '-   (formats stdin to stdout)'],
  positionals: { name: 'a policy file or directory (FILE|DIR…)', min: 1 },
  options: [{ name: 'check', kind: 'boolean', description: 'change nothing: list the files that are not formatted, exit 1 if any' }],
  details: [
    'Files are rewritten atomically, and only when their layout changes; comments are kept. A file with syntax errors is ' +
      'left alone and its errors are printed. fmt handles .wt files; YAML files are checked only (their comments would not survive).',
  ],
  examples: ['wt fmt --check policies/', 'wt fmt policies/local/northmere.wt'],
  async run(ctx) {
    if (ctx.args.positionals.includes('-')) {
      if (ctx.args.positionals.length > 1) return ctx.usageError('- (stdin) cannot be mixed with files');
      return formatStdin(ctx);
    }
    const expanded = expandPolicyArguments(ctx.args.positionals, ctx.cwd);
    if (!expanded.ok) return ctx.usageError(expanded.message);
    const check = ctx.args.flag('check');
    const style = ctx.stderrTerminal.style;
    let changed = 0;
    let failed = 0;
    let yamlFiles = 0;
    const total = expanded.files.length;
    for (const path of expanded.files) {
      const shown = displayPath(path, ctx.cwd);
      const spelling = policySpelling(path);
      const read = readPolicyText(path);
      if (!read.ok) {
        ctx.note(`cannot read ${shown}: ${read.reason}`);
        failed++;
        continue;
      }
      if (read.text === undefined) {
        failed++;
        ctx.stderr.write(formatDiagnostics([{ path, diagnostics: read.diagnostics }], ctx.cwd, style));
        continue;
      }
      const source = read.text;
      if (spelling !== 'wt') {
        yamlFiles++;
        const errors = spelling === 'yaml' ? errorsOf(parsePolicySource(source, path, 'yaml').diagnostics) : [];
        if (spelling === undefined) ctx.note(`${shown} is not a policy file (.wt, .yaml)`);
        if (errors.length > 0 || spelling === undefined) failed++;
        ctx.stderr.write(formatDiagnostics([{ path, diagnostics: errors }], ctx.cwd, style));
        continue;
      }
      const formatted = formatText(source, path);
      if (formatted.text === undefined) {
        failed++;
        ctx.stderr.write(formatDiagnostics([{ path, diagnostics: errorsOf(formatted.diagnostics) }], ctx.cwd, style));
        continue;
      }
      if (formatted.text === source) continue;
      changed++;
      if (check) {
        ctx.stdout.write(`${shown}\n`);
      } else {
        await writeFileAtomically(path, formatted.text);
        ctx.note(`formatted ${shown}`);
      }
    }
    const what = check ? `${plural(total, 'file')} checked: ${changed} not formatted` : `formatted ${changed} of ${plural(total, 'file')}`;
    const problems = failed > 0 ? `, ${plural(failed, 'file')} with errors left unchanged` : '';
    const yaml = yamlFiles > 0 ? ` (${plural(yamlFiles, 'YAML file')} checked only: fmt handles .wt files)` : '';
    ctx.note(`${what}${problems}${yaml}`);
    return failed > 0 || (check && changed > 0) ? EXIT_FINDING : EXIT_OK;
  },
};

async function formatStdin(ctx: CommandContext) {
  const decoded = decodeSource(await readAllBytes(ctx.stdin), '<stdin>');
  const source = decoded.text ?? '';
  const formatted = decoded.text === undefined ? { text: undefined, diagnostics: decoded.diagnostics } : formatText(source, '<stdin>');
  if (formatted.text === undefined) {
    ctx.stderr.write(formatDiagnostics([{ path: '<stdin>', diagnostics: errorsOf(formatted.diagnostics) }], ctx.cwd, ctx.stderrTerminal.style));
    return EXIT_FINDING;
  }
  if (ctx.args.flag('check')) return formatted.text === source ? EXIT_OK : EXIT_FINDING;
  ctx.stdout.write(formatted.text);
  return EXIT_OK;
}

function errorsOf(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
}
