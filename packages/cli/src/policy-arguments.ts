/** Policy files and directories named on the command line, expanded into files. */
import { resolve } from 'node:path';
import { isDirectory, isFile, listPolicyFiles } from './policy-files.js';

const DIRECTORY_DEPTH = 8;

export type ExpandResult = { ok: true; files: string[] } | { ok: false; message: string };

/** Each argument is a file, or a directory searched (with its subdirectories) for .wt and .yaml files. */
export function expandPolicyArguments(args: readonly string[], cwd: string): ExpandResult {
  const files: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (isDirectory(path)) {
      const found = listPolicyFiles(path, DIRECTORY_DEPTH);
      if (found.length === 0) return { ok: false, message: `no policy files (.wt, .yaml) in ${arg}` };
      files.push(...found);
    } else if (isFile(path)) {
      files.push(path);
    } else {
      return { ok: false, message: `cannot read ${arg}: no such file or directory` };
    }
  }
  return { ok: true, files: [...new Set(files)] };
}
