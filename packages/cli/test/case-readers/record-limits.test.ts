import { describe, expect, it } from 'vitest';
import { MAX_EVENTS_PER_CASE } from '@wt/engine';
import { CsvCaseParser } from '../../src/case-readers/csv-case-parser.js';
import { JsonArrayParser } from '../../src/case-readers/json-array-parser.js';
import { NdjsonParser } from '../../src/case-readers/ndjson-parser.js';
import { MAX_RECORD_CHARS } from '../../src/case-readers/record-limits.js';
import { feed, problems, values } from './feed.js';

const MIB = 1024 * 1024;
/** Cuts every MiB, as a file stream delivers its chunks. */
const everyMib = (text: string) => Array.from({ length: Math.ceil(text.length / MIB) }, (_, i) => i * MIB);
const huge = 'x'.repeat(MAX_RECORD_CHARS + 10);

describe('a record longer than 16 MiB (WT728)', () => {
  it('NDJSON: skips the line unread and goes on with the next', () => {
    const text = `{"id":"A","events":[]}\n{"id":"B","note":"${huge}"}\n{"id":"C","events":[]}\n`;
    const items = feed(new NdjsonParser('cases.ndjson'), text, everyMib(text));
    expect(values(items)).toEqual([{ id: 'A', events: [] }, { id: 'C', events: [] }]);
    expect(problems(items)).toEqual([{ line: 2, code: 'WT728', message: 'the record is longer than 16 MiB, the most a record may be: it was skipped unread' }]);
    expect(items.map((item) => item.origin.index)).toEqual([0, 1, 2]);
  });

  it('NDJSON: also when the long line comes whole in one chunk, and when it is the last line', () => {
    const text = `{"id":"A","events":[]}\n"${huge}"`;
    expect(problems(feed(new NdjsonParser(), text))).toEqual([{ line: 2, code: 'WT728', message: expect.any(String) }]);
    expect(problems(feed(new NdjsonParser(), text, everyMib(text)))).toEqual([{ line: 2, code: 'WT728', message: expect.any(String) }]);
  });

  it('JSON: skips the element unread, keeping the lines of those after it', () => {
    const text = `[\n{"id":"A","events":[]},\n{"id":"B","note":"${huge}"},\n{"id":"C","events":[]}\n]\n`;
    const items = feed(new JsonArrayParser('cases.json'), text, everyMib(text));
    expect(values(items)).toEqual([{ id: 'A', events: [] }, { id: 'C', events: [] }]);
    expect(problems(items)).toEqual([{ line: 3, code: 'WT728', message: expect.stringContaining('16 MiB') }]);
    expect(items.map((item) => item.origin.line)).toEqual([2, 3, 4]);
  });

  it('CSV: a row that never ends (a quote never closed) stops the reading there', () => {
    const text = `case,event,date,note\nA,referral,2024-05-02,ok\nB,referral,2024-05-02,"${huge}\nC,referral,2024-05-02,ok\n`;
    const items = feed(new CsvCaseParser('cases.csv'), text, everyMib(text));
    expect(values(items)).toEqual([{ id: 'A', events: [{ type: 'referral', date: '2024-05-02', note: 'ok' }] }]);
    expect(problems(items)).toEqual([{ line: 3, code: 'WT728', message: expect.stringContaining('the rest of the file was not read') }]);
  });
});

describe('a CSV case with more events than a case may have (WT708)', () => {
  it('is rejected at the first row past the limit; the next case is read', () => {
    const rows = Array.from({ length: MAX_EVENTS_PER_CASE + 1 }, () => 'A,referral,2024-05-02');
    const text = `case,event,date\n${rows.join('\n')}\nB,referral,2024-05-02\n`;
    const items = feed(new CsvCaseParser('cases.csv'), text, everyMib(text));
    // Row 1 is the header, so the 100,001st row of case A is on line 100,002.
    expect(problems(items)).toEqual([
      { line: MAX_EVENTS_PER_CASE + 2, code: 'WT708', message: 'the case has more than the 100000 events a case may have (rows from line 2)' },
    ]);
    expect(values(items)).toEqual([{ id: 'B', events: [{ type: 'referral', date: '2024-05-02' }] }]);
  });
});

describe('a record that is not UTF-8 text (WT729)', () => {
  const message = expect.stringContaining('not UTF-8');

  it('NDJSON: a line holding U+FFFD (a byte that was not UTF-8) or NUL is rejected; the others are read', () => {
    const text = '{"id":"A","events":[]}\n{"id":"Zo\ufffd","events":[]}\n{"id":"\u0000B\u0000"}\n';
    const items = feed(new NdjsonParser(), text);
    expect(problems(items)).toEqual([
      { line: 2, code: 'WT729', message },
      { line: 3, code: 'WT729', message },
    ]);
    expect(values(items)).toEqual([{ id: 'A', events: [] }]);
  });

  it('JSON: an element holding U+FFFD is rejected', () => {
    expect(problems(feed(new JsonArrayParser(), '[{"id":"A"},\n{"id":"Zo\ufffd"}]'))).toEqual([{ line: 2, code: 'WT729', message }]);
  });

  it('CSV: a case with a row holding U+FFFD is rejected at that row', () => {
    const text = 'case,event,date,name\nA,referral,2024-05-02,Zo\ufffd\nB,referral,2024-05-02,Zoe\n';
    const items = feed(new CsvCaseParser(), text);
    expect(problems(items)).toEqual([{ line: 2, code: 'WT729', message }]);
    expect(values(items)).toHaveLength(1);
  });
});
