import { describe, expect, it } from 'vitest';
import type { AttributeType } from '@wt/dsl';
import { CsvCaseParser } from '../../src/case-readers/csv-case-parser.js';
import type { CsvTyping } from '../../src/case-readers/csv-value-typing.js';
import { feed, problems, values } from './feed.js';

const typing: CsvTyping = {
  attributeTypes: (event, attribute) => {
    const types: Record<string, AttributeType[]> = {
      'strategy-discussion/s47': [{ kind: 'boolean' }],
      'referral-closed/outcome': [{ kind: 'enum', values: ['nfa', '1'] }],
    };
    return types[`${event}/${attribute}`];
  },
  factTypes: (fact) => (fact === 'needs-score' ? [{ kind: 'number' }] : fact === 'code' ? [{ kind: 'string' }] : undefined),
};

describe('CsvCaseParser', () => {
  it('groups contiguous rows into cases, typing cells by the policy', () => {
    const text = [
      'case,event,date,s47,outcome,fact:needs-score,fact:code',
      'C-1,referral,2024-05-02,,,3,007',
      'C-1,strategy-discussion,2024-05-03,TRUE,,,',
      'C-2,referral-closed,2024-05-06,,1,,',
      '',
    ].join('\r\n');
    const items = feed(new CsvCaseParser('c.csv', typing), text);
    expect(values(items)).toEqual([
      {
        id: 'C-1',
        events: [
          { type: 'referral', date: '2024-05-02' },
          { type: 'strategy-discussion', date: '2024-05-03', s47: true },
        ],
        facts: { 'needs-score': 3, code: '007' },
      },
      { id: 'C-2', events: [{ type: 'referral-closed', date: '2024-05-06', outcome: '1' }], facts: {} },
    ]);
    expect(items.map((item) => item.origin)).toEqual([
      { line: 2, index: 0, file: 'c.csv' },
      { line: 4, index: 1, file: 'c.csv' },
    ]);
  });

  it('reads quoted fields with commas, quotes and line breaks, and counts lines through them', () => {
    const text = 'case_id,type,date,event-id,note\n"C,1",referral,2024-05-02,"e""1","two\nlines"\nC-2,referral,2024-05-03,,x\n';
    const items = feed(new CsvCaseParser(), text);
    expect(values(items)).toEqual([
      { id: 'C,1', events: [{ type: 'referral', date: '2024-05-02', id: 'e"1', note: 'two\nlines' }] },
      { id: 'C-2', events: [{ type: 'referral', date: '2024-05-03', note: 'x' }] },
    ]);
    expect(items.map((item) => item.origin.line)).toEqual([2, 4]);
  });

  it('takes a row with no event and no date as facts only, and types undeclared columns by their look', () => {
    const items = feed(new CsvCaseParser(), 'case,event,date,fact:age,fact:flag\nC-1,,,12,false\nC-1,referral,2024-05-02,,\n');
    expect(values(items)).toEqual([{ id: 'C-1', events: [{ type: 'referral', date: '2024-05-02' }], facts: { age: 12, flag: false } }]);
  });

  it('rejects a case whose rows are not together, a fact with two values, and a row of the wrong width', () => {
    const text = [
      'case,event,date,fact:needs-score',
      'C-1,referral,2024-05-02,',
      'C-2,referral,2024-05-02,2',
      'C-2,decision,2024-05-03,4',
      'C-1,decision,2024-05-03,',
      'C-3,referral,2024-05-02',
      'C-4,referral,2024-05-02,',
    ].join('\n');
    const items = feed(new CsvCaseParser('c.csv', typing), text);
    expect(values(items)).toEqual([
      { id: 'C-1', events: [{ type: 'referral', date: '2024-05-02' }], facts: {} },
      { id: 'C-4', events: [{ type: 'referral', date: '2024-05-02' }], facts: {} },
    ]);
    expect(problems(items)).toEqual([
      { line: 4, code: 'WT725', message: 'fact needs-score has different values on lines 3 and 4' },
      { line: 5, code: 'WT724', message: 'the rows of case C-1 are not together (it first appears on line 2); sort the file by case' },
      { line: 6, code: 'WT723', message: 'line 6 has 3 fields; the header has 4' },
    ]);
    expect(items.map((item) => item.origin.index)).toEqual([0, 1, 2, 3, 4]);
    expect(items.map((item) => item.error?.caseId)).toEqual([undefined, 'C-2', 'C-1', 'C-3', undefined]);
  });

  it('rejects a file whose header lacks a column, once', () => {
    const items = feed(new CsvCaseParser(), 'case,date\nC-1,2024-05-02\nC-2,2024-05-02\n');
    expect(problems(items)).toEqual([{ line: 1, code: 'WT722', message: 'the header lacks the column event (expected case,event,date,…)' }]);
    expect(items).toHaveLength(1);
  });

  it('rejects columns named twice, or named __proto__', () => {
    expect(problems(feed(new CsvCaseParser(), 'case,event,date,type\n'))[0]!.message).toBe('two columns name the event (columns 2 and 4)');
    expect(problems(feed(new CsvCaseParser(), 'case,event,date,__proto__\n'))[0]!.code).toBe('WT722');
  });

  it('reports a row without a case id and a quote that is never closed', () => {
    const items = feed(new CsvCaseParser(), 'case,event,date\n,referral,2024-05-02\nC-1,referral,2024-05-02\nC-2,"referral,2024-05-02\n');
    expect(values(items)).toEqual([{ id: 'C-1', events: [{ type: 'referral', date: '2024-05-02' }] }]);
    expect(problems(items)).toEqual([
      { line: 2, code: 'WT727', message: 'no case id in the case column' },
      { line: 4, code: 'WT726', message: 'a quoted field is never closed' },
    ]);
  });

  it('gives the same records wherever the chunks are cut', () => {
    const text = '\uFEFFcase,event,date,s47\r\nC-1,referral,2024-05-02,\r\nC-1,strategy-discussion,2024-05-03,"tr""ue"\r\n"C\r\n2",referral,2024-05-02,true';
    const whole = feed(new CsvCaseParser(undefined, typing), text);
    expect(whole).toHaveLength(2);
    for (let cut = 0; cut <= text.length; cut++) {
      expect(feed(new CsvCaseParser(undefined, typing), text, [cut])).toEqual(whole);
    }
  });
});
