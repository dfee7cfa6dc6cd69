import { describe, expect, it } from 'vitest';
import { readCaseFile } from '../src/case-import.js';

describe('readCaseFile', () => {
  const record = { id: 'C-1', events: [{ type: 'referral', date: '2024-05-02' }] };

  it('reads a JSON array, one record, or { cases: [...] }', () => {
    expect(readCaseFile(JSON.stringify([record, record])).records).toHaveLength(2);
    expect(readCaseFile(JSON.stringify(record)).records).toEqual([record]);
    expect(readCaseFile(JSON.stringify({ cases: [record] })).records).toEqual([record]);
  });

  it('reads NDJSON, naming the lines it cannot read without quoting them', () => {
    const text = `${JSON.stringify(record)}\n\n{"id": "C-2", "events": [\n${JSON.stringify({ ...record, id: 'C-3' })}\n`;
    const read = readCaseFile(text);
    expect(read.records.map((r) => (r as { id: string }).id)).toEqual(['C-1', 'C-3']);
    expect(read.errors).toEqual(['Line 3 is not valid JSON.']);
  });

  it('says so when the file is empty or holds no records', () => {
    expect(readCaseFile('  \n').errors).toEqual(['The file is empty.']);
    expect(readCaseFile('42').records).toEqual([]);
    expect(readCaseFile('42').errors).toHaveLength(1);
  });

  it('reads a file with a byte-order mark', () => {
    expect(readCaseFile(`\uFEFF${JSON.stringify([record])}`).records).toEqual([record]);
  });
});
