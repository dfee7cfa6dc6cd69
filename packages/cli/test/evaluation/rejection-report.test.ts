import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatRecordProblem, RejectionReport } from '../../src/evaluation/rejection-report.js';
import { PLAIN_STYLE } from '../../src/io/terminal.js';

function collected(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

describe('RejectionReport', () => {
  it('prints the first 100 problems, one a line, and counts the rest', async () => {
    const stderr = collected();
    const report = new RejectionReport(stderr.stream, PLAIN_STYLE);
    for (let line = 1; line <= 120; line++) {
      report.report([{ origin: { index: line - 1, line, file: 'cases.ndjson' }, caseId: `C-${line}`, code: 'WT704', message: '/events/0/date is not a valid date (YYYY-MM-DD)' }]);
    }
    report.finish();
    await new Promise((resolve) => setImmediate(resolve));
    const lines = stderr.text().split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe('cases.ndjson:1: error WT704 case C-1: /events/0/date is not a valid date (YYYY-MM-DD)');
    expect(lines[99]).toMatch(/^cases\.ndjson:100: /);
    expect(lines[100]).toBe('… and 20 more problems in rejected records, not shown');
  });

  it('names a case by a short, printable id', () => {
    const line = formatRecordProblem({ origin: { index: 0, line: 3, file: 'x.ndjson' }, caseId: `\u001b[31m${'A'.repeat(100)}`, code: 'WT704', message: 'm' }, PLAIN_STYLE);
    expect(line).toBe(`x.ndjson:3: error WT704 case ?[31m${'A'.repeat(52)}...: m`);
  });
});
