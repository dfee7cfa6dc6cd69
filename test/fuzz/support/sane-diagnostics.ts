/**
 * What "never crashes" means for a diagnostic: it is not an internal error (a bug reported instead of
 * a crash), it has a message of reasonable length, and it points at a place that exists in the text.
 */
import type { Diagnostic } from '@wt/dsl';

/** Codes that stand for a bug caught and reported: the parser's, the YAML reader's, the formatter's. */
export const INTERNAL_ERROR_CODES = new Set(['WT198', 'WT199', 'WT599']);

/** No message needs more than this; a longer one is quoting the input. */
export const MAX_MESSAGE_LENGTH = 1000;

/** Line lengths as the readers count lines (CRLF, CR and LF end a line; a leading BOM is not counted). */
export function lineLengths(text: string): number[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((line) => line.length);
}

/** Problems with the diagnostics of `text` (an empty list when they are sane). */
export function diagnosticProblems(text: string, diagnostics: readonly Diagnostic[]): string[] {
  const lines = lineLengths(text);
  const problems: string[] = [];
  for (const diagnostic of diagnostics) {
    const { code, message, range } = diagnostic;
    if (INTERNAL_ERROR_CODES.has(code)) problems.push(`internal error ${code}: ${message.slice(0, 300)}`);
    if (message.length === 0) problems.push(`${code} has no message`);
    if (message.length + (diagnostic.hint?.length ?? 0) > MAX_MESSAGE_LENGTH) problems.push(`${code} message is ${message.length} characters long`);
    const { line, column, endLine, endColumn } = range;
    const startLength = lines[line - 1];
    const endLength = lines[endLine - 1];
    const sane =
      [line, column, endLine, endColumn].every(Number.isInteger) &&
      line >= 1 &&
      column >= 1 &&
      (endLine > line || (endLine === line && endColumn >= column)) &&
      startLength !== undefined &&
      endLength !== undefined &&
      column <= startLength + 1 &&
      endColumn <= endLength + 1;
    if (!sane) problems.push(`${code} at ${JSON.stringify(range)} (${lines.length} lines)`);
  }
  return problems;
}
