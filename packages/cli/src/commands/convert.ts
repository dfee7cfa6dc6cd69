/** `wt convert FILE --to wt|yaml`: the same policy in the other spelling. */
import { resolve } from 'node:path';
import { convertPolicy } from '@wt/dsl';
import type { Command } from '../command.js';
import { OUT_OPTION } from '../common-options.js';
import { formatDiagnostics } from '../diagnostic-report.js';
import { EXIT_FINDING, EXIT_OK } from '../exit-codes.js';
import { readPolicyText } from '../io/read-policy-text.js';
import { writeTextOutput } from '../io/write-output.js';
import { isFile, policySpelling } from '../policy-files.js';
import { resolveOut } from './shared.js';

export const convertCommand: Command = {
  name: 'convert',
  summary: 'convert a policy between the text (.wt) and YAML spellings',
  usage: ['FILE --to wt|yaml [--out FILE]'],
  positionals: { name: 'the policy file (FILE)', min: 1, max: 1 },
  options: [{ name: 'to', kind: 'string', valueName: 'SPELLING', choices: ['wt', 'yaml'], description: 'the spelling to convert to' }, OUT_OPTION],
  details: ['Both spellings compile to the same IR, so a round trip keeps the meaning (and the policy hash). Comments are not carried across.'],
  examples: ['wt convert policies/local/northmere.wt --to yaml --out northmere.yaml'],
  async run(ctx) {
    const to = ctx.args.string('to') as 'wt' | 'yaml' | undefined;
    if (to === undefined) return ctx.usageError('missing --to wt|yaml');
    const arg = ctx.args.positionals[0]!;
    const path = resolve(ctx.cwd, arg);
    const from = policySpelling(path);
    if (!isFile(path)) return ctx.usageError(`cannot read ${arg}: no such file`);
    if (from === undefined) return ctx.usageError(`${arg} is not a policy file (.wt, .yaml or .yml)`);
    const read = readPolicyText(path);
    if (!read.ok) return ctx.usageError(`cannot read ${arg}: ${read.reason}`);
    const converted = read.text === undefined ? { text: undefined, diagnostics: read.diagnostics } : convertPolicy(read.text, from, to, path);
    const errors = converted.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (converted.text === undefined || errors.length > 0) {
      ctx.stderr.write(formatDiagnostics([{ path, diagnostics: errors }], ctx.cwd, ctx.stderrTerminal.style));
      ctx.note(`${arg} has errors: nothing was converted`);
      return EXIT_FINDING;
    }
    await writeTextOutput(converted.text, resolveOut(ctx), ctx.stdout);
    return EXIT_OK;
  },
};
