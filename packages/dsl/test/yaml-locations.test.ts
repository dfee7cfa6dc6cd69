import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { YamlLocations } from '../src/yaml-locations.js';

function locationsOf(source: string): YamlLocations {
  const lineCounter = new LineCounter();
  return new YamlLocations(parseDocument(source, { lineCounter }), lineCounter, source);
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
});
