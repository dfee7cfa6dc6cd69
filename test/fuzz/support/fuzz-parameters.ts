/**
 * How many inputs each fuzz property tries. CI runs the numbers written in the tests (thousands in
 * all, the whole suite well under a minute); `pnpm fuzz` sets FUZZ_RUNS to run a long session, and
 * FUZZ_SEED (printed by fast-check with any failure) replays a run.
 */
import type { Parameters } from 'fast-check';

function positiveInteger(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** True in a long `pnpm fuzz` session. */
export const LONG_SESSION = positiveInteger(process.env['FUZZ_RUNS']) !== undefined;

/** `ciRuns` inputs in CI, FUZZ_RUNS of them in a long session (scaled by `weight` for the expensive properties). */
export function fuzzRuns(ciRuns: number, weight = 1): number {
  const long = positiveInteger(process.env['FUZZ_RUNS']);
  return long === undefined ? ciRuns : Math.max(1, Math.round(long * weight));
}

export function fuzzParameters<T>(ciRuns: number, weight = 1): Parameters<T> {
  const seed = process.env['FUZZ_SEED'];
  const parameters: Parameters<T> = { numRuns: fuzzRuns(ciRuns, weight) };
  if (seed !== undefined && seed !== '' && Number.isInteger(Number(seed))) parameters.seed = Number(seed);
  return parameters;
}

/** Vitest's time-out for a fuzz test: a hang guard only, generous (twelve hours in a long session). */
export function fuzzTimeout(ciMilliseconds = 120_000): number {
  return LONG_SESSION ? 12 * 3_600_000 : ciMilliseconds;
}
