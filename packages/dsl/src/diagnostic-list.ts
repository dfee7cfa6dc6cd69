/** Small operations on lists of diagnostics shared by the parsers of the text form. */
import type { Diagnostic } from './diagnostic.js';
import { UNKNOWN_RANGE } from './source-range.js';

/** In source order (stable for diagnostics at the same place). */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}

export function withFile(diagnostics: Diagnostic[], file: string | undefined): Diagnostic[] {
  return file === undefined ? diagnostics : diagnostics.map((diagnostic) => ({ ...diagnostic, file }));
}

/** WT199: a bug in the parser, turned into a diagnostic rather than a crash. */
export function internalErrorDiagnostic(error: unknown): Diagnostic {
  const tooDeep = error instanceof RangeError;
  return {
    severity: 'error',
    code: 'WT199',
    message: tooDeep
      ? 'This text is nested too deeply to read'
      : `Internal error while reading the policy: ${error instanceof Error ? error.message : String(error)}`,
    range: UNKNOWN_RANGE,
    hint: tooDeep ? 'Split deeply bracketed conditions into simpler ones.' : 'Please report this as a bug, with the text that caused it.',
  };
}
