import { describe, expect, it } from 'vitest';
import { lexSource } from '../src/lexer.js';

function tokenNames(source: string): string[] {
  return lexSource(source).tokens.map((token) => `${token.tokenType.name}:${token.image}`);
}

describe('lexSource', () => {
  it('reads kebab-case names, and keywords only as whole words', () => {
    expect(tokenNames('review-point review-points decision-point last-day last next-month-start notify not days day')).toEqual([
      'KwReviewPoint:review-point',
      'Name:review-points',
      'KwDecisionPoint:decision-point',
      'KwLastDay:last-day',
      'KwLast:last',
      'KwNextMonthStart:next-month-start',
      'KwNotify:notify',
      'KwNot:not',
      'KwDays:days',
      'KwDay:day',
    ]);
    expect(tokenNames('assessment-complete s47 N1 levels firstly')).toEqual([
      'Name:assessment-complete',
      'Name:s47',
      'Name:N1',
      'Name:levels',
      'Name:firstly',
    ]);
  });

  it('reads `..` between names with or without spaces', () => {
    expect(tokenNames('plan-start .. plan-end')).toEqual(['Name:plan-start', 'DotDot:..', 'Name:plan-end']);
    expect(tokenNames('plan-start..plan-end')).toEqual(['Name:plan-start', 'DotDot:..', 'Name:plan-end']);
  });

  it('reads dates before numbers, and decimals', () => {
    expect(tokenNames('2024-12-24 45 2.5 2024')).toEqual([
      'DateLiteral:2024-12-24',
      'NumberLiteral:45',
      'NumberLiteral:2.5',
      'NumberLiteral:2024',
    ]);
  });

  it('reads operators', () => {
    expect(tokenNames('= != < <= > >=')).toEqual([
      'Equal:=',
      'NotEqual:!=',
      'Less:<',
      'LessEqual:<=',
      'Greater:>',
      'GreaterEqual:>=',
    ]);
  });

  it('reads strings with escaped quotes and backslashes', () => {
    expect(tokenNames('"say \\"hi\\"" "a\\\\b"')).toEqual(['StringLiteral:"say \\"hi\\""', 'StringLiteral:"a\\\\b"']);
  });

  it('keeps comments apart, with their ranges and offsets', () => {
    const source = 'event referral // the start\n// a whole line\nfact x number';
    const result = lexSource(source);
    expect(result.tokens.map((token) => token.image)).toEqual(['event', 'referral', 'fact', 'x', 'number']);
    expect(result.comments).toEqual([
      { text: '// the start', range: { line: 1, column: 16, endLine: 1, endColumn: 28 }, offset: 15 },
      { text: '// a whole line', range: { line: 2, column: 1, endLine: 2, endColumn: 16 }, offset: 28 },
    ]);
    for (const comment of result.comments) expect(source.slice(comment.offset, comment.offset + comment.text.length)).toBe(comment.text);
  });

  it('counts CRLF as one line break, a tab as one column, and drops a byte-order mark', () => {
    const result = lexSource('\ufeffevent a\r\n\tfact b // c\r\n');
    const positions = result.tokens.map((token) => `${token.image}@${token.startLine}:${token.startColumn}`);
    expect(positions).toEqual(['event@1:1', 'a@1:7', 'fact@2:2', 'b@2:7']);
    expect(result.bomLength).toBe(1);
    // The comment's offset counts the byte-order mark: '\ufeff' + 'event a\r\n\tfact b ' is 1 + 7 + 2 + 1 + 7 = 18 characters.
    expect(result.comments).toEqual([{ text: '// c', range: { line: 2, column: 9, endLine: 2, endColumn: 13 }, offset: 18 }]);
  });

  it('reports characters it cannot read as WT101, and carries on', () => {
    const result = lexSource('event a # b\nfact ‘x’');
    expect(result.tokens.map((token) => token.image)).toEqual(['event', 'a', 'b', 'fact', 'x']);
    expect(result.diagnostics.map((d) => [d.code, d.message, d.range])).toEqual([
      ['WT101', 'Unexpected character `#`', { line: 1, column: 9, endLine: 1, endColumn: 10 }],
      ['WT101', 'Unexpected character `‘`', { line: 2, column: 6, endLine: 2, endColumn: 7 }],
      ['WT101', 'Unexpected character `’`', { line: 2, column: 8, endLine: 2, endColumn: 9 }],
    ]);
    expect(result.diagnostics[0]?.hint).toBe('Comments start with `//`.');
    expect(result.diagnostics[1]?.hint).toBe('Strings use double quotes: "like this".');
  });

  it('reports an unterminated string as WT104 and still hands the parser a string', () => {
    const result = lexSource('title "no end\nevent a');
    expect(result.tokens.map((token) => `${token.tokenType.name}:${token.image}`)).toEqual([
      'KwTitle:title',
      'StringLiteral:"no end',
      'KwEvent:event',
      'Name:a',
    ]);
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT104',
        message: 'This string has no closing quote',
        range: { line: 1, column: 7, endLine: 1, endColumn: 14 },
        hint: 'A string ends on the line where it starts: add a closing `"`.',
      },
    ]);
  });
});
