import { describe, expect, it } from 'vitest';
import { formatFromExtension, sniffFormat } from '../../src/case-readers/detect-case-format.js';

describe('formatFromExtension', () => {
  it('knows .ndjson, .jsonl, .json and .csv, in any case', () => {
    expect(['a.ndjson', 'a.JSONL', 'dir/a.json', 'a.csv', 'a.txt', 'a'].map(formatFromExtension)).toEqual(['ndjson', 'ndjson', 'json', 'csv', undefined, undefined]);
  });
});

describe('sniffFormat', () => {
  it('looks at the first character, and at the first line for an object', () => {
    expect(sniffFormat('\uFEFF  [')).toBe('json');
    expect(sniffFormat('{"id":"A"}\n{"id"')).toBe('ndjson');
    expect(sniffFormat('{"id":"A"')).toBe('ndjson');
    expect(sniffFormat('{\n  "id": "A"\n}')).toBe('json');
    expect(sniffFormat('case,event,date\n')).toBe('csv');
    expect(sniffFormat('')).toBe('ndjson');
  });
});
