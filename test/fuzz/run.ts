/**
 * `pnpm fuzz`: a long fuzzing session on demand. Runs the fuzz tests (test/fuzz/*.test.ts) with
 * FUZZ_RUNS inputs per property instead of CI's few hundred, no time-out but the hang guard, and the
 * 5 MB string among the hostile insertions.
 *
 *   pnpm fuzz                      # 20,000 inputs per property
 *   pnpm fuzz --runs 200000        # more
 *   pnpm fuzz --seed 1234 text     # replay a seed; only the files whose name contains "text"
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);
let runs = '20000';
let seed: string | undefined;
const filters: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--runs') runs = args[++i] ?? runs;
  else if (arg === '--seed') seed = args[++i];
  else if (arg === '--help' || arg === '-h') {
    console.log('usage: pnpm fuzz [--runs N] [--seed S] [FILE-FILTER…]');
    process.exit(0);
  } else filters.push(arg);
}
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`pnpm fuzz: --runs must be a positive whole number, not ${runs}`);
  process.exit(2);
}

const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const targets = filters.length === 0 ? ['test/fuzz/'] : filters.map((filter) => `test/fuzz/${filter}`);
console.log(`fuzzing with ${runs} inputs per property${seed === undefined ? '' : `, seed ${seed}`}`);
const result = spawnSync(process.execPath, [vitest, 'run', ...targets], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, ...(seed === undefined ? {} : { FUZZ_SEED: seed }) },
});
process.exit(result.status ?? 1);
