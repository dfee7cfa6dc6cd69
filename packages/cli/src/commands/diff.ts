/**
 * `wt diff OLD NEW`: what changed between two versions of a policy, in the domain's words, and with
 * `--cases` what it does to the cases. Exit 0 when the policies mean the same, 1 when they differ,
 * 2 on trouble (as diff(1) does).
 */
import {
  diffPolicies,
  diffPolicySets,
  renderPolicyDiffHtml,
  renderPolicyDiffMarkdown,
  renderPolicyDiffText,
  type ImpactReport,
  type PolicyDiff,
  type PolicySetDiff,
} from '@wt/engine';
import type { Command, CommandContext } from '../command.js';
import { AS_OF_OPTION, CASES_FORMAT_OPTION, CASES_OPTION, formatOption, OUT_OPTION, POLICY_PATH_OPTION } from '../common-options.js';
import { diffImpact } from '../diff/diff-impact.js';
import { loadDiffSide } from '../diff/diff-side.js';
import { EXIT_FINDING, EXIT_OK } from '../exit-codes.js';
import { writeTextOutput } from '../io/write-output.js';
import { resolveOut } from './shared.js';

const FORMATS = ['text', 'md', 'json', 'html'] as const;
type DiffFormat = (typeof FORMATS)[number];
const DEFAULT_EXAMPLES = 3;

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what changed between two versions of a policy, and which cases it changes',
  usage: [`OLD NEW [--cases FILE --as-of YYYY-MM-DD] [--format ${FORMATS.join('|')}] [--out FILE]`],
  positionals: { name: 'OLD NEW (files, directories of versions, or REV:path)', min: 2, max: 2 },
  options: [
    CASES_OPTION,
    AS_OF_OPTION,
    formatOption(FORMATS, 'output format (default: text)'),
    OUT_OPTION,
    { name: 'examples', kind: 'string', valueName: 'N', description: `how many changed cases to explain side by side (default ${DEFAULT_EXAMPLES})` },
    CASES_FORMAT_OPTION,
    POLICY_PATH_OPTION,
  ],
  details: [
    'OLD and NEW are policy files, directories of versions (policy sets), or either as it was at a git revision: ' +
      'REV:path, read with git (HEAD~3:policies/local/x.wt). A path that exists in the working tree is read from it.',
    'The diff is semantic: every timescale, review point and decision point added, removed or changed, each change ' +
      'stricter, looser, neutral or not comparable, with its statutory-floor status; the calendar, escalation and thresholds ' +
      '(with a witness: facts that get a different level).',
    'With --cases, every case whose obligations change due date or status (or whose threshold level changes) under NEW, ' +
      'counted by rule and kind of change, with a few examples explained side by side.',
    'Exit 0 when the policies are the same, 1 when they differ, 2 on trouble.',
  ],
  examples: [
    'wt diff policies/england/working-together-2010.wt policies/england/working-together-2013.wt',
    'wt diff HEAD~3:policies/local/northmere.wt policies/local/northmere.wt --cases examples/caseloads/hand-made.json --as-of 2024-06-28',
    'wt diff old.wt new.wt --format html --out changes.html',
  ],
  run: runDiff,
};

async function runDiff(ctx: CommandContext) {
  const examplesArg = ctx.args.string('examples');
  const examples = examplesArg === undefined ? DEFAULT_EXAMPLES : Number(examplesArg);
  if (!Number.isInteger(examples) || examples < 0 || examples > 100) return ctx.usageError('--examples must be a whole number from 0 to 100');
  if (ctx.args.has('as-of') && !ctx.args.has('cases')) return ctx.usageError('--as-of needs --cases FILE');
  const [oldArg, newArg] = ctx.args.positionals as [string, string];
  const oldSide = await loadDiffSide(ctx, oldArg);
  if (!oldSide.ok) return oldSide.exit;
  const newSide = await loadDiffSide(ctx, newArg);
  if (!newSide.ok) return newSide.exit;

  const options = { floorPolicy: newSide.side.floorPolicy };
  const single = !oldSide.side.isSet && !newSide.side.isSet;
  const diff: PolicyDiff | PolicySetDiff = single
    ? diffPolicies(oldSide.side.versions[0]!, newSide.side.versions[0]!, options)
    : diffPolicySets(oldSide.side.versions, newSide.side.versions, options);

  let impact: ImpactReport | undefined;
  if (ctx.args.has('cases')) {
    const replacements = 'versions' in diff ? diff.versions.flatMap((version) => version.replacements) : diff.replacements;
    const result = await diffImpact(ctx, oldSide.side, newSide.side, { examples, replacements });
    if (!result.ok) return result.exit;
    impact = result.impact;
  }

  const out = resolveOut(ctx);
  const format = (ctx.args.string('format') as DiffFormat | undefined) ?? 'text';
  const colour = out === undefined && ctx.stdoutTerminal.colour;
  await writeTextOutput(render(format, diff, impact, colour, ctx.stdoutTerminal.columns), out, ctx.stdout);
  return diff.equal ? EXIT_OK : EXIT_FINDING;
}

function render(format: DiffFormat, diff: PolicyDiff | PolicySetDiff, impact: ImpactReport | undefined, colour: boolean, width: number): string {
  switch (format) {
    case 'text':
      return renderPolicyDiffText(diff, impact, { colour, width: Math.max(60, width) });
    case 'md':
      return renderPolicyDiffMarkdown(diff, impact);
    case 'html':
      return renderPolicyDiffHtml(diff, impact);
    case 'json':
      return `${JSON.stringify(impact === undefined ? { diff } : { diff, impact }, null, 2)}\n`;
  }
}
