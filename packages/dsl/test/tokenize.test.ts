import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/tokenize.js';

describe('tokenize', () => {
  it('classifies tokens for highlighting, comments included, in source order', () => {
    const tokens = tokenize('timescale t "T" { requires x within 3 days } // note\nwhile a .. b >= 2024-01-01 saturday');
    expect(tokens.map((token) => `${token.kind}:${token.image}`)).toEqual([
      'keyword:timescale',
      'name:t',
      'string:"T"',
      'punctuation:{',
      'keyword:requires',
      'name:x',
      'keyword:within',
      'number:3',
      'keyword:days',
      'punctuation:}',
      'comment:// note',
      'keyword:while',
      'name:a',
      'operator:..',
      'name:b',
      'operator:>=',
      'date:2024-01-01',
      'weekday:saturday',
    ]);
  });

  it('reports keywords that stand as names as names', () => {
    const tokens = tokenize('event review "Review" { level: number }\ntimescale t { requires review within 1 day }');
    const kinds = tokens.filter((token) => token.image === 'review' || token.image === 'level').map((token) => token.kind);
    expect(kinds).toEqual(['name', 'name', 'name']);
  });

  it('gives token type names, offsets into the source as given, and ranges', () => {
    const source = '\ufeffevent a';
    const tokens = tokenize(source);
    expect(tokens).toEqual([
      { type: 'KwEvent', kind: 'keyword', image: 'event', offset: 1, range: { line: 1, column: 1, endLine: 1, endColumn: 6 } },
      { type: 'Name', kind: 'name', image: 'a', offset: 7, range: { line: 1, column: 7, endLine: 1, endColumn: 8 } },
    ]);
    for (const token of tokens) expect(source.slice(token.offset, token.offset + token.image.length)).toBe(token.image);
  });
});
