import { describe, expect, it } from 'vitest';
import { lineTokens } from '../src/wt-line-tokens.js';

describe('lineTokens', () => {
  it('classes each token of a line with the compiler’s lexer, whitespace as white', () => {
    const line = '  requires decision within 1 working day // soon';
    const tokens = lineTokens(line).map((token) => [line.slice(token.startIndex, token.startIndex + 3), token.scopes]);
    expect(tokens).toEqual([
      ['  r', 'white'],
      ['req', 'keyword'],
      [' de', 'white'],
      ['dec', 'identifier'],
      [' wi', 'white'],
      ['wit', 'keyword'],
      [' 1 ', 'white'],
      ['1 w', 'number'],
      [' wo', 'white'],
      ['wor', 'keyword'],
      [' da', 'white'],
      ['day', 'keyword'],
      [' //', 'white'],
      ['// ', 'comment'],
    ]);
  });

  it('marks a keyword that stands as a name as a name', () => {
    // `level` is a keyword of thresholds, but after `event` it stands where a name is expected.
    const line = 'event level "A level event"';
    expect(lineTokens(line).filter((token) => token.scopes !== 'white').map((token) => token.scopes)).toEqual(['keyword', 'identifier', 'string']);
  });

  it('strings, dates, operators and punctuation', () => {
    const line = 'closed 2024-12-24 "Office closure" { a: b }';
    expect(lineTokens(line).filter((token) => token.scopes !== 'white').map((token) => token.scopes)).toEqual([
      'keyword',
      'number.date',
      'string',
      'delimiter',
      'identifier',
      'delimiter',
      'identifier',
      'delimiter',
    ]);
  });

  it('marks what the lexer cannot read as invalid, and never throws', () => {
    const scopes = lineTokens('event a § b').map((token) => token.scopes);
    expect(scopes).toContain('invalid');
    expect(() => lineTokens('"unterminated')).not.toThrow();
  });
});
