/**
 * Offsets in a source string and the 1-based lines and columns of `SourceRange`s, converted both ways
 * as the lexer counts them: lines end at `\n`, `\r\n` or `\r`, and a byte-order mark at the start is
 * counted by offsets but not by columns (ranges are those of the text without it).
 */
import { withoutBom } from './lexer.js';
import type { SourceRange } from './source-range.js';

export interface SourcePosition {
  line: number;
  column: number;
}

/** The offsets (in the text without its byte-order mark) at which each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 13 && text.charCodeAt(index + 1) === 10) index++;
    if (char === 10 || char === 13) starts.push(index + 1);
  }
  return starts;
}

/** Where a line's text ends, given where the next line starts (before its `\n`, `\r\n` or `\r`). */
function lineContentEnd(text: string, nextLineStart: number): number {
  return text.charCodeAt(nextLineStart - 1) === 10 && text.charCodeAt(nextLineStart - 2) === 13 ? nextLineStart - 2 : nextLineStart - 1;
}

/** The line and column of an offset of `source` (clamped to the source). */
export function positionAt(source: string, offset: number): SourcePosition {
  const { text, bomLength } = withoutBom(source);
  const at = Math.min(Math.max(0, offset - bomLength), text.length);
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= at) line++;
  return { line: line + 1, column: at - starts[line]! + 1 };
}

/** The offset in `source` of a line and column (clamped to the line and to the source). */
export function offsetAt(source: string, position: SourcePosition): number {
  const { text, bomLength } = withoutBom(source);
  const starts = lineStarts(text);
  const lineIndex = Math.min(Math.max(1, position.line), starts.length) - 1;
  const start = starts[lineIndex]!;
  const end = lineIndex + 1 < starts.length ? lineContentEnd(text, starts[lineIndex + 1]!) : text.length;
  return bomLength + Math.min(start + Math.max(1, position.column) - 1, end);
}

/** The text a range covers. */
export function textInRange(source: string, range: SourceRange): string {
  return source.slice(offsetAt(source, { line: range.line, column: range.column }), offsetAt(source, { line: range.endLine, column: range.endColumn }));
}

/** The empty range at an offset. */
export function rangeAtOffset(source: string, offset: number): SourceRange {
  const { line, column } = positionAt(source, offset);
  return { line, column, endLine: line, endColumn: column };
}

/** True when a position lies in a range, its end included (a cursor just after a word is on it). */
export function rangeContains(range: SourceRange, position: SourcePosition): boolean {
  if (position.line < range.line || position.line > range.endLine) return false;
  if (position.line === range.line && position.column < range.column) return false;
  if (position.line === range.endLine && position.column > range.endColumn) return false;
  return true;
}
