/**
 * Thresholds micro-benchmark: the same threshold document and fact sets through @wt/engine's compiled
 * thresholds and through json-rules-engine (the exported rules, run by the documented recipe) in one
 * process. Prints operations per second of each and the ratio `vsJsonRulesEngine` (target ≥ 100).
 *
 *   pnpm exec tsx bench/thresholds.bench.ts [--quick] [--json]
 *
 * `runThresholdsBench` returns the same figures as an object, for a runner that collects benchmarks.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import {
  compileThresholds,
  exportThresholdsToJsonRulesEngine,
  firstFiredByPriority,
  nameTypes,
  type JreEvent,
  type JreRule,
} from '@wt/engine';
import { allLevelOfNeedFactSets, LEVEL_OF_NEED, LEVEL_OF_NEED_TYPES } from '../packages/engine/test/fixtures/level-of-need-thresholds.js';

/** The part of json-rules-engine's API the benchmark uses (it is a dependency of @wt/engine only). */
interface JsonRulesEngine {
  run(facts: Record<string, unknown>): Promise<{ results: { priority?: number; event?: JreEvent }[] }>;
}
type JsonRulesEngineConstructor = new (rules: JreRule[], options: { allowUndefinedFacts: boolean }) => JsonRulesEngine;

const requireFromEngine = createRequire(new URL('../packages/engine/package.json', import.meta.url));
const { Engine } = requireFromEngine('json-rules-engine') as { Engine: JsonRulesEngineConstructor };

export interface ThresholdsBenchOptions {
  /** Shorter runs, for a smoke test. */
  quick?: boolean;
}

export interface ThresholdsBenchFigures {
  name: 'thresholds';
  factSets: number;
  levels: number;
  /** Decisions per second of `compiled.evaluate(facts)` (no explanation). */
  compiledOpsPerSec: number;
  /** Decisions per second of `compiled.explain(facts)` (with explanation). */
  explainOpsPerSec: number;
  /** Decisions per second of json-rules-engine: `await engine.run(facts)`, then the first by priority. */
  jsonRulesEngineOpsPerSec: number;
  /** compiledOpsPerSec / jsonRulesEngineOpsPerSec. */
  vsJsonRulesEngine: number;
  quick: boolean;
}

/** Operations per second of `operation`, run in batches so that reading the timer costs little. */
function timeSync(budgetMs: number, operation: (round: number) => number): number {
  const batch = 1000;
  let operations = 0;
  let sink = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let end = operations + batch; operations < end; operations++) sink += operation(operations);
    elapsed = performance.now() - started;
  }
  if (sink === -1) console.log('unreachable');
  return (operations * 1000) / elapsed;
}

export async function runThresholdsBench(options: ThresholdsBenchOptions = {}): Promise<ThresholdsBenchFigures> {
  const quick = options.quick === true;
  const budgetMs = quick ? 300 : 2000;
  const factSets = allLevelOfNeedFactSets();
  const compiled = compileThresholds(LEVEL_OF_NEED, { types: nameTypes(LEVEL_OF_NEED_TYPES) });
  const engine = new Engine(exportThresholdsToJsonRulesEngine(LEVEL_OF_NEED), { allowUndefinedFacts: true });
  const jreLevel = async (facts: Record<string, unknown>): Promise<number> => {
    const event = firstFiredByPriority((await engine.run(facts)).results);
    return event === undefined ? 0 : Number(event.params['level']);
  };

  // Both must decide alike, or the figures compare different work.
  for (const facts of factSets) {
    const ours = compiled.evaluate(facts).level ?? 0;
    const theirs = await jreLevel(facts);
    if (ours !== theirs) throw new Error(`disagreement on ${JSON.stringify(facts)}: ${ours} vs ${theirs}`);
  }

  const count = factSets.length;
  const evaluateOne = (round: number): number => compiled.evaluate(factSets[round % count]!).level ?? 0;
  const explainOne = (round: number): number => compiled.explain(factSets[round % count]!).explanation.length;
  timeSync(quick ? 50 : 300, evaluateOne); // warm up
  const compiledOpsPerSec = timeSync(budgetMs, evaluateOne);
  timeSync(quick ? 50 : 300, explainOne);
  const explainOpsPerSec = timeSync(budgetMs, explainOne);

  let operations = 0;
  const warmUntil = performance.now() + (quick ? 50 : 300);
  while (performance.now() < warmUntil) await jreLevel(factSets[operations++ % count]!);
  operations = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs) {
    await jreLevel(factSets[operations % count]!);
    operations++;
    elapsed = performance.now() - started;
  }
  const jsonRulesEngineOpsPerSec = (operations * 1000) / elapsed;

  return {
    name: 'thresholds',
    factSets: count,
    levels: LEVEL_OF_NEED.levels.length + (LEVEL_OF_NEED.otherwise === undefined ? 0 : 1),
    compiledOpsPerSec: Math.round(compiledOpsPerSec),
    explainOpsPerSec: Math.round(explainOpsPerSec),
    jsonRulesEngineOpsPerSec: Math.round(jsonRulesEngineOpsPerSec),
    vsJsonRulesEngine: Math.round((compiledOpsPerSec / jsonRulesEngineOpsPerSec) * 10) / 10,
    quick,
  };
}

function formatRate(opsPerSec: number): string {
  return `${opsPerSec.toLocaleString('en-GB')} ops/sec`;
}

async function main(args: string[]): Promise<void> {
  const figures = await runThresholdsBench({ quick: args.includes('--quick') });
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`thresholds: ${figures.levels} levels, ${figures.factSets} fact sets${figures.quick ? ' (quick)' : ''}`);
  console.log(`  @wt/engine evaluate   ${formatRate(figures.compiledOpsPerSec)}`);
  console.log(`  @wt/engine explain    ${formatRate(figures.explainOpsPerSec)}`);
  console.log(`  json-rules-engine     ${formatRate(figures.jsonRulesEngineOpsPerSec)}`);
  console.log(`  vsJsonRulesEngine     ${figures.vsJsonRulesEngine}× (target ≥ 100×)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
