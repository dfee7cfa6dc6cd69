/**
 * The lexer of the text form. It never throws: characters it cannot read become WT101 diagnostics,
 * and a string without its closing quote becomes a WT104 diagnostic plus an ordinary string token, so
 * that the parser carries on.
 */
import { createTokenInstance, Lexer, type ILexingError, type IToken } from 'chevrotain';
import type { Diagnostic } from './diagnostic.js';
import type { SourceRange } from './source-range.js';
import { rangeOfToken } from './token-range.js';
import { allTokens, StringLiteral, UnterminatedString } from './tokens.js';

/** A `//` comment, kept for the formatter. */
export interface CommentToken {
  /** The comment as written, from `//` to the end of the line. */
  text: string;
  range: SourceRange;
  /** Offset of `//` in the source string as given (a byte-order mark counts). */
  offset: number;
}

export interface LexResult {
  /** The tokens the parser reads (comments and whitespace excluded). */
  tokens: IToken[];
  comments: CommentToken[];
  diagnostics: Diagnostic[];
  /** 1 when the source starts with a byte-order mark, which is dropped before lexing; else 0. */
  bomLength: number;
}

const policyLexer = new Lexer(allTokens, { positionTracking: 'full', ensureOptimizations: false });

const BOM = '\ufeff';

/** The source without its byte-order mark, if any, and how many characters were dropped. */
export function withoutBom(source: string): { text: string; bomLength: number } {
  return source.startsWith(BOM) ? { text: source.slice(1), bomLength: 1 } : { text: source, bomLength: 0 };
}

export function lexSource(source: string): LexResult {
  const { text, bomLength } = withoutBom(source);
  const result = policyLexer.tokenize(text);
  const diagnostics = result.errors.map((error) => lexingErrorToDiagnostic(error, text));
  const tokens = result.tokens.map((token) => {
    if (token.tokenType !== UnterminatedString) return token;
    diagnostics.push(unterminatedStringDiagnostic(token));
    return asStringLiteral(token);
  });
  const comments = (result.groups['comments'] ?? []).map((token) => ({
    text: token.image,
    range: rangeOfToken(token),
    offset: token.startOffset + bomLength,
  }));
  diagnostics.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
  return { tokens, comments, diagnostics, bomLength };
}

function lexingErrorToDiagnostic(error: ILexingError, text: string): Diagnostic {
  const line = error.line ?? 1;
  const column = error.column ?? 1;
  const characters = text.slice(error.offset, error.offset + error.length);
  const range = { line, column, endLine: line, endColumn: column + Math.max(1, error.length) };
  const hint = hintForCharacters(characters);
  const shown = characters.length === 1 ? `character ${describeCharacter(characters)}` : `characters \`${characters}\``;
  return {
    severity: 'error',
    code: 'WT101',
    message: `Unexpected ${shown}`,
    range,
    ...(hint === undefined ? {} : { hint }),
  };
}

function describeCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const printable = code > 0x20 && code !== 0x7f;
  return printable ? `\`${character}\`` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

function hintForCharacters(characters: string): string | undefined {
  if (/[“”„]/.test(characters)) return 'Strings use straight double quotes: "like this".';
  if (/['‘’]/.test(characters)) return 'Strings use double quotes: "like this".';
  if (characters.startsWith('#') || characters.startsWith('/')) return 'Comments start with `//`.';
  if (characters.startsWith('-')) return 'Names are kebab-case: a letter first, then letters, digits and single hyphens (`assessment-complete`).';
  if (characters.startsWith('_')) return 'Names use hyphens, not underscores: `assessment-complete`.';
  if (characters.startsWith('.')) return 'A state runs from one event to another: `while plan-start .. plan-end`.';
  if (/[^\x00-\x7f]/.test(characters)) return 'Names and keywords use plain letters (A to Z), digits and hyphens; other characters belong in strings.';
  return undefined;
}

function unterminatedStringDiagnostic(token: IToken): Diagnostic {
  return {
    severity: 'error',
    code: 'WT104',
    message: 'This string has no closing quote',
    range: rangeOfToken(token),
    hint: 'A string ends on the line where it starts: add a closing `"`.',
  };
}

function asStringLiteral(token: IToken): IToken {
  return createTokenInstance(
    StringLiteral,
    token.image,
    token.startOffset,
    token.endOffset ?? token.startOffset,
    token.startLine ?? 1,
    token.endLine ?? 1,
    token.startColumn ?? 1,
    token.endColumn ?? 1,
  );
}
