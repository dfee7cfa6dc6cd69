import { isAbsolute, relative } from 'node:path';

/**
 * A path as people read it in messages: relative to the working directory when that is short
 * (inside it, or at most two levels up), else absolute.
 */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  if (isAbsolute(rel) || rel.startsWith('../../../')) return path;
  return rel;
}
