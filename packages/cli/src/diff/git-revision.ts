/**
 * Reading policy files as they were at a git revision, with git itself: `git cat-file`, `git show`,
 * `git ls-tree`, run through execFile with an argument list (never a shell string), so nothing the
 * user typed is interpreted by a shell.
 */
import { execFile } from 'node:child_process';

const MAX_OUTPUT = 64 * 1024 * 1024;

export type GitResult = { ok: true; stdout: string } | { ok: false; message: string };

export function runGit(args: readonly string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
      if (error === null) {
        resolve({ ok: true, stdout });
        return;
      }
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        resolve({ ok: false, message: 'git is not installed (or not on the PATH)' });
        return;
      }
      const firstLine = String(stderr).split('\n').find((line) => line.trim() !== '') ?? error.message;
      resolve({ ok: false, message: firstLine.replace(/^fatal: /, '').trim() });
    });
  });
}

/** `REV:path` as typed: the revision and the path (relative to the repository root, or `./…` to the working directory). */
export interface RevisionPath {
  revision: string;
  path: string;
}

/**
 * Splits `HEAD~3:policies/local/x.wt` into revision and path. Undefined when the text is not of that
 * form: no colon, an empty side, a revision that would read as an option, or a Windows drive (`C:\…`).
 */
export function parseRevisionPath(text: string): RevisionPath | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1) return undefined;
  const revision = text.slice(0, colon);
  const path = text.slice(colon + 1);
  if (revision.startsWith('-') || /^[A-Za-z]$/.test(revision) && /^[\\/]/.test(path)) return undefined;
  if (/[\u0000-\u001f]/.test(text)) return undefined;
  return { revision, path };
}

export function objectName(target: RevisionPath): string {
  return `${target.revision}:${target.path}`;
}

/** `blob` for a file, `tree` for a directory. */
export async function objectType(target: RevisionPath, cwd: string): Promise<{ ok: true; type: string } | { ok: false; message: string }> {
  const result = await runGit(['cat-file', '-t', '--end-of-options', objectName(target)], cwd);
  if (!result.ok) return result;
  return { ok: true, type: result.stdout.trim() };
}

export async function showFile(target: RevisionPath, cwd: string): Promise<GitResult> {
  return runGit(['show', '--end-of-options', objectName(target)], cwd);
}

/** The names of the entries of a directory at the revision. */
export async function listDirectory(target: RevisionPath, cwd: string): Promise<{ ok: true; names: string[] } | { ok: false; message: string }> {
  const result = await runGit(['ls-tree', '--name-only', '--end-of-options', objectName(target)], cwd);
  if (!result.ok) return result;
  return { ok: true, names: result.stdout.split('\n').filter((name) => name !== '') };
}

/** The absolute path of the working tree's root. */
export async function repositoryRoot(cwd: string): Promise<GitResult> {
  const result = await runGit(['rev-parse', '--show-toplevel'], cwd);
  return result.ok ? { ok: true, stdout: result.stdout.trim() } : result;
}
