import { describe, expect, it } from 'vitest';
import { JsonArrayParser } from '../../src/case-readers/json-array-parser.js';
import { feed, problems, values } from './feed.js';

describe('JsonArrayParser', () => {
  it('yields each element of a top-level array with the line it starts on', () => {
    const text = '[\n  {"id": "A",\n   "events": []},\n  {"id": "B"}\n]\n';
    const items = feed(new JsonArrayParser('c.json'), text);
    expect(values(items)).toEqual([{ id: 'A', events: [] }, { id: 'B' }]);
    expect(items.map((item) => item.origin)).toEqual([
      { line: 2, index: 0, file: 'c.json' },
      { line: 4, index: 1, file: 'c.json' },
    ]);
  });

  it('is not fooled by brackets, commas and escaped quotes inside strings', () => {
    const text = '[{"id": "a,]}\\"[{"}, {"id": "b\\\\"}]';
    expect(values(feed(new JsonArrayParser(), text))).toEqual([{ id: 'a,]}"[{' }, { id: 'b\\' }]);
  });

  it('reads an empty array as no records, and a single object as one case', () => {
    expect(feed(new JsonArrayParser(), ' [ ] ')).toEqual([]);
    expect(feed(new JsonArrayParser(), '')).toEqual([]);
    expect(values(feed(new JsonArrayParser(), '\uFEFF{"id": "A"}\n'))).toEqual([{ id: 'A' }]);
  });

  it('rejects a broken element by line and reads on', () => {
    const text = '[\n{"id": "A"},\n{"id": "B", "x": tru},\n{"id": "C"}\n]';
    const items = feed(new JsonArrayParser(), text);
    expect(values(items)).toEqual([{ id: 'A' }, { id: 'C' }]);
    expect(problems(items)).toEqual([{ line: 3, code: 'WT720', message: expect.stringMatching(/^not valid JSON/) }]);
  });

  it('reports text after the end, an unclosed array, and a file that is no array', () => {
    expect(problems(feed(new JsonArrayParser(), '[{"id":"A"}]\n{"id":"B"}'))).toEqual([
      { line: 2, code: 'WT721', message: 'unexpected text after the end of the JSON (one case per line is NDJSON: use --cases-format ndjson)' },
    ]);
    const unclosed = feed(new JsonArrayParser(), '[{"id":"A"},\n{"id":"B"}\n');
    expect(values(unclosed)).toEqual([{ id: 'A' }, { id: 'B' }]);
    expect(problems(unclosed)).toEqual([{ line: 3, code: 'WT721', message: 'the array is not closed with "]"' }]);
    expect(problems(feed(new JsonArrayParser(), 'id,event\n'))).toEqual([
      { line: 1, code: 'WT721', message: 'expected a JSON array of cases ("[") or one case ("{")' },
    ]);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const text = '\uFEFF[\r\n {"id":"A","events":[{"type":"r","date":"2024-05-02"}]},\r\n {"id":"é\\"]"} , 7, "x", null,\n {bad}\n]';
    const whole = feed(new JsonArrayParser(), text);
    expect(values(whole)).toHaveLength(5);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(feed(new JsonArrayParser(), text, [cut])).toEqual(whole);
    }
  });
});
