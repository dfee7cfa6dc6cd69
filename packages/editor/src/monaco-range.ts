/** `@wt/dsl`'s ranges (1-based, end column exclusive: the same convention) as Monaco ranges. */
import type { SourceRange } from '@wt/dsl';
import { monaco } from './monaco-setup.js';

export function toMonacoRange(range: SourceRange): monaco.Range {
  return new monaco.Range(range.line, range.column, range.endLine, range.endColumn);
}

export function fromMonacoRange(range: monaco.IRange): SourceRange {
  return { line: range.startLineNumber, column: range.startColumn, endLine: range.endLineNumber, endColumn: range.endColumn };
}
