/** `wt test [PATH…]`: runs policy fixtures (`*.fixture.yaml`) and reports each failure as a diff. */
import type { Command, CommandContext } from '../command.js';
import { formatOption, OUT_OPTION, POLICY_PATH_OPTION } from '../common-options.js';
import { EXIT_FINDING, EXIT_OK } from '../exit-codes.js';
import { findFixtureFiles } from '../fixtures/find-fixture-files.js';
import { fixtureCoverage } from '../fixtures/fixture-coverage.js';
import { FixturePolicies } from '../fixtures/fixture-policies.js';
import { formatCoverage } from '../fixtures/format-coverage.js';
import { formatFixtureFile, formatSummary } from '../fixtures/format-text-report.js';
import { jsonReport } from '../fixtures/json-report.js';
import { formatJunitReport } from '../fixtures/junit-report.js';
import { countOutcomes, runFixtureFile, type FixtureFileOutcome } from '../fixtures/run-fixtures.js';
import { updateFixtureFile } from '../fixtures/update-fixture.js';
import { displayPath } from '../io/display-path.js';
import { PLAIN_STYLE } from '../io/terminal.js';
import { writeTextOutput } from '../io/write-output.js';
import { resolve } from 'node:path';
import { resolveOut } from './shared.js';

export const testCommand: Command = {
  name: 'test',
  summary: 'run policy fixtures (*.fixture.yaml): expected due dates and statuses',
  usage: ['[--update] [--coverage] [--format text|json|junit] [--out FILE] [PATH…]'],
  positionals: { name: 'PATH…', min: 0 },
  options: [
    { name: 'update', kind: 'boolean', description: 'write the actual values into the expectations the fixtures list (golden files)' },
    { name: 'coverage', kind: 'boolean', description: 'report the rules, statuses and calendar edge classes the fixtures exercise, and the rules none touches' },
    formatOption(['text', 'json', 'junit'], 'text: failures as diffs (default); json: every case; junit: JUnit XML for CI'),
    OUT_OPTION,
    { name: 'verbose', short: 'v', kind: 'boolean', description: 'also list the fixture cases that passed' },
    POLICY_PATH_OPTION,
  ],
  details: [
    'Each PATH is a fixture file, or a directory searched recursively for *.fixture.yaml (node_modules and hidden ' +
      'directories skipped); the default is the current directory. Each block of `expect` (a case at an as-of date) ' +
      'is one fixture case. The last line is the summary `N passed, N failed` (on stderr with --format json or junit). ' +
      'A malformed fixture file is reported as FILE:LINE:COLUMN and counts as failed. ' +
      'Exit 0 when every case passed, 1 when any failed, 2 on misuse. The format is described in docs/fixtures.md.',
  ],
  examples: ['wt test', 'wt test policies/ examples/', 'wt test --coverage policies/england', 'wt test --format junit --out fixtures.xml'],
  run: runTest,
};

async function runTest(ctx: CommandContext) {
  const paths = ctx.args.positionals.length > 0 ? ctx.args.positionals : ['.'];
  const found = findFixtureFiles(paths, ctx.cwd);
  if (!found.ok) return ctx.usageError(`cannot read ${found.missing.slice(0, 200)}: no such file or directory`);
  const format = ctx.args.string('format') ?? 'text';
  const out = resolveOut(ctx);
  const policies = new FixturePolicies({
    cwd: ctx.cwd,
    policyPaths: ctx.args.strings('policy-path').map((path) => resolve(ctx.cwd, path)),
    ...(ctx.env['WT_NO_BUNDLED_POLICIES'] === '1' ? { bundledRoot: null } : {}),
  });

  let outcomes: FixtureFileOutcome[] = found.files.map((file) => runFixtureFile(file, policies));
  if (ctx.args.flag('update')) outcomes = updateAll(ctx, outcomes, policies);
  const counts = countOutcomes(outcomes);
  const coverage = ctx.args.flag('coverage') ? fixtureCoverage(outcomes, policies.loaded(), ctx.cwd) : undefined;
  const style = out === undefined ? ctx.stdoutTerminal.style : PLAIN_STYLE;
  const summary = formatSummary(counts);

  if (found.files.length === 0) ctx.note(`no fixture files (*.fixture.yaml) in ${paths.map((path) => path.slice(0, 200)).join(', ')}`);
  if (format === 'json') {
    const report = jsonReport(outcomes, counts, ctx.cwd);
    if (coverage !== undefined) report.coverage = coverage;
    await writeTextOutput(`${JSON.stringify(report, null, 2)}\n`, out, ctx.stdout);
    ctx.stderr.write(summary);
  } else if (format === 'junit') {
    await writeTextOutput(formatJunitReport(outcomes, ctx.cwd), out, ctx.stdout);
    if (coverage !== undefined) ctx.stderr.write(formatCoverage(coverage, ctx.stderrTerminal.style));
    ctx.stderr.write(summary);
  } else {
    let text = outcomes.map((outcome) => formatFixtureFile(outcome, { cwd: ctx.cwd, style, verbose: ctx.args.flag('verbose') })).join('');
    if (coverage !== undefined) text += `${formatCoverage(coverage, style)}\n`;
    await writeTextOutput(text + summary, out, ctx.stdout);
  }
  return counts.failed > 0 || found.files.length === 0 ? EXIT_FINDING : EXIT_OK;
}

/** Writes the actual values into the fixtures that failed, then runs those fixtures again. */
function updateAll(ctx: CommandContext, outcomes: FixtureFileOutcome[], policies: FixturePolicies): FixtureFileOutcome[] {
  return outcomes.map((outcome) => {
    const update = updateFixtureFile(outcome);
    if (update === undefined) return outcome;
    const shown = displayPath(update.file, ctx.cwd);
    if (update.error !== undefined) {
      ctx.note(`cannot update ${shown}: ${update.error}`);
      return outcome;
    }
    const added = update.added > 0 ? `, ${update.added} expectation${update.added === 1 ? '' : 's'} added` : '';
    ctx.note(`updated ${shown}: ${update.changed} value${update.changed === 1 ? '' : 's'}${added}`);
    return runFixtureFile(outcome.file, policies);
  });
}
