import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCode } from '../src/escape-markdown.js';

/** CommonMark reads `\x` as the character x for any ASCII punctuation x. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('escapeMarkdown', () => {
  it('turns HTML, links and emphasis in policy text into plain characters', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('\\<img src\\=x onerror\\=alert\\(1\\)\\>');
    expect(escapeMarkdown('[click](https://example.org) *now*')).toBe('\\[click\\]\\(https\\://example\\.org\\) \\*now\\*');
    expect(escapeMarkdown('Children & families')).toBe('Children \\& families');
  });

  it('keeps the text on one line', () => {
    expect(escapeMarkdown('one\ntwo\r\nthree')).toBe('one two three');
  });

  it('reads back as the text it escaped, with no markup character left bare', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeMarkdown(text);
        const oneLine = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
        expect(unescape(escaped)).toBe(oneLine);
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[<>`[\]*_&]/);
      }),
    );
  });
});

describe('markdownCode', () => {
  it('writes a name as inline code, without the characters a code span cannot hold', () => {
    expect(markdownCode('assessment-complete')).toBe('`assessment-complete`');
    expect(markdownCode('a`b\nc')).toBe('`abc`');
  });
});
