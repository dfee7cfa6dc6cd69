/**
 * `parseText`: a `.wt` file to the policy IR, with every syntax problem as a diagnostic. It never
 * throws and always returns an IR (partial when the text has errors), so an editor works while the
 * user types.
 */
import type { IToken } from 'chevrotain';
import type { Diagnostic } from './diagnostic.js';
import type { PolicyIR } from './ir.js';
import { emptyPolicy, lowerFile } from './cst-to-ir.js';
import { lexSource, withoutBom, type CommentToken } from './lexer.js';
import { policyParser } from './parser.js';
import { boundedDiagnostics } from './bounded-message.js';
import { internalErrorDiagnostic, sortDiagnostics, withFile } from './diagnostic-list.js';
import { syntaxErrorsToDiagnostics } from './syntax-diagnostics.js';
import { rangeOfToken } from './token-range.js';
import type { SourceRange } from './source-range.js';

export type { CommentToken } from './lexer.js';

export interface ParseTextResult {
  ir: PolicyIR;
  /** Syntax diagnostics (WT1xx) and value diagnostics (WT301 dates, WT302 whole numbers), in source order. */
  diagnostics: Diagnostic[];
  /** The `//` comments, in source order, for the formatter. */
  comments: CommentToken[];
}

export function parseText(source: string, file?: string): ParseTextResult {
  try {
    const lexed = lexSource(source);
    const text = withoutBom(source).text;
    policyParser.input = lexed.tokens;
    const cst = policyParser.file();
    const syntaxDiagnostics = [...lexed.diagnostics, ...syntaxErrorsToDiagnostics(policyParser.errors, text, lexed.diagnostics)];
    const lowering = { diagnostics: [] as Diagnostic[] };
    const ir = lowerFile(cst, lowering);
    const missingHeader = ir.loc === undefined && ir.id === '' ? missingHeaderDiagnostic(lexed.tokens, syntaxDiagnostics) : undefined;
    const diagnostics = sortDiagnostics([...syntaxDiagnostics, ...lowering.diagnostics, ...(missingHeader ?? [])]);
    return { ir, diagnostics: withFile(boundedDiagnostics(diagnostics), file), comments: lexed.comments };
  } catch (error) {
    return { ir: emptyPolicy(), diagnostics: withFile(boundedDiagnostics([internalErrorDiagnostic(error)]), file), comments: [] };
  } finally {
    policyParser.input = [];
  }
}

/** WT106, unless a syntax error at or before the first declaration may be a mangled header. */
function missingHeaderDiagnostic(tokens: IToken[], syntaxDiagnostics: Diagnostic[]): Diagnostic[] {
  const first = tokens[0];
  const range: SourceRange = first === undefined ? { line: 1, column: 1, endLine: 1, endColumn: 1 } : rangeOfToken(first);
  const mayBeMangledHeader = syntaxDiagnostics.some((diagnostic) => diagnostic.range.line <= range.line + 1);
  if (mayBeMangledHeader) return [];
  return [
    {
      severity: 'error',
      code: 'WT106',
      message: 'This file has no `policy` header',
      range,
      hint: 'Start the file with a header such as `policy my-area { effective 2024-04-01 }`.',
    },
  ];
}
