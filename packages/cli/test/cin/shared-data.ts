/**
 * The shared data the census tests read (never copied into the repository): `../shared/data` from the
 * repository root. Absent, the tests that need it are skipped with a message, except in CI, where
 * they run and fail.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
export const SAMPLES = `${SHARED_DATA}cin/samples/`;
/** The same directory as the repository root sees it, for command lines run from there. */
export const SAMPLES_FROM_ROOT = '../shared/data/cin/samples';

export function skipWithout(path: string): boolean {
  if (existsSync(path)) return false;
  if (process.env['CI'] === 'true') return false;
  console.warn(`skipping tests that need ${path}: it is not there (they run, and fail, in CI)`);
  return true;
}
