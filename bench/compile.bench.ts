/**
 * Compile benchmark: parse + check + compile a generated local protocol of 10,000 lines
 * (bench/large-policy.ts) that extends WT2013. The statutory baselines are parsed once beforehand, as
 * an editor or a server that keeps them would; the time is the median of several runs.
 *
 *   pnpm exec tsx bench/compile.bench.ts [--quick] [--json]
 */
import { pathToFileURL } from 'node:url';
import { checkPolicy, createPolicyResolver, parseText } from '@wt/dsl';
import { compile } from '@wt/engine';
import { parseRepoFile, STATUTORY_FILES } from '../examples/policy-loading.js';
import { largeLocalProtocol } from './large-policy.js';
import { median } from './timing.js';

export interface CompileBenchFigures {
  name: 'compile';
  lines: number;
  rules: number;
  /** Median milliseconds of parse + check + compile. */
  compileMs: number;
  parseMs: number;
  checkMs: number;
  engineCompileMs: number;
  /** The first run, before the JIT has warmed up (as the first keystroke in a fresh editor). */
  firstRunMs: number;
  quick: boolean;
}

export function runCompileBench(options: { quick?: boolean; lines?: number } = {}): CompileBenchFigures {
  const quick = options.quick === true;
  const text = largeLocalProtocol(options.lines ?? 10_000);
  const bases = STATUTORY_FILES.map((file) => parseRepoFile(file).document);
  const runs = quick ? 3 : 9;
  const totals: number[] = [];
  const parses: number[] = [];
  const checks: number[] = [];
  const compiles: number[] = [];
  let rules = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const parsed = parseText(text, 'generated.wt');
    const parsedAt = performance.now();
    const document = { file: 'generated.wt', ir: parsed.ir };
    const checked = checkPolicy(document, createPolicyResolver([document, ...bases]));
    const checkedAt = performance.now();
    const errors = [...parsed.diagnostics, ...checked.diagnostics].filter((d) => d.severity === 'error');
    if (errors.length > 0 || !checked.resolved) throw new Error(`the generated policy has errors: ${errors.slice(0, 3).map((d) => `${d.range.line}: ${d.message}`).join('; ')}`);
    const compiled = compile(checked.resolved);
    const done = performance.now();
    if (!compiled.compiled) throw new Error(compiled.errors.join('; '));
    rules = checked.resolved.rules.length;
    totals.push(done - started);
    parses.push(parsedAt - started);
    checks.push(checkedAt - parsedAt);
    compiles.push(done - checkedAt);
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    name: 'compile',
    lines: text.split('\n').length - 1,
    rules,
    compileMs: round(median(totals)),
    parseMs: round(median(parses)),
    checkMs: round(median(checks)),
    engineCompileMs: round(median(compiles)),
    firstRunMs: round(totals[0]!),
    quick,
  };
}

function main(args: string[]): void {
  const figures = runCompileBench({ quick: args.includes('--quick') });
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`compile: generated protocol of ${figures.lines} lines, ${figures.rules} rules${figures.quick ? ' (quick)' : ''}`);
  console.log(`  parse + check + compile   ${figures.compileMs} ms (target ≤ 300 ms)`);
  console.log(`  parse ${figures.parseMs} ms, check ${figures.checkMs} ms, engine compile ${figures.engineCompileMs} ms; first run ${figures.firstRunMs} ms`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
