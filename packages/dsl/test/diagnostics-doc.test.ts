/**
 * docs/diagnostics.md is the list of every diagnostic code: each code used in packages/dsl/src must be
 * in it, and each example in it must produce its section's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../src/check-policy.js';
import type { Diagnostic } from '../src/diagnostic.js';
import type { PolicyIR } from '../src/ir.js';
import { parseText } from '../src/parse-text.js';
import type { PolicyDocument } from '../src/policy-document.js';
import { createPolicyResolver } from '../src/policy-workspace.js';

const DOC = readFileSync(new URL('../../../docs/diagnostics.md', import.meta.url), 'utf8');
const SOURCES = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function codesUsedInSources(): string[] {
  const codes = new Set<string>();
  for (const file of sourceFiles(SOURCES)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/'(WT\d{3})'/g)) codes.add(match[1]!);
  }
  return [...codes].sort();
}

interface Example {
  code: string;
  blocks: { language: 'wt' | 'json'; text: string }[];
}

function examples(): Example[] {
  return DOC.split(/^### /m)
    .slice(1)
    .flatMap((section) => {
      const code = /^(WT\d{3})\b/.exec(section)?.[1];
      if (code === undefined) return [];
      const blocks = [...section.matchAll(/```(wt|json)\n([\s\S]*?)```/g)].map((match) => ({
        language: match[1] as 'wt' | 'json',
        text: match[2]!,
      }));
      return blocks.length === 0 ? [] : [{ code, blocks }];
    });
}

function diagnosticsOf(example: Example): Diagnostic[] {
  const parsed = example.blocks.map((block, index) => {
    const file = `example-${index}.${block.language === 'wt' ? 'wt' : 'json'}`;
    if (block.language === 'json') return { document: { file, ir: JSON.parse(block.text) as PolicyIR }, diagnostics: [] };
    const result = parseText(block.text, file);
    return { document: { file, ir: result.ir } satisfies PolicyDocument, diagnostics: result.diagnostics };
  });
  const checked = parsed[parsed.length - 1]!;
  const resolver = createPolicyResolver(parsed.slice(0, -1).map((item) => item.document));
  return [...checked.diagnostics, ...checkPolicy(checked.document, resolver).diagnostics];
}

/** The text parser drops a `requires` whose duration is not whole, so the rule is then incomplete. */
const EXPECTED_FOLLOW_ON_ERRORS = new Map([['WT302', ['WT342']]]);

describe('docs/diagnostics.md', () => {
  it('lists every code used in packages/dsl/src', () => {
    const used = codesUsedInSources();
    expect(used.length).toBeGreaterThan(50);
    const listed = new Set([...DOC.matchAll(/^(?:### |\| )(WT\d{3})\b/gm)].map((match) => match[1]!));
    expect(used.filter((code) => !listed.has(code))).toEqual([]);
  });

  it('lists each code once', () => {
    const headings = [...DOC.matchAll(/^(?:### |\| )(WT\d{3})\b/gm)].map((match) => match[1]!);
    expect(headings.filter((code, index) => headings.indexOf(code) !== index)).toEqual([]);
  });

  const all = examples();
  it('has examples for the checks', () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it.each(all.map((example) => [example.code, example] as const))('the example of %s produces it, and no other error', (code, example) => {
    const diagnostics = diagnosticsOf(example);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain(code);
    const otherErrors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.code !== code);
    expect(otherErrors.map((diagnostic) => diagnostic.code)).toEqual(EXPECTED_FOLLOW_ON_ERRORS.get(code) ?? []);
    const documented = /\*(error|warning)\.\*/.exec(DOC.slice(DOC.indexOf(`### ${code}`)))?.[1];
    expect(diagnostics.find((diagnostic) => diagnostic.code === code)!.severity).toBe(documented);
  });
});
