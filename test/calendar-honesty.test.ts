/**
 * Honest about the calendar: a due date counted with bank holidays beyond the official data is
 * flagged provisional — in every output format, end to end through `wt eval` — and a bank-holidays
 * file in a bad shape is refused with a message that says which file and what is wrong.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ndjson, runWt } from '../packages/cli/test/run-wt.js';
import { runWtInProcess } from './support/run-wt-in-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'wt-calendar-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const TINY = 'packages/cli/test/fixtures/policies/tiny.wt';
// GB-ENG holidays are official (GOV.UK) from 2012 to 2028. Referral Wed 2028-12-20:
// - decision within 1 working day: Thu 2028-12-21, inside the official data;
// - assessment within 45 working days: Dec 21, 22, 27, 28, 29 (Christmas Mon 25 and Boxing Day Tue 26
//   skipped) are 1-5; Tue 2029-01-02 to Fri 01-05 are 6-9 (New Year's Day, Mon 2029-01-01, is a
//   projected holiday); then five a week: 14 on Jan 12, 19 on Jan 19, 24 on Jan 26, 29 on Feb 2,
//   34 on Feb 9, 39 on Feb 16, 44 on Feb 23, 45 on Mon 2029-02-26 — counted with 2029's holidays,
//   which GOV.UK has not published: provisional.
const CASE = '{"id":"P-1","events":[{"type":"referral","date":"2028-12-20"},{"type":"decision","date":"2028-12-21"}]}\n';

describe('due dates beyond the official bank-holiday data are provisional', () => {
  it('in the results of wt eval, and said in words in the table', async () => {
    const json = await runWt(['eval', '--policy', TINY, '--cases', '-', '--as-of', '2029-01-10', '--format', 'ndjson'], { input: CASE });
    expect(json.code).toBe(0);
    const [result] = ndjson(json.stdout) as [{ obligations: { rule: string; due: string; status: string; provisional: boolean }[] }];
    expect(result.obligations.map(({ rule, due, status, provisional }) => ({ rule, due, status, provisional }))).toEqual([
      { rule: 'assessment', due: '2029-02-26', status: 'open', provisional: true },
      { rule: 'referral-decision', due: '2028-12-21', status: 'met', provisional: false },
    ]);
    const table = await runWt(['eval', '--policy', TINY, '--cases', '-', '--as-of', '2029-01-10', '--format', 'table'], { input: CASE });
    expect(table.stdout).toContain('assessment         2028-12-20  2029-02-26* -           open\n');
    expect(table.stdout).toContain('  * provisional: counted with bank holidays beyond the official GOV.UK data');
  });

  it('in the explanation', async () => {
    writeFileSync(join(scratch, 'p.ndjson'), CASE);
    const run = await runWtInProcess(['explain', '--policy', TINY, '--cases', join(scratch, 'p.ndjson'), '--case', 'P-1', '--as-of', '2029-01-10'], { cwd: process.cwd() });
    expect(run.stdout).toContain('open: due 2029-02-26 (provisional: beyond the official bank-holiday data)');
    expect(run.stdout).toContain('a bank holiday announced later could change them');
  });

  it('for a calendar read from a GOV.UK file: beyond the last year the file lists', async () => {
    // The file lists 2024 and 2025. Referral Mon 2025-12-15: 10 working days are Dec 16-19, 22-24,
    // 29-31 (Christmas and Boxing Day, Thu 25 and Fri 26, skipped): Wed 2025-12-31, inside the file.
    // 15 working days go on into 2026, which the file does not cover: there the England and Wales
    // holidays stand in, so New Year's Day (Thu 2026-01-01) is skipped: Jan 2, 5, 6, 7, 8 → Thu
    // 2026-01-08, provisional.
    writeFileSync(
      join(scratch, 'bank-holidays.json'),
      JSON.stringify({
        'england-and-wales': {
          division: 'england-and-wales',
          events: [
            { title: 'New Year’s Day', date: '2024-01-01', notes: '', bunting: true },
            { title: 'Christmas Day', date: '2025-12-25', notes: '', bunting: true },
            { title: 'Boxing Day', date: '2025-12-26', notes: '', bunting: true },
          ],
        },
      }),
    );
    writeFileSync(
      join(scratch, 'from-file.wt'),
      'policy from-file {\n  effective 2024-01-01\n  calendar c\n}\n\ncalendar c {\n  weekend saturday sunday\n  holidays file "bank-holidays.json" division "england-and-wales"\n}\n\n' +
        'event referral "Referral"\nevent visit "Visit"\n\ntimescale ten { starts at first referral requires visit within 10 working days }\ntimescale fifteen { starts at first referral requires visit within 15 working days }\n',
    );
    writeFileSync(join(scratch, 'case.ndjson'), '{"id":"F-1","events":[{"type":"referral","date":"2025-12-15"}]}\n');
    const run = await runWtInProcess(['eval', '--policy', 'from-file.wt', '--cases', 'case.ndjson', '--as-of', '2025-12-20', '--format', 'ndjson'], { cwd: scratch });
    expect(run.stderr).toBe('wt eval: read 1 record: 1 evaluated, 0 rejected; 2 obligations: 0 met, 0 late, 2 open, 0 due-soon, 0 overdue, 0 cancelled\n');
    const [result] = ndjson(run.stdout) as [{ obligations: { rule: string; due: string; provisional: boolean }[] }];
    expect(result.obligations.map(({ rule, due, provisional }) => ({ rule, due, provisional }))).toEqual([
      { rule: 'fifteen', due: '2026-01-08', provisional: true },
      { rule: 'ten', due: '2025-12-31', provisional: false },
    ]);
  });
});

describe('a bank-holidays file in a bad shape is refused, saying which file and what is wrong', () => {
  const policy = 'policy p {\n  effective 2024-01-01\n  calendar c\n}\n\ncalendar c {\n  holidays file "hols.json" division "england-and-wales"\n}\n\nevent referral "Referral"\nevent visit "Visit"\n\ntimescale t { starts at first referral requires visit within 1 working day }\n';
  const cases: [string, string, string][] = [
    // Line 3 is `    "events": [1 2]`: the 2, where a comma should be, is its 18th character.
    ['not JSON', '{\n  "england-and-wales": {\n    "events": [1 2]\n  }\n}\n', 'hols.json: the bank-holidays file named by calendar c is not valid JSON (at line 3, column 18)'],
    ['cut short', '{"england-and-wales": {"events": [', 'hols.json: the bank-holidays file named by calendar c is not valid JSON (it ends too early)'],
    ['not an object', '[1, 2]', 'hols.json: the bank-holidays file named by calendar c: a GOV.UK bank holidays file must be a JSON object of divisions.'],
    ['no such division', '{"scotland": {"events": []}}', 'hols.json: the bank-holidays file named by calendar c: the GOV.UK bank holidays file has no division "england-and-wales" (it has: "scotland").'],
    ['events not a list', '{"england-and-wales": {"events": {}}}', 'hols.json: the bank-holidays file named by calendar c: division "england-and-wales" of the GOV.UK bank holidays file has no "events" list.'],
    ['a date that does not exist', '{"england-and-wales": {"events": [{"title": "X", "date": "2024-02-30"}]}}', 'hols.json: the bank-holidays file named by calendar c: event 1 of division "england-and-wales" has date "2024-02-30", which does not exist.'],
    ['a date in another form', '{"england-and-wales": {"events": [{"title": "X", "date": "30/12/2024"}]}}', 'hols.json: the bank-holidays file named by calendar c: event 1 of division "england-and-wales" has date "30/12/2024"; expected "YYYY-MM-DD".'],
    ['a holiday without a title', '{"england-and-wales": {"events": [{"date": "2024-12-25"}]}}', 'hols.json: the bank-holidays file named by calendar c: event 1 of division "england-and-wales" (2024-12-25) has no title.'],
  ];

  it.each(cases)('%s', async (_what, holidays, message) => {
    const directory = mkdtempSync(join(scratch, 'bad-'));
    writeFileSync(join(directory, 'p.wt'), policy);
    writeFileSync(join(directory, 'hols.json'), holidays);
    writeFileSync(join(directory, 'c.ndjson'), '{"id":"C-1","events":[{"type":"referral","date":"2024-05-02"}]}\n');
    const run = await runWtInProcess(['eval', '--policy', 'p.wt', '--cases', 'c.ndjson', '--as-of', '2024-06-03'], { cwd: directory });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`wt eval: ${message}\n`);
  });
});
