/**
 * Reading a (possibly partial, error-recovered) chevrotain CST by child label. Tokens the parser
 * inserted while recovering are treated as absent.
 */
import type { CstElement, CstNode, IToken } from 'chevrotain';
import type { SourceRange } from './source-range.js';
import { isRealToken, rangeFromTo } from './token-range.js';

function isToken(element: CstElement): element is IToken {
  return 'image' in element;
}

export function childTokens(node: CstNode | undefined, label: string): IToken[] {
  const children = node?.children[label] ?? [];
  return children.filter(isToken).filter(isRealToken);
}

export function childToken(node: CstNode | undefined, label: string): IToken | undefined {
  return childTokens(node, label)[0];
}

export function childNodes(node: CstNode | undefined, label: string): CstNode[] {
  const children = node?.children[label] ?? [];
  return children.filter((element): element is CstNode => !isToken(element));
}

export function childNode(node: CstNode | undefined, label: string): CstNode | undefined {
  return childNodes(node, label)[0];
}

/** The range a node covers, or undefined when it holds no real token. */
export function nodeRange(node: CstNode | undefined): SourceRange | undefined {
  const location = node?.location;
  if (location === undefined) return undefined;
  const { startLine, startColumn, endLine, endColumn } = location;
  if (![startLine, startColumn, endLine, endColumn].every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  return { line: startLine!, column: startColumn!, endLine: endLine!, endColumn: endColumn! + 1 };
}

/** From the start of `first` to the end of `last`, whichever of them are known. */
export function spanOf(first: SourceRange | undefined, last: SourceRange | undefined): SourceRange | undefined {
  if (first === undefined) return last;
  if (last === undefined) return first;
  return rangeFromTo(first, last);
}
