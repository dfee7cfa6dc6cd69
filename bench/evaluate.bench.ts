/**
 * Evaluation benchmark: a synthetic caseload (examples/generator, seeded) under the local protocol
 * policies/local/northmere.wt, which extends WT2013. Prints cases per second on one core of
 * - validate + evaluate: `compiled.evaluateInput(json, asOf)` from parsed JSON, results built — the
 *   figure `evalCasesPerSec` (target ≥ 250,000 cases/s);
 * - evaluate: `compiled.evaluate(record, asOf)` over records validated beforehand, results built;
 * - explain: evaluate with `{ explain: true }`.
 * Validate + evaluate is timed first, before the validated records are kept: once many records are
 * kept alive, V8 starts allocating records straight into the old generation (allocation-site
 * pretenuring), which halves the rate of anything that allocates records — a trap of the
 * benchmark, not of a program that evaluates a stream.
 *
 *   pnpm exec tsx bench/evaluate.bench.ts [--quick] [--json]
 */
import { pathToFileURL } from 'node:url';
import { compile, parseIsoDate, type CaseRecord, type CompiledPolicy } from '@wt/engine';
import { generateCaseload } from '../examples/generator/generate-caseload.js';
import { checkRepoPolicy } from '../examples/policy-loading.js';
import { bestRate } from './timing.js';

export interface EvaluateBenchFigures {
  name: 'evaluate';
  cases: number;
  obligationsPerCase: number;
  evaluateCasesPerSec: number;
  validateAndEvaluateCasesPerSec: number;
  explainCasesPerSec: number;
  quick: boolean;
}

function compiledNorthmere(): CompiledPolicy {
  const checked = checkRepoPolicy('policies/local/northmere.wt');
  if (!checked.resolved) throw new Error('policies/local/northmere.wt does not resolve');
  const { compiled, errors } = compile(checked.resolved);
  if (!compiled) throw new Error(errors.join('; '));
  return compiled;
}

export function runEvaluateBench(options: { quick?: boolean } = {}): EvaluateBenchFigures {
  const quick = options.quick === true;
  const compiled = compiledNorthmere();
  const inputs = [...generateCaseload({ seed: 2024, count: quick ? 5_000 : 50_000, from: '2024-04-01', to: '2025-03-31' })];
  const asOf = parseIsoDate('2025-03-31')!;
  const passes = quick ? 5 : 10;
  const validateAndEvaluateCasesPerSec = bestRate(inputs, passes, (input, index) => compiled.evaluateInput(input, asOf, { index }).errors.length);

  const records: CaseRecord[] = [];
  inputs.forEach((input, index) => {
    const outcome = compiled.validate(input, { index });
    if (outcome.record) records.push(outcome.record);
  });
  let obligations = 0;
  for (const record of records) obligations += compiled.evaluate(record, asOf).obligations.length;
  const evaluateCasesPerSec = bestRate(records, passes, (record) => compiled.evaluate(record, asOf).obligations.length);
  const explained = records.slice(0, quick ? 500 : 5_000);
  const explainCasesPerSec = bestRate(explained, passes, (record) => compiled.evaluate(record, asOf, { explain: true }).obligations.length);
  return {
    name: 'evaluate',
    cases: records.length,
    obligationsPerCase: Math.round((obligations / Math.max(1, records.length)) * 10) / 10,
    evaluateCasesPerSec: Math.round(evaluateCasesPerSec),
    validateAndEvaluateCasesPerSec: Math.round(validateAndEvaluateCasesPerSec),
    explainCasesPerSec: Math.round(explainCasesPerSec),
    quick,
  };
}

function main(args: string[]): void {
  const figures = runEvaluateBench({ quick: args.includes('--quick') });
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  const rate = (value: number) => `${value.toLocaleString('en-GB')} cases/s`;
  console.log(`evaluate: ${figures.cases} synthetic cases under northmere (WT2013 + local), ${figures.obligationsPerCase} obligations per case${figures.quick ? ' (quick)' : ''}`);
  console.log(`  validate + evaluate   ${rate(figures.validateAndEvaluateCasesPerSec)} (evalCasesPerSec; target ≥ 250,000)`);
  console.log(`  evaluate              ${rate(figures.evaluateCasesPerSec)}`);
  console.log(`  explain               ${rate(figures.explainCasesPerSec)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
