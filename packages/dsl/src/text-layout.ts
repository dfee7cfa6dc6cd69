/**
 * The printed text of a policy as lines before they become a string, so that comments can be put
 * back beside the lines they belong to. Each line knows the source positions (`anchors`) of the
 * constructs it prints; comments are attached to lines through those positions (see `text-comments.ts`).
 */
import type { SourceRange } from './source-range.js';

export interface SourcePosition {
  line: number;
  column: number;
}

export interface LayoutLine {
  depth: number;
  text: string;
  anchors: SourcePosition[];
  /** The line ends with `{`; its block's closing line follows the block's items. */
  opensBlock?: boolean;
  /** The line is a lone `}`. */
  closesBlock?: boolean;
}

/** Declarations of one group that fit on one line each are printed without blank lines between them. */
export type DeclarationGroup = 'event' | 'fact' | 'removal';

export interface LayoutDeclaration {
  lines: LayoutLine[];
  group?: DeclarationGroup;
}

export const INDENT = '  ';
export const MAX_WIDTH = 100;

export function startOf(range: SourceRange | undefined): SourcePosition[] {
  return range === undefined ? [] : [{ line: range.line, column: range.column }];
}

/** The position of the last character of `range` (the `}` of a block). */
export function endOf(range: SourceRange | undefined): SourcePosition[] {
  return range === undefined ? [] : [{ line: range.endLine, column: Math.max(1, range.endColumn - 1) }];
}

export function comparePositions(a: SourcePosition, b: SourcePosition): number {
  return a.line - b.line || a.column - b.column;
}

export function fitsOnOneLine(depth: number, text: string): boolean {
  return INDENT.length * depth + text.length <= MAX_WIDTH;
}
