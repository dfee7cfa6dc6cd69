/**
 * Highlighting tokens of one line of `.wt` text, from the compiler's own lexer. Strings and comments
 * never span lines, so each line is tokenized alone. Whitespace is `white`; text the lexer cannot read
 * is `invalid`.
 */
import { tokenize, type SourceTokenKind } from '@wt/dsl';

export interface LineToken {
  startIndex: number;
  scopes: string;
}

export const SCOPES: Readonly<Record<SourceTokenKind, string>> = {
  keyword: 'keyword',
  weekday: 'keyword.weekday',
  name: 'identifier',
  string: 'string',
  number: 'number',
  date: 'number.date',
  operator: 'operator',
  punctuation: 'delimiter',
  comment: 'comment',
};

function gapScope(text: string): string {
  return text.trim() === '' ? 'white' : 'invalid';
}

export function lineTokens(line: string): LineToken[] {
  const tokens: LineToken[] = [];
  let covered = 0;
  for (const token of tokenize(line)) {
    if (token.offset > covered) tokens.push({ startIndex: covered, scopes: gapScope(line.slice(covered, token.offset)) });
    tokens.push({ startIndex: token.offset, scopes: SCOPES[token.kind] });
    covered = token.offset + token.image.length;
  }
  if (covered < line.length) tokens.push({ startIndex: covered, scopes: gapScope(line.slice(covered)) });
  return tokens;
}
