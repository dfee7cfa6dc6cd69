/**
 * `tokenize`: the tokens of a `.wt` text, comments included, for syntax highlighting. A keyword that
 * stands where the grammar expects a name (an event called `review`) is reported as a name.
 */
import type { CstElement, CstNode, IToken, TokenType } from 'chevrotain';
import { lexSource } from './lexer.js';
import { policyParser } from './parser.js';
import type { SourceRange } from './source-range.js';
import { isRealToken, rangeOfToken } from './token-range.js';
import {
  Colon,
  Comma,
  comparisonOperators,
  DateLiteral,
  DotDot,
  keywordSpellingOf,
  LBrace,
  LParen,
  NumberLiteral,
  RBrace,
  RParen,
  StringLiteral,
  weekdayTokens,
} from './tokens.js';

export type SourceTokenKind = 'keyword' | 'weekday' | 'name' | 'string' | 'number' | 'date' | 'operator' | 'punctuation' | 'comment';

export interface SourceToken {
  /** The chevrotain token type name: `KwPolicy`, `Name`, `StringLiteral`, `Comment`, ... */
  type: string;
  kind: SourceTokenKind;
  image: string;
  /** Offset in the source string as given. */
  offset: number;
  range: SourceRange;
}

const punctuation: readonly TokenType[] = [LBrace, RBrace, LParen, RParen, Comma, Colon];
const operators: readonly TokenType[] = [...comparisonOperators, DotDot];

function kindOf(token: IToken, names: ReadonlySet<IToken>): SourceTokenKind {
  const type = token.tokenType;
  if (names.has(token)) return 'name';
  if (weekdayTokens.includes(type)) return 'weekday';
  if (keywordSpellingOf(type) !== undefined) return 'keyword';
  if (type === StringLiteral) return 'string';
  if (type === NumberLiteral) return 'number';
  if (type === DateLiteral) return 'date';
  if (operators.includes(type)) return 'operator';
  if (punctuation.includes(type)) return 'punctuation';
  return 'name';
}

export function tokenize(source: string): SourceToken[] {
  const lexed = lexSource(source);
  const names = tokensStandingAsNames(lexed.tokens);
  const tokens: SourceToken[] = lexed.tokens.map((token) => ({
    type: token.tokenType.name,
    kind: kindOf(token, names),
    image: token.image,
    offset: token.startOffset + lexed.bomLength,
    range: rangeOfToken(token),
  }));
  const comments: SourceToken[] = lexed.comments.map((comment) => ({
    type: 'Comment',
    kind: 'comment',
    image: comment.text,
    offset: comment.offset,
    range: comment.range,
  }));
  return [...tokens, ...comments].sort((a, b) => a.offset - b.offset);
}

/** Tokens the parser read as names (the children of `name` and `plainName` nodes). */
function tokensStandingAsNames(tokens: IToken[]): Set<IToken> {
  const names = new Set<IToken>();
  try {
    policyParser.input = tokens;
    collectNames(policyParser.file(), false, names);
  } catch {
    // highlighting falls back to token types alone
  } finally {
    policyParser.input = [];
  }
  return names;
}

function collectNames(node: CstNode, insideName: boolean, names: Set<IToken>): void {
  const isName = insideName || node.name === 'name' || node.name === 'plainName';
  for (const children of Object.values(node.children)) {
    for (const child of children as CstElement[]) {
      if ('image' in child) {
        if (isName && isRealToken(child)) names.add(child);
      } else collectNames(child, isName, names);
    }
  }
}
