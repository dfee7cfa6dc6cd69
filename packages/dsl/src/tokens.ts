/**
 * The tokens of the text form (`.wt`), see docs/language.md "Lexical structure".
 *
 * Keywords are real token types (so that completion can suggest them), each with `longer_alt: Name`
 * so that `review-points` or `notify-x` lex as names. The parser accepts any keyword where a NAME is
 * expected, which is how "keywords are reserved only where the grammar expects them" is realised.
 */
import { createToken, Lexer, type TokenType } from 'chevrotain';

/** Categories, used by the highlighter and by error messages; they are never consumed directly. */
export const KeywordCategory = createToken({ name: 'Keyword', pattern: Lexer.NA });
export const WeekdayCategory = createToken({ name: 'Weekday', pattern: Lexer.NA, categories: [KeywordCategory] });

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\n\f\v\u00a0\u2028\u2029\ufeff]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const Comment = createToken({ name: 'Comment', pattern: /\/\/[^\r\n]*/, group: 'comments' });

export const Name = createToken({ name: 'Name', pattern: /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/, label: 'a name' });

/** `\` may escape any character here; escapes other than `\"` and `\\` are reported when lowering. */
export const StringLiteral = createToken({
  name: 'StringLiteral',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  label: 'a string in double quotes',
});
/** A string that reaches the end of its line; the lexer reports it and hands the parser a string. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
});
/** Any digits joined by hyphens, so that `2024-1-5` is one (malformed) date, reported when lowering. */
export const DateLiteral = createToken({ name: 'DateLiteral', pattern: /\d+(?:-\d+)+/, label: 'a date (YYYY-MM-DD)' });
export const NumberLiteral = createToken({ name: 'NumberLiteral', pattern: /\d+(?:\.\d+)?/, label: 'a number' });

export const LBrace = createToken({ name: 'LBrace', pattern: '{', label: '`{`' });
export const RBrace = createToken({ name: 'RBrace', pattern: '}', label: '`}`' });
export const LParen = createToken({ name: 'LParen', pattern: '(', label: '`(`' });
export const RParen = createToken({ name: 'RParen', pattern: ')', label: '`)`' });
export const Comma = createToken({ name: 'Comma', pattern: ',', label: '`,`' });
export const Colon = createToken({ name: 'Colon', pattern: ':', label: '`:`' });
export const DotDot = createToken({ name: 'DotDot', pattern: '..', label: '`..`' });
export const NotEqual = createToken({ name: 'NotEqual', pattern: '!=', label: '`!=`' });
export const LessEqual = createToken({ name: 'LessEqual', pattern: '<=', label: '`<=`' });
export const GreaterEqual = createToken({ name: 'GreaterEqual', pattern: '>=', label: '`>=`' });
export const Less = createToken({ name: 'Less', pattern: '<', label: '`<`' });
export const Greater = createToken({ name: 'Greater', pattern: '>', label: '`>`' });
export const Equal = createToken({ name: 'Equal', pattern: '=', label: '`=`' });

export const comparisonOperators: readonly TokenType[] = [Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual];

/** Every keyword, by its spelling. Look-ups go through a Map (user text must not reach `__proto__`). */
const keywordSpellings = [
  'policy', 'extends', 'title', 'version', 'area', 'effective', 'until', 'calendar', 'escalation', 'source',
  'weekend', 'holidays', 'file', 'division', 'closed', 'counting', 'exclusive', 'inclusive',
  'event', 'fact', 'boolean', 'number', 'string', 'date', 'one', 'of',
  'timescale', 'review-point', 'decision-point', 'starts', 'at', 'requires', 'within', 'while', 'unless',
  'statutory', 'cites', 'warn', 'before', 'due', 'first', 'last', 'each', 'otherwise', 'where',
  'rounding', 'last-day', 'next-month-start', 'refuse',
  'working', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'remove', 'notify', 'when', 'overdue', 'thresholds', 'level',
  'or', 'and', 'not', 'in', 'true', 'false',
] as const;

export const weekdaySpellings = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export type KeywordSpelling = (typeof keywordSpellings)[number] | (typeof weekdaySpellings)[number];

function tokenNameOf(spelling: string): string {
  return 'Kw' + spelling.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
}

function keywordToken(spelling: string, category: TokenType): TokenType {
  return createToken({
    name: tokenNameOf(spelling),
    pattern: spelling,
    longer_alt: Name,
    categories: [category],
    label: '`' + spelling + '`',
  });
}

export const keywordTokens: ReadonlyMap<string, TokenType> = new Map<string, TokenType>([
  ...keywordSpellings.map((spelling) => [spelling, keywordToken(spelling, KeywordCategory)] as const),
  ...weekdaySpellings.map((spelling) => [spelling, keywordToken(spelling, WeekdayCategory)] as const),
]);

/** The keyword token spelt `spelling`; throws on a spelling that is not a keyword (a bug, not user input). */
export function keyword(spelling: KeywordSpelling): TokenType {
  const token = keywordTokens.get(spelling);
  if (token === undefined) throw new Error(`not a keyword: ${spelling}`);
  return token;
}

export const weekdayTokens: readonly TokenType[] = weekdaySpellings.map((spelling) => keyword(spelling));

/** The spelling of a keyword token type, or undefined for other token types. */
export function keywordSpellingOf(tokenType: TokenType): string | undefined {
  return keywordSpellingByTokenName.get(tokenType.name);
}
const keywordSpellingByTokenName = new Map([...keywordTokens].map(([spelling, token]) => [token.name, spelling]));

/**
 * Keywords in lexing order: longest first, so that `days` is not read as `day` + `s`, `last-day` not as
 * `last`, and `notify` not as `not` (a keyword that is a prefix of a longer word falls to `Name`).
 */
const keywordsInLexingOrder = [...keywordTokens.entries()]
  .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
  .map(([, token]) => token);

/** Every token type, in the order the lexer tries them. */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  StringLiteral,
  UnterminatedString,
  DateLiteral,
  NumberLiteral,
  ...keywordsInLexingOrder,
  Name,
  LBrace,
  RBrace,
  LParen,
  RParen,
  Comma,
  Colon,
  DotDot,
  NotEqual,
  LessEqual,
  GreaterEqual,
  Less,
  Greater,
  Equal,
  KeywordCategory,
  WeekdayCategory,
];
