/**
 * Nothing runs input as code: no source of any package (packages/*\/src, and the editor's build
 * plugins) calls `eval`, `new Function` or `Function(...)`, runs code through `node:vm`, passes a
 * string to `setTimeout`/`setInterval`, or imports a module whose name is not written in the source.
 *
 * Ajv, which validates policies, case records and fixtures, compiles JSON Schemas into functions
 * with `new Function` inside node_modules: its input is the project's own schemas, never a user's
 * file. The editor's page does not even do that: its validators are compiled at build time
 * (packages/editor/build/ajv-precompiled.ts), so the page runs under a CSP without 'unsafe-eval'.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../fuzz/support/corpus.js';

const FORBIDDEN: readonly { name: string; pattern: RegExp }[] = [
  { name: 'eval(', pattern: /(?<![\w.$])eval\s*\(/ },
  { name: 'new Function', pattern: /\bnew\s+Function\b/ },
  { name: 'Function(', pattern: /(?<![\w.$])Function\s*\(/ },
  { name: 'node:vm', pattern: /['"](node:)?vm['"]/ },
  { name: 'setTimeout/setInterval with a string', pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/ },
  { name: 'import() of a computed name', pattern: /\bimport\s*\(\s*[^'"`\s)]/ },
];

/** Each allowed use, with why it is safe. */
const ALLOWED: readonly { file: string; name: string; why: string }[] = [
  {
    file: 'packages/cli/src/evaluation/eval-worker-start.mjs',
    name: 'import() of a computed name',
    why: 'the worker imports the module URL that the CLI itself passes in workerData, never a name from input',
  },
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|mts|js|mjs|cjs|html)$/.test(entry.name) ? [path] : [];
  });
}

/** The source without its comments (block comments, and lines that are only a `//` comment). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/^\s*\/\/.*$/gm, '');
}

const roots = readdirSync(join(REPO_ROOT, 'packages')).flatMap((name) =>
  ['src', 'build'].map((part) => join(REPO_ROOT, 'packages', name, part)).filter((path) => {
    try {
      return readdirSync(path).length >= 0;
    } catch {
      return false;
    }
  }),
);
const files = roots.flatMap(sourceFiles);

describe('no evaluation of input as code', () => {
  it('looks at the sources of every package', () => {
    expect(files.length).toBeGreaterThan(200);
    for (const name of ['dsl', 'engine', 'cli', 'editor']) expect(files.some((file) => file.includes(`packages/${name}/src/`))).toBe(true);
  });

  it('finds no eval, Function, vm, string timers or computed imports in them', () => {
    const found: string[] = [];
    for (const file of files) {
      const lines = code(readFileSync(file, 'utf8')).split('\n');
      const shown = relative(REPO_ROOT, file);
      lines.forEach((line, index) => {
        for (const { name, pattern } of FORBIDDEN) {
          if (!pattern.test(line)) continue;
          if (ALLOWED.some((allowed) => allowed.file === shown && allowed.name === name)) continue;
          found.push(`${shown}:${index + 1}: ${name}: ${line.trim()}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('would find them (the patterns match the calls, not other words)', () => {
    const hits = (text: string) => FORBIDDEN.filter(({ pattern }) => pattern.test(code(text))).map(({ name }) => name);
    expect(hits('const f = eval(input);')).toEqual(['eval(']);
    expect(hits('return new Function("x", body);')).toEqual(['new Function', 'Function(']);
    expect(hits("import vm from 'node:vm';")).toEqual(['node:vm']);
    expect(hits('setTimeout("alert(1)", 10);')).toEqual(['setTimeout/setInterval with a string']);
    expect(hits('await import(userPath);')).toEqual(['import() of a computed name']);
    expect(hits("await import('./run-cli.js'); medieval(x); isFunction(y);")).toEqual([]);
    // A comment after code is not stripped: a mention of eval there fails too (on the safe side).
    expect(hits('x(); // eval(x)')).toEqual(['eval(']);
    expect(hits('/** Ajv compiles schemas with `new Function` */\nconst x = 1;')).toEqual([]);
  });
});
