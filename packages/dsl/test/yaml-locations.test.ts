import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { YamlLocations } from '../src/yaml-locations.js';

function locationsOf(source: string): YamlLocations {
  return new YamlLocations(parseDocument(source), source);
}

const source = [
  'policy:',
  '  id: p',
  '  title:',
  'rules:',
  '  - timescale: t',
  "    starts-at: 'first referral'",
  '    requires: >-',
  '      done where',
  '      x = 1',
  'alias: &a { id: q }',
  'again: *a',
  '',
].join('\n');

describe('YamlLocations', () => {
  const locations = locationsOf(source);

  it('gives the range of a value, in 1-based lines and columns', () => {
    expect(locations.valueRange(['policy', 'id'])).toEqual({ line: 2, column: 7, endLine: 2, endColumn: 8 });
    expect(locations.valueRange(['rules', 0])).toEqual({ line: 5, column: 5, endLine: 9, endColumn: 12 });
  });

  it('points at the key of a value that is missing or empty', () => {
    expect(locations.valueRange(['policy', 'title'])).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 8 });
    expect(locations.valueRange(['policy', 'version'])).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 9 });
  });

  it('gives the first line of a mapping, and key and pair ranges', () => {
    expect(locations.firstLineRange(['rules', 0])).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 17 });
    expect(locations.keyRange(['rules', 0], 'starts-at')).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 14 });
    expect(locations.pairRange(['rules', 0], 'starts-at')).toEqual({ line: 6, column: 5, endLine: 6, endColumn: 32 });
  });

  it('finds where the text of a scalar starts: after a quote, on the first line of a block', () => {
    expect(locations.contentStart(['rules', 0, 'starts-at'])).toEqual({ line: 6, column: 17 });
    expect(locations.contentStart(['rules', 0, 'requires'])).toEqual({ line: 8, column: 7 });
  });

  it('follows aliases', () => {
    expect(locations.valueRange(['again', 'id'])).toEqual({ line: 10, column: 17, endLine: 10, endColumn: 18 });
  });

  it('counts a lone CR and a CRLF as one line end each, as the text form and editors do', () => {
    // Lines: 1 `policy:` (CRLF), 2 `  title: "a` (a lone CR inside the quotes), 3 `b"`, 4 `  id: p`.
    const mixed = locationsOf('policy:\r\n  title: "a\rb"\n  id: p\n');
    expect(mixed.keyRange(['policy'], 'id')).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 5 });
  });

  it('locates the value that is read of a key given twice: the last one', () => {
    const twice = locationsOf('policy:\n  id: p\n  id: quite-long\n');
    expect(twice.valueRange(['policy', 'id'])).toEqual({ line: 3, column: 7, endLine: 3, endColumn: 17 });
  });

  it('puts the LF of a CRLF at the end of its line, with the CR', () => {
    // "ab\r\ncd": offsets 2 (CR) and 3 (LF) are both the end of line 1, column 3.
    const crlf = locationsOf('ab\r\ncd');
    expect(crlf.range(2, 3)).toEqual({ line: 1, column: 3, endLine: 1, endColumn: 3 });
  });

  it('keeps a range inside the text when it is asked for one past its end', () => {
    expect(locations.range(source.length, source.length + 5)).toEqual({ line: 12, column: 1, endLine: 12, endColumn: 1 });
  });
});
