/** A span of source text. Lines and columns are 1-based; `endColumn` is exclusive (as in Monaco). */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export const UNKNOWN_RANGE: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };
