/**
 * Loads the project's policies for the examples' tests: parses the text form, checks each policy
 * against the others (for `extends`), and compiles one for evaluation.
 */
import { readFileSync } from 'node:fs';
import { checkPolicy, createPolicyResolver, parseText, type Diagnostic, type PolicyDocument, type ResolvedPolicy } from '@wt/dsl';

export const REPO_ROOT = new URL('../', import.meta.url);

export const STATUTORY_FILES = ['policies/england/working-together-2010.wt', 'policies/england/working-together-2013.wt'];

export function readRepoFile(path: string): string {
  return readFileSync(new URL(path, REPO_ROOT), 'utf8');
}

export interface ParsedFile {
  document: PolicyDocument;
  syntax: Diagnostic[];
}

export function parseRepoFile(path: string): ParsedFile {
  const parsed = parseText(readRepoFile(path), path);
  return { document: { file: path, ir: parsed.ir }, syntax: parsed.diagnostics };
}

export interface CheckedPolicy {
  resolved: ResolvedPolicy | undefined;
  diagnostics: Diagnostic[];
}

/** Checks `path` with the statutory baselines (and any `others`) available to `extends`. */
export function checkRepoPolicy(path: string, others: readonly PolicyDocument[] = []): CheckedPolicy {
  const own = parseRepoFile(path);
  const bases = STATUTORY_FILES.filter((file) => file !== path).map((file) => parseRepoFile(file).document);
  const result = checkPolicy(own.document, createPolicyResolver([own.document, ...others, ...bases]));
  return { resolved: result.resolved, diagnostics: [...own.syntax, ...result.diagnostics] };
}
