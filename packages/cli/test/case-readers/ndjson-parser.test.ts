import { describe, expect, it } from 'vitest';
import { NdjsonParser } from '../../src/case-readers/ndjson-parser.js';
import { feed, problems, values } from './feed.js';

describe('NdjsonParser', () => {
  it('reads one record per line, with its line and index', () => {
    const items = feed(new NdjsonParser('c.ndjson'), '{"id":"A"}\n{"id":"B"}\n');
    expect(values(items)).toEqual([{ id: 'A' }, { id: 'B' }]);
    expect(items.map((item) => item.origin)).toEqual([
      { line: 1, index: 0, file: 'c.ndjson' },
      { line: 2, index: 1, file: 'c.ndjson' },
    ]);
  });

  it('accepts a BOM, CRLF line ends, blank lines and a last line without a newline', () => {
    const items = feed(new NdjsonParser(), '\uFEFF{"id":"A"}\r\n\r\n   \n{"id":"B"}');
    expect(values(items)).toEqual([{ id: 'A' }, { id: 'B' }]);
    expect(items.map((item) => item.origin.line)).toEqual([1, 4]);
  });

  it('rejects a line that is not JSON, by line, without quoting it, and reads on', () => {
    const items = feed(new NdjsonParser(), '{"id":"A"}\n{"id":"B","name":"Jane Doe"\n{"id":"C"}\n');
    expect(values(items)).toEqual([{ id: 'A' }, { id: 'C' }]);
    const [problem] = problems(items);
    expect(problem!.line).toBe(2);
    expect(problem!.code).toBe('WT720');
    expect(problem!.message).toMatch(/^not valid JSON/);
    expect(problem!.message).not.toContain('Jane');
    expect(items.map((item) => item.origin.index)).toEqual([0, 1, 2]);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const text = '{"id":"A","events":[{"type":"referral","date":"2024-05-02"}]}\r\n\n{"id":"ß✓"}\nnot json\n';
    const whole = feed(new NdjsonParser(), text);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(feed(new NdjsonParser(), text, [cut])).toEqual(whole);
    }
  });
});
