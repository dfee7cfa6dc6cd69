/**
 * Scaling: the time to validate and evaluate 10,000, 100,000 and 1,000,000 generated cases (results
 * built) under northmere, in one thread. The cases are generated in slices of 10,000 outside the
 * timed part (a million parsed cases would not fit in memory at once, nor need to); the time at a
 * size is the sum over its slices (best of three runs up to 100,000 cases). Reports the time per case at each size, the least-squares slope
 * and intercept of time against size, and R² (1 = a straight line).
 *
 *   pnpm exec tsx bench/scaling.bench.ts [--quick] [--json]
 */
import { pathToFileURL } from 'node:url';
import { compile, parseIsoDate, type CompiledPolicy } from '@wt/engine';
import { generateCaseload } from '../examples/generator/generate-caseload.js';
import { checkRepoPolicy } from '../examples/policy-loading.js';

export interface ScalingPoint {
  cases: number;
  ms: number;
  usPerCase: number;
}

export interface ScalingBenchFigures {
  name: 'scaling';
  points: ScalingPoint[];
  /** Microseconds per case: the slope of the least-squares line through the points. */
  slopeUsPerCase: number;
  interceptMs: number;
  r2: number;
  quick: boolean;
}

const SLICE = 10_000;

function compiledNorthmere(): CompiledPolicy {
  const checked = checkRepoPolicy('policies/local/northmere.wt');
  const { compiled, errors } = compile(checked.resolved!);
  if (!compiled) throw new Error(errors.join('; '));
  return compiled;
}

function timeCases(compiled: CompiledPolicy, count: number, seed: number): number {
  const asOf = parseIsoDate('2025-03-31')!;
  const cases = generateCaseload({ seed, count, from: '2024-04-01', to: '2025-03-31' })[Symbol.iterator]();
  let total = 0;
  let sink = 0;
  for (let done = 0; done < count; ) {
    const slice: unknown[] = [];
    for (let next = cases.next(); !next.done; next = cases.next()) {
      slice.push(next.value);
      if (slice.length === SLICE) break;
    }
    if (slice.length === 0) break;
    const started = performance.now();
    for (let i = 0; i < slice.length; i++) sink += compiled.evaluateInput(slice[i], asOf, { index: done + i }).errors.length;
    total += performance.now() - started;
    done += slice.length;
  }
  if (sink === -1) console.log('unreachable');
  return total;
}

export function fitLine(points: readonly { x: number; y: number }[]): { slope: number; intercept: number; r2: number } {
  const n = points.length;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / n;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const { x, y } of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
    syy += (y - meanY) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let residual = 0;
  for (const { x, y } of points) residual += (y - (intercept + slope * x)) ** 2;
  return { slope, intercept, r2: syy === 0 ? 1 : 1 - residual / syy };
}

export function runScalingBench(options: { quick?: boolean; sizes?: readonly number[] } = {}): ScalingBenchFigures {
  const quick = options.quick === true;
  const sizes = options.sizes ?? (quick ? [1_000, 10_000, 50_000] : [10_000, 100_000, 1_000_000]);
  const compiled = compiledNorthmere();
  timeCases(compiled, quick ? 20_000 : 50_000, 1); // warm up
  const points = sizes.map((cases, i) => {
    // The smaller sizes are over in moments, so one slow moment of a shared machine would bend the line: best of three.
    const repeats = cases <= 100_000 ? 3 : 1;
    let ms = Infinity;
    for (let repeat = 0; repeat < repeats; repeat++) ms = Math.min(ms, timeCases(compiled, cases, 100 + i));
    return { cases, ms: Math.round(ms * 10) / 10, usPerCase: Math.round((ms * 1000 * 100) / cases) / 100 };
  });
  const fit = fitLine(points.map((point) => ({ x: point.cases, y: point.ms })));
  return {
    name: 'scaling',
    points,
    slopeUsPerCase: Math.round(fit.slope * 1000 * 100) / 100,
    interceptMs: Math.round(fit.intercept * 10) / 10,
    r2: Math.round(fit.r2 * 100000) / 100000,
    quick,
  };
}

function main(args: string[]): void {
  const figures = runScalingBench({ quick: args.includes('--quick') });
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`scaling: validate + evaluate under northmere, one thread${figures.quick ? ' (quick)' : ''}`);
  for (const point of figures.points) console.log(`  ${point.cases.toLocaleString('en-GB').padStart(9)} cases  ${point.ms} ms  (${point.usPerCase} µs per case)`);
  console.log(`  slope ${figures.slopeUsPerCase} µs per case, intercept ${figures.interceptMs} ms, R² ${figures.r2}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
