/** Test support: check `.wt` sources by name, the last (or `main`) being the policy checked. */
import { checkPolicy } from '../../src/check-policy.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import type { PolicyIR } from '../../src/ir.js';
import { parseText } from '../../src/parse-text.js';
import type { CheckResult, PolicyDocument } from '../../src/policy-document.js';
import { createPolicyResolver } from '../../src/policy-workspace.js';
import type { SourceRange } from '../../src/source-range.js';

export function parseDocument(file: string, source: string): PolicyDocument {
  const parsed = parseText(source, file);
  const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`test source ${file} does not parse: ${errors.map((error) => `${error.code} ${error.message}`).join('; ')}`);
  }
  return { file, ir: parsed.ir };
}

/** Checks the last file given, with the others available to `extends`. */
export function checkTexts(files: Record<string, string>): CheckResult {
  const documents = Object.entries(files).map(([file, source]) => parseDocument(file, source));
  const main = documents[documents.length - 1]!;
  return checkPolicy(main, createPolicyResolver(documents));
}

export function checkText(source: string, file = 'policy.wt'): CheckResult {
  return checkTexts({ [file]: source });
}

export function checkIr(ir: PolicyIR, bases: PolicyDocument[] = [], file = 'policy.yaml'): CheckResult {
  return checkPolicy({ file, ir }, createPolicyResolver(bases));
}

export function codesOf(result: CheckResult): string[] {
  return result.diagnostics.map((diagnostic) => diagnostic.code);
}

export function only(result: CheckResult, code: string): Diagnostic {
  const found = result.diagnostics.filter((diagnostic) => diagnostic.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got: ${JSON.stringify(result.diagnostics, null, 1)}`);
  return found[0]!;
}

/** A range on one line: `at(3, 5, 12)` is line 3, columns 5 up to (not including) 12. */
export function at(line: number, column: number, endColumn: number): SourceRange {
  return { line, column, endLine: line, endColumn };
}

/** An IR with every list empty, to build YAML-like documents by hand. */
export function emptyIr(id: string, extra: Partial<PolicyIR> = {}): PolicyIR {
  return {
    irVersion: 1,
    id,
    calendars: [],
    events: [],
    facts: [],
    rules: [],
    removals: [],
    escalations: [],
    thresholds: [],
    ...extra,
  };
}

/** The range of the `occurrence`-th appearance (1-based) of `snippet` in `source`; it must not span lines. */
export function rangeOf(source: string, snippet: string, occurrence = 1): SourceRange {
  let index = -1;
  for (let found = 0; found < occurrence; found++) {
    index = source.indexOf(snippet, index + 1);
    if (index < 0) throw new Error(`${JSON.stringify(snippet)} does not occur ${occurrence} time(s)`);
  }
  const before = source.slice(0, index).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { line, column, endLine: line, endColumn: column + snippet.length };
}
