/**
 * `parseFragment`: one piece of the text syntax on its own, for the YAML form, which writes
 * conditions, durations, anchors and event matches as strings in the same syntax:
 *
 *   when: "needs-score >= 3 and not significant-harm"        → parseFragment('condition', ...)
 *   within: "45 working days"                                → parseFragment('duration', ...)
 *   starts-at: "first strategy-discussion where s47 = true"  → parseFragment('anchor', ...)
 *   requires: "assessment-complete"                          → parseFragment('match', ...)
 *   while: "plan-start .. plan-end"                          → parseFragment('while', ...)
 *
 * Ranges (in diagnostics and in every `loc`) are shifted by `origin`, the position of the fragment's
 * first character in the YAML file, so that errors point into that file. Lines after the first keep
 * their own columns.
 */
import type { CstNode } from 'chevrotain';
import type { Diagnostic } from './diagnostic.js';
import type { AnchorIR, ConditionIR, DurationIR, EventMatchIR, RequirementIR, WhileIR } from './ir.js';
import { internalErrorDiagnostic, sortDiagnostics, withFile } from './diagnostic-list.js';
import { lexSource, withoutBom } from './lexer.js';
import {
  lowerAnchor,
  lowerCondition,
  lowerDuration,
  lowerMatch,
  lowerRequirement,
  lowerWhile,
  type Lowering,
} from './lower-expressions.js';
import { policyParser } from './parser.js';
import type { SourceRange } from './source-range.js';
import { syntaxErrorsToDiagnostics } from './syntax-diagnostics.js';
import { namingEndOfInputAs } from './syntax-messages.js';

export interface FragmentValues {
  condition: ConditionIR;
  duration: DurationIR;
  anchor: AnchorIR;
  match: EventMatchIR;
  while: WhileIR;
  /** `assessment-complete within 45 working days`. */
  requirement: RequirementIR;
}

export type FragmentKind = keyof FragmentValues;

/** Where the fragment's first character stands in its file (1-based). */
export interface FragmentOrigin {
  file?: string;
  line: number;
  column: number;
}

export interface FragmentResult<T> {
  /** The IR of the fragment, best effort: it may be partial or absent when there are diagnostics. */
  value: T | undefined;
  diagnostics: Diagnostic[];
}

interface FragmentGrammar<T> {
  parse: () => CstNode;
  lower: (node: CstNode, lowering: Lowering) => T | undefined;
}

const grammars: { [K in FragmentKind]: FragmentGrammar<FragmentValues[K]> } = {
  condition: { parse: () => policyParser.condition(), lower: lowerCondition },
  duration: { parse: () => policyParser.duration(), lower: lowerDuration },
  anchor: { parse: () => policyParser.anchor(), lower: lowerAnchor },
  match: { parse: () => policyParser.match(), lower: lowerMatch },
  while: { parse: () => policyParser.whileRange(), lower: lowerWhile },
  requirement: { parse: () => policyParser.requirement(), lower: lowerRequirement },
};

export function parseFragment<K extends FragmentKind>(
  kind: K,
  text: string,
  origin?: FragmentOrigin,
): FragmentResult<FragmentValues[K]> {
  const at = origin ?? { line: 1, column: 1 };
  try {
    const grammar = grammars[kind] as FragmentGrammar<FragmentValues[K]>;
    const lexed = lexSource(text);
    policyParser.input = lexed.tokens;
    const cst = namingEndOfInputAs('text', grammar.parse);
    const syntaxDiagnostics = syntaxErrorsToDiagnostics(policyParser.errors, withoutBom(text).text, lexed.diagnostics);
    const lowering: Lowering = { diagnostics: [] };
    const value = grammar.lower(cst, lowering);
    const diagnostics = sortDiagnostics([...lexed.diagnostics, ...syntaxDiagnostics, ...lowering.diagnostics]);
    return {
      value: value === undefined ? undefined : shiftLocs(value, at),
      diagnostics: withFile(diagnostics.map((diagnostic) => shiftDiagnostic(diagnostic, at)), origin?.file),
    };
  } catch (error) {
    return { value: undefined, diagnostics: withFile([shiftDiagnostic(internalErrorDiagnostic(error), at)], origin?.file) };
  } finally {
    policyParser.input = [];
  }
}

function shiftRange(range: SourceRange, origin: FragmentOrigin): SourceRange {
  const lineShift = origin.line - 1;
  const columnShift = origin.column - 1;
  return {
    line: range.line + lineShift,
    column: range.line === 1 ? range.column + columnShift : range.column,
    endLine: range.endLine + lineShift,
    endColumn: range.endLine === 1 ? range.endColumn + columnShift : range.endColumn,
  };
}

function shiftDiagnostic(diagnostic: Diagnostic, origin: FragmentOrigin): Diagnostic {
  const shifted: Diagnostic = { ...diagnostic, range: shiftRange(diagnostic.range, origin) };
  if (diagnostic.related !== undefined) {
    shifted.related = diagnostic.related.map((related) => ({ ...related, range: shiftRange(related.range, origin) }));
  }
  return shifted;
}

/** A copy of `value` with every `loc` shifted. */
function shiftLocs<T>(value: T, origin: FragmentOrigin): T {
  if (Array.isArray(value)) return value.map((item: unknown) => shiftLocs(item, origin)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === 'loc' ? shiftRange(item as SourceRange, origin) : shiftLocs(item, origin);
  }
  return copy as T;
}
