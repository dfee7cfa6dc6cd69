import type { IToken } from 'chevrotain';
import type { SourceRange } from './source-range.js';

/** True for a token that stands in the source (not one the parser inserted while recovering). */
export function isRealToken(token: IToken | undefined): token is IToken {
  return token !== undefined && !token.isInsertedInRecovery && Number.isFinite(token.startOffset) && Number.isFinite(token.startLine);
}

/** The range of a token: 1-based, `endColumn` exclusive. Tokens never span lines. */
export function rangeOfToken(token: IToken): SourceRange {
  const line = token.startLine ?? 1;
  const column = token.startColumn ?? 1;
  return { line, column, endLine: line, endColumn: column + token.image.length };
}

/** From the start of `first` to the end of `last`. */
export function rangeFromTo(first: SourceRange, last: SourceRange): SourceRange {
  return { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}

/** The empty range just after `token`, where something missing should have stood. */
export function rangeAfterToken(token: IToken): SourceRange {
  const end = rangeOfToken(token);
  return { line: end.endLine, column: end.endColumn, endLine: end.endLine, endColumn: end.endColumn };
}

/** The position just after the last character of `text` (for errors at the end of the file). */
export function rangeAtEndOf(text: string): SourceRange {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    const isCrLf = char === 13 && text.charCodeAt(index + 1) === 10;
    if (isCrLf) index++;
    if (char === 10 || char === 13) {
      line++;
      lineStart = index + 1;
    }
  }
  const column = text.length - lineStart + 1;
  return { line, column, endLine: line, endColumn: column };
}
