/** `wt import cin FILE.xml`: a DfE children in need census return as case timelines (NDJSON), streaming. */
import { resolve } from 'node:path';
import type { CinCase } from '../cin/cin-episode-case.js';
import { filterToPolicy, type CinDeclarations } from '../cin/cin-policy-filter.js';
import { CinProblemReport } from '../cin/cin-problem-report.js';
import { CinReader, type CinItem } from '../cin/cin-reader.js';
import { openCensusInput } from '../cin/census-input.js';
import type { Command, CommandContext } from '../command.js';
import { OUT_OPTION, POLICY_OPTION, POLICY_PATH_OPTION } from '../common-options.js';
import { loadCompiledPolicy } from '../evaluation/load-compiled-policy.js';
import { EXIT_FINDING, EXIT_OK, EXIT_USAGE, type ExitCode } from '../exit-codes.js';
import { displayPath } from '../io/display-path.js';
import { Progress } from '../io/progress.js';
import { openOutput, type OutputSink } from '../io/write-output.js';
import { resolveOut } from './shared.js';

const KINDS = ['cin'];
const PROGRESS_MIN_BYTES = 4 * 1024 * 1024;

export const importCommand: Command = {
  name: 'import',
  summary: 'read a DfE children in need census return (XML) into case timelines',
  usage: ['cin FILE.xml|- [--out FILE] [--policy FILE|DIR] [--quiet]'],
  positionals: { name: 'cin FILE', min: 2, max: 2 },
  options: [
    OUT_OPTION,
    { ...POLICY_OPTION, description: 'keep only the events, attributes and facts this policy declares' },
    POLICY_PATH_OPTION,
    { name: 'quiet', short: 'q', kind: 'boolean', description: 'no summary or progress on stderr (problems are still reported)' },
  ],
  details: [
    'One case per episode (CINdetails), one NDJSON line each, with the id LACHILDID/N (N: the episode\'s position within the child). ' +
      'The file is read as a stream, so a return of any size fits in memory. Problems go to stderr as FILE:LINE: error|warning CODE child ID: message, ' +
      'naming the element, never quoting a value. An error (a missing or malformed date, an unknown element, broken XML) rejects the episode ' +
      'it lies in; everything else is still read. A warning loses only the value it names. The summary counts children, episodes, events, errors and warnings.',
    'Exit 0 when no error was found (warnings allowed), 1 when any was, 2 on misuse. The mapping from census items to events and facts is in docs/cin-census.md.',
  ],
  examples: [
    'wt import cin census-2024.xml --out census-2024.ndjson',
    'wt import cin census-2024.xml --policy policies/england/working-together-2013.wt | wt eval --policy policies/england --cases - --as-of 2024-03-31',
  ],
  run: runImport,
};

async function runImport(ctx: CommandContext): Promise<ExitCode> {
  const [kind, file] = ctx.args.positionals as [string, string];
  if (!KINDS.includes(kind)) return ctx.usageError(`cannot import '${kind.slice(0, 40)}': the kinds known are ${KINDS.join(', ')}`);
  let declared: CinDeclarations | undefined;
  let policyName = '';
  if (ctx.args.string('policy') !== undefined) {
    const policy = loadCompiledPolicy(ctx);
    if (!policy.ok) return policy.exit;
    const { schema, id } = policy.compiled;
    policyName = id;
    declared = {
      event: (type) => schema.events.has(type),
      attribute: (type, name) => schema.events.get(type)?.get(name) !== undefined,
      fact: (name) => schema.facts.has(name),
    };
  }
  const absolutePath = file === '-' ? undefined : resolve(ctx.cwd, file);
  const shown = absolutePath === undefined ? '<stdin>' : displayPath(absolutePath, ctx.cwd);
  const opened = await openCensusInput(absolutePath, ctx.stdin, shown);
  if (!opened.ok) return ctx.usageError(opened.message);

  const out = resolveOut(ctx);
  let sink: OutputSink;
  try {
    sink = await openOutput(out, ctx.stdout);
  } catch (error) {
    return ctx.usageError(`cannot write ${ctx.args.string('out')} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const quiet = ctx.args.flag('quiet');
  const reader = new CinReader();
  const problems = new CinProblemReport(ctx.stderr, shown, ctx.stderrTerminal.style);
  const dropped = new Set<string>();
  const size = opened.input.size;
  const progress = new Progress(ctx.stderr, ctx.stderrTerminal.isTTY && !quiet && (size === undefined || size >= PROGRESS_MIN_BYTES), `reading ${shown}`, size);
  let bytes = 0;

  const write = async (items: readonly CinItem[]) => {
    for (const item of items) {
      if (item.kind === 'problem') {
        problems.report([item.problem]);
        continue;
      }
      problems.report(item.problems);
      if (item.value === undefined) continue;
      let value: CinCase = item.value;
      if (declared !== undefined) {
        const filtered = filterToPolicy(value, declared);
        value = filtered.value;
        for (const name of filtered.dropped) dropped.add(name);
      }
      const pending = sink.write(`${JSON.stringify(value)}\n`);
      if (pending !== undefined) await pending;
    }
  };

  try {
    for await (const { text, bytes: read } of opened.input.chunks()) {
      bytes += read;
      await write(reader.push(text));
      progress.update(reader.counts.episodes, bytes);
      if (sink.closedByReader) break;
    }
    await write(reader.end());
  } catch (error) {
    progress.clear();
    await sink.abort();
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code !== 'string') throw error;
    ctx.note(`cannot read ${shown} (${code})`);
    return EXIT_USAGE;
  }
  progress.clear();
  await sink.close();
  problems.finish();
  if (!quiet) {
    if (dropped.size > 0) ctx.note(`left out what ${policyName} does not declare: ${[...dropped].sort().join(', ')}`);
    const reference = reader.referenceDate === undefined ? '' : ` (census ReferenceDate ${reader.referenceDate})`;
    ctx.note(`${reader.counts.summary()}${reference}`);
  }
  return reader.counts.errors > 0 ? EXIT_FINDING : EXIT_OK;
}
