import { isAbsolute, relative, sep } from 'node:path';

/**
 * A path as people read it in messages: relative to the working directory, unless the two share
 * nothing but the filesystem root (then absolute).
 */
export function displayPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  if (isAbsolute(rel)) return path;
  const ups = rel.split(sep).filter((part) => part === '..').length;
  const depth = cwd.split(sep).filter((part) => part !== '').length;
  return ups >= depth ? path : rel;
}
