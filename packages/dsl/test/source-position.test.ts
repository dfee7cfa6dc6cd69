import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetAt, positionAt, rangeContains, textInRange } from '../src/source-position.js';

describe('positionAt and offsetAt', () => {
  it('count lines as the lexer does: \\n, \\r\\n and \\r each end one', () => {
    const source = 'ab\ncd\r\nef\rgh';
    expect(positionAt(source, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(source, 4)).toEqual({ line: 2, column: 2 }); // the d
    expect(positionAt(source, 7)).toEqual({ line: 3, column: 1 }); // the e, after \r\n
    expect(positionAt(source, 10)).toEqual({ line: 4, column: 1 }); // the g, after \r
    expect(offsetAt(source, { line: 3, column: 2 })).toBe(8);
  });

  it('count a byte-order mark in offsets, not in columns', () => {
    const source = '\ufeffpolicy p';
    expect(positionAt(source, 1)).toEqual({ line: 1, column: 1 });
    expect(offsetAt(source, { line: 1, column: 8 })).toBe(8);
    expect(textInRange(source, { line: 1, column: 1, endLine: 1, endColumn: 7 })).toBe('policy');
  });

  it('clamp a column past the end of its line to the line end', () => {
    expect(offsetAt('ab\ncd', { line: 1, column: 9 })).toBe(2);
    expect(offsetAt('ab\r\ncd', { line: 1, column: 9 })).toBe(2);
  });

  it('are inverse for every offset of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\r', ' ') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        // The second character of \r\n has no position of its own.
        if (text[offset - 1] === '\r' && text[offset] === '\n') return;
        expect(offsetAt(text, positionAt(text, offset))).toBe(offset);
      }),
    );
  });
});

describe('rangeContains', () => {
  it('includes both ends, so that a cursor just after a word is on it', () => {
    const range = { line: 2, column: 3, endLine: 2, endColumn: 8 };
    expect(rangeContains(range, { line: 2, column: 3 })).toBe(true);
    expect(rangeContains(range, { line: 2, column: 8 })).toBe(true);
    expect(rangeContains(range, { line: 2, column: 9 })).toBe(false);
    expect(rangeContains(range, { line: 1, column: 5 })).toBe(false);
  });
});
