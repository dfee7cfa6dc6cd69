import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.js';
import { lexSource } from '../src/lexer.js';
import { parseFragment, type FragmentKind } from '../src/parse-fragment.js';
import { parseText } from '../src/parse-text.js';
import type { SourceRange } from '../src/source-range.js';
import { languageDocExamples } from './support/language-doc.js';

const EXAMPLE = languageDocExamples()[0] ?? '';

/** The lengths of the lines of `text` as the lexer counts them (CRLF, CR and LF end a line). */
function lineLengths(text: string): number[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map((line) => line.length);
}

function isSaneRange(range: SourceRange, lines: number[]): boolean {
  const { line, column, endLine, endColumn } = range;
  if (![line, column, endLine, endColumn].every(Number.isInteger)) return false;
  if (line < 1 || column < 1 || endLine < line || (endLine === line && endColumn < column)) return false;
  const startLength = lines[line - 1];
  const endLength = lines[endLine - 1];
  return startLength !== undefined && endLength !== undefined && column <= startLength + 1 && endColumn <= endLength + 1;
}

/** Every `loc`-like range inside an IR value. */
function rangesIn(value: unknown, found: SourceRange[] = []): SourceRange[] {
  if (Array.isArray(value)) for (const item of value) rangesIn(item, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'loc' || key === 'statutoryLoc' || key === 'extendsLoc') found.push(item as SourceRange);
      else rangesIn(item, found);
    }
  }
  return found;
}

/** Fails with every problem found (plain checks, one `expect`: thousands of runs must stay fast). */
function expectSaneResult(text: string, diagnostics: Diagnostic[], ir: unknown): void {
  const lines = lineLengths(text);
  const problems: string[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.code === 'WT199') problems.push(`internal error: ${diagnostic.message}`);
    if (diagnostic.message.length === 0) problems.push(`${diagnostic.code} has no message`);
    if (!isSaneRange(diagnostic.range, lines)) problems.push(`${diagnostic.code} at ${JSON.stringify(diagnostic.range)}`);
  }
  for (const range of rangesIn(ir)) if (!isSaneRange(range, lines)) problems.push(`IR loc ${JSON.stringify(range)}`);
  if (problems.length > 0) expect.fail(`${problems.join('; ')} in ${JSON.stringify(text)}`);
}

const vocabulary = [
  'policy', 'calendar', 'event', 'fact', 'timescale', 'review-point', 'remove', 'escalation', 'thresholds', 'level',
  'starts', 'at', 'first', 'last', 'each', 'otherwise', 'where', 'requires', 'within', 'working', 'days', 'months',
  'rounding', 'last-day', 'while', 'unless', 'statutory', 'cites', 'warn', 'before', 'due', 'notify', 'when', 'overdue',
  'and', 'or', 'not', 'in', 'true', 'false', 'one', 'of', 'boolean', 'weekend', 'sunday', 'closed', 'holidays',
  'x', 'referral', 'a-b', '45', '2.5', '2024-02-30', '2024-01-01', '"s"', '"un', '"\\q"', '{', '}', '(', ')', ',', ':', '..',
  '=', '!=', '<', '<=', '>', '>=', '//c', '\n', '\r\n', '\t', ' ', '-', '.', '#', '\\', '\ufeff', 'é', '\u2028',
];
const anyToken = fc.constantFrom(...vocabulary);

const exampleTokens = lexSource(EXAMPLE).tokens.map((token) => ({ start: token.startOffset, end: (token.endOffset ?? token.startOffset) + 1 }));

type Mutation = (text: string) => string;

const tokenIndex = fc.nat({ max: exampleTokens.length - 1 });
const charIndex = fc.nat({ max: EXAMPLE.length });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  tokenIndex.map((i): Mutation => (text) => {
    const token = exampleTokens[i]!;
    return text.slice(0, token.start) + text.slice(token.end);
  }),
  tokenIndex.map((i): Mutation => (text) => {
    const token = exampleTokens[i]!;
    return text.slice(0, token.end) + ' ' + text.slice(token.start);
  }),
  fc.tuple(tokenIndex, tokenIndex).map(([i, j]): Mutation => (text) => {
    const [a, b] = [exampleTokens[Math.min(i, j)]!, exampleTokens[Math.max(i, j)]!];
    if (a === b) return text;
    return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
  }),
  fc.tuple(charIndex, anyToken).map(([i, token]): Mutation => (text) => text.slice(0, i) + token + text.slice(i)),
  charIndex.map((i): Mutation => (text) => text.slice(0, i) + text.slice(i + 1)),
  fc.tuple(charIndex, fc.string({ maxLength: 1 })).map(([i, char]): Mutation => (text) => text.slice(0, i) + char + text.slice(i)),
);

describe('parseText never throws', () => {
  it('on mutations of the complete example (deleted, duplicated, swapped or inserted tokens and characters)', () => {
    // Mutations refer to the example's token offsets; applied in sequence they may land anywhere, which is fine.
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const text = mutations.reduce((current, mutate) => mutate(current), EXAMPLE);
        const result = parseText(text, 'mutated.wt');
        if (result.ir.irVersion !== 1) expect.fail('no IR');
        expectSaneResult(text, result.diagnostics, result.ir);
      }),
      { numRuns: 1500 },
    );
  });

  it('on random sequences of the language’s words and symbols', () => {
    fc.assert(
      fc.property(fc.array(anyToken, { maxLength: 40 }), fc.boolean(), (tokens, spaced) => {
        const text = tokens.join(spaced ? ' ' : '');
        const result = parseText(text);
        expectSaneResult(text, result.diagnostics, result.ir);
      }),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), (text) => {
        const result = parseText(text);
        expectSaneResult(text, result.diagnostics, result.ir);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('parseFragment never throws', () => {
  const kinds: FragmentKind[] = ['condition', 'duration', 'anchor', 'match', 'while', 'requirement'];

  it('on random sequences of words and symbols, for every kind of fragment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.array(anyToken, { maxLength: 20 }), (kind, tokens) => {
        const text = tokens.join(' ');
        const result = parseFragment(kind, text);
        expectSaneResult(text, result.diagnostics, result.value);
      }),
      { numRuns: 1500 },
    );
  });
});
