import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.js';
import { parseText } from '../src/parse-text.js';
import { stripLocs } from './support/strip-locs.js';

const HEADER = 'policy p { effective 2024-04-01 }\n';

/** code, message, and range as `line:column-endLine:endColumn`. */
function summary(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code} ${d.range.line}:${d.range.column}-${d.range.endLine}:${d.range.endColumn} ${d.message}`);
}

describe('parseText: syntax errors', () => {
  it('reports a deleted keyword, pointing at what stands in its place', () => {
    const result = parseText(HEADER + 'timescale t { requires icpc 15 working days statutory }');
    // `15` stands at columns 29-30 of line 2.
    expect(summary(result.diagnostics)).toEqual(['WT102 2:29-2:31 Expected `within` after `icpc`, found `15`']);
    expect(result.diagnostics[0]?.hint).toBe('Write `requires assessment-complete within 45 working days`.');
  });

  it('reports a missing duration unit after the number, as a missing token (WT103) when the line ends', () => {
    const result = parseText(HEADER + 'timescale t {\n  requires icpc within 45\n  statutory\n}');
    expect(summary(result.diagnostics)).toEqual(['WT103 3:24-3:26 Expected a duration unit such as `working days` after `45`, found `statutory`']);
    expect(result.diagnostics[0]?.hint).toBe('Durations are written like `45 working days`, `10 days`, `2 weeks` or `3 months`.');
    // Recovery keeps the rest of the rule.
    expect(stripLocs(result.ir.rules)).toEqual([{ kind: 'timescale', id: 't', statutory: true }]);
  });

  it('reports a deleted `{` and carries on inside the block', () => {
    const result = parseText(HEADER + 'timescale t\n  starts at referral\n}');
    expect(summary(result.diagnostics)).toEqual(['WT103 2:11-2:12 Expected `{` after `t`, found `starts`']);
    expect(stripLocs(result.ir.rules)).toEqual([{ kind: 'timescale', id: 't', start: { event: 'referral', which: 'first' } }]);
  });

  it('reports a missing `}` at the end of the file', () => {
    const result = parseText(HEADER + 'timescale t { starts at referral');
    expect(summary(result.diagnostics)).toEqual(['WT103 2:25-2:33 Expected `}` after `referral`, but the file ends']);
    expect(result.diagnostics[0]?.hint).toBe('Every `{` needs a matching `}`.');
  });

  it('suggests the keyword a misspelt word is close to', () => {
    const result = parseText(HEADER + 'timescale t { statutroy }\ntimescale u { requires x within 3 workng days }\npolicy-x');
    expect(summary(result.diagnostics)).toEqual([
      'WT102 2:15-2:24 Unexpected `statutroy` in the rule: expected a rule line (`starts at`, `requires`, `while`, `unless`, `statutory`, `cites`, `warn` or `escalation`) or `}`',
      'WT102 3:35-3:41 Expected a duration unit such as `working days` after `3`, found `workng`',
      'WT102 4:1-4:9 Unexpected `policy-x`: expected a declaration (`policy`, `calendar`, `event`, `fact`, `timescale`, `review-point`, `decision-point`, `remove`, `escalation` or `thresholds`)',
    ]);
    expect(result.diagnostics.map((d) => d.hint)).toEqual(['Did you mean `statutory`?', 'Did you mean `working`?', 'Did you mean `policy`?']);
  });

  it('suggests header lines and weekdays', () => {
    const result = parseText('policy p { titel "x" }\ncalendar c { weekend funday }');
    expect(result.diagnostics.map((d) => [d.code, d.hint])).toEqual([
      ['WT102', 'Did you mean `title`?'],
      ['WT102', 'Did you mean `sunday`?'],
    ]);
  });

  it('reports an unterminated string once, and reads it as a string', () => {
    const result = parseText('policy p { title "no end\n}');
    expect(summary(result.diagnostics)).toEqual(['WT104 1:18-1:25 This string has no closing quote']);
    expect(result.ir.title).toBe('no end');
  });

  it('reports an unterminated string that swallows the closing `}` once', () => {
    const result = parseText('policy p { title "no end }\nevent e');
    expect(summary(result.diagnostics)).toEqual(['WT104 1:18-1:27 This string has no closing quote']);
  });

  it('reports a misspelt keyword once, not also the rest of its line', () => {
    const result = parseText(HEADER + 'timescale t { starts att first referral requires x within 3 days }');
    expect(summary(result.diagnostics)).toEqual(['WT102 2:22-2:25 Expected `at` after `starts`, found `att`']);
    expect(result.diagnostics[0]?.hint).toBe('Did you mean `at`?');
    expect(stripLocs(result.ir.rules[0]?.requires)).toEqual({ event: 'x', within: { amount: 3, unit: 'days' } });
  });

  it('reports an unknown escape in a string', () => {
    const result = parseText('policy p { title "a\\tb" }');
    expect(summary(result.diagnostics)).toEqual(['WT105 1:20-1:22 Unknown escape `\\t` in a string']);
  });

  it('reports dates that do not exist (WT301), and leaves them out of the IR', () => {
    const result = parseText('policy p { effective 2023-02-30 until 2024-1-5 }\ncalendar c { closed 2024-02-29 2023-02-29 2024-13-01 2024-04-31 }');
    expect(summary(result.diagnostics)).toEqual([
      'WT301 1:22-1:32 2023-02-30 is not a date: February 2023 has 28 days',
      'WT301 1:39-1:47 2024-1-5 is not a date: write dates as YYYY-MM-DD, as in 2024-01-05',
      // 2024 is a leap year, so 2024-02-29 exists; 2023 is not.
      'WT301 2:32-2:42 2023-02-29 is not a date: February 2023 has 28 days',
      'WT301 2:43-2:53 2024-13-01 is not a date: there is no month 13',
      'WT301 2:54-2:64 2024-04-31 is not a date: April 2024 has 30 days',
    ]);
    expect(result.ir.effective).toBeUndefined();
    expect(result.ir.calendars[0]?.closed?.map((closure) => closure.date)).toEqual(['2024-02-29']);
  });

  it('reports numbers that must be whole (WT302)', () => {
    const result = parseText(HEADER + 'timescale t { requires x within 2.5 days }\nthresholds n { level 1.5 "a" when x }');
    expect(summary(result.diagnostics)).toEqual([
      'WT302 2:33-2:36 2.5 is not a whole number: a duration must be a whole number',
      'WT302 3:22-3:25 1.5 is not a whole number: a level must be a whole number',
    ]);
  });

  it('reports garbage between declarations and reads the declarations around it', () => {
    const result = parseText(HEADER + 'hello world %% 42\nevent referral');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WT102', 'WT101']);
    expect(result.diagnostics[0]?.range).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 6 });
    expect(result.ir.id).toBe('p');
    expect(result.ir.events.map((event) => event.id)).toEqual(['referral']);
  });

  it('reports a stray `}` with a hint', () => {
    const result = parseText(HEADER + 'event a }');
    expect(summary(result.diagnostics)).toEqual([
      'WT102 2:9-2:10 Unexpected `}`: expected a declaration (`policy`, `calendar`, `event`, `fact`, `timescale`, `review-point`, `decision-point`, `remove`, `escalation` or `thresholds`)',
    ]);
    expect(result.diagnostics[0]?.hint).toBe('This `}` closes nothing: there may be one too many.');
  });

  it('reports conditions cut short', () => {
    const result = parseText(HEADER + 'thresholds t {\n  level 1 "a" when x >=\n  level 2 "b" when x and\n}');
    expect(summary(result.diagnostics)).toEqual([
      'WT103 3:22-3:24 Expected a value (a number, a string, a date, `true`, `false` or a name) after `>=`, found `level`',
      'WT103 4:22-4:25 Expected a condition such as `significant-harm` or `needs-score >= 3` after `and`, found `}`',
    ]);
  });

  it('reports conditions nested too deeply (WT109) instead of exhausting the stack', () => {
    const deep = '('.repeat(5000) + 'x' + ')'.repeat(5000);
    const result = parseText(HEADER + `thresholds t { level 1 "a" when ${deep} }\nevent after`);
    expect(result.diagnostics[0]?.code).toBe('WT109');
    expect(result.diagnostics[0]?.message).toBe('Conditions may be nested at most 64 deep');
    // One diagnostic: the `)`s left over when the parser gives up are not reported again.
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WT109']);
    expect(result.ir.events.map((event) => event.id)).toEqual(['after']);
    const nots = parseText(HEADER + `thresholds t { level 1 "a" when ${'not '.repeat(5000)} x }`);
    expect(nots.diagnostics.map((d) => d.code)).toEqual(['WT109']);
  });

  it('reads 64 levels of brackets', () => {
    const result = parseText(HEADER + `thresholds t { level 1 "a" when ${'('.repeat(63)}x${')'.repeat(63)} }`);
    expect(result.diagnostics).toEqual([]);
    expect(stripLocs(result.ir.thresholds[0]?.levels[0]?.when)).toEqual({ op: 'is-true', ref: 'x' });
  });
});

describe('parseText: recovery', () => {
  it('reports two slips in two declarations, and keeps what is between and after them', () => {
    const result = parseText(`policy p {
  effective 2024-04-01
}
timescale a {
  starts at referral
  requires assessment-complete within 45 wrking days
}
event referral
timescale b {
  starts at referral
  requires icpc within 15 working days
  cites WT2013
}
event icpc`);
    expect(summary(result.diagnostics)).toEqual([
      'WT102 6:42-6:48 Expected a duration unit such as `working days` after `45`, found `wrking`',
      'WT102 12:9-12:15 Expected a string in double quotes after `cites`, found `WT2013`',
    ]);
    expect(result.ir.events.map((event) => event.id)).toEqual(['referral', 'icpc']);
    expect(stripLocs(result.ir.rules)).toEqual([
      { kind: 'timescale', id: 'a', start: { event: 'referral', which: 'first' } },
      {
        kind: 'timescale',
        id: 'b',
        start: { event: 'referral', which: 'first' },
        requires: { event: 'icpc', within: { amount: 15, unit: 'working-days' } },
      },
    ]);
  });

  it('reports slips on separate lines of one block', () => {
    const result = parseText(HEADER + 'calendar c {\n  weekend\n  counting sometimes\n  holidays GB-ENG\n}');
    expect(result.diagnostics.map((d) => `${d.code} ${d.range.line}`)).toEqual(['WT103 3', 'WT102 4', 'WT102 5']);
  });
});

describe('parseText: the shape of the file', () => {
  it('reports an empty file as having no policy header (WT106), with an empty IR', () => {
    const result = parseText('');
    expect(summary(result.diagnostics)).toEqual(['WT106 1:1-1:1 This file has no `policy` header']);
    expect(result.ir).toEqual({
      irVersion: 1,
      id: '',
      calendars: [],
      events: [],
      facts: [],
      rules: [],
      removals: [],
      escalations: [],
      thresholds: [],
    });
    expect(result.comments).toEqual([]);
  });

  it('reports a file with only comments as having no policy header, and keeps the comments', () => {
    const result = parseText('// one\n\n   // two\n');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WT106']);
    expect(result.comments.map((comment) => [comment.text, comment.range.line, comment.range.column])).toEqual([
      ['// one', 1, 1],
      ['// two', 3, 4],
    ]);
  });

  it('reports declarations without a header at the first declaration', () => {
    const result = parseText('\n  event referral\nfact x number');
    expect(summary(result.diagnostics)).toEqual(['WT106 2:3-2:8 This file has no `policy` header']);
    expect(result.ir.id).toBe('');
    expect(result.ir.events.map((event) => event.id)).toEqual(['referral']);
  });

  it('reports a second header (WT107) and keeps the first', () => {
    const result = parseText('policy a { title "A" }\npolicy b { title "B" }');
    expect(summary(result.diagnostics)).toEqual(['WT107 2:1-2:23 A file holds one policy: this second `policy` header is ignored']);
    expect(result.diagnostics[0]?.related).toEqual([{ message: 'the policy header', range: { line: 1, column: 1, endLine: 1, endColumn: 23 } }]);
    expect(result.ir.id).toBe('a');
    expect(result.ir.title).toBe('A');
  });

  it('reports single-valued lines given twice (WT108), keeping the first', () => {
    const result = parseText('policy p { title "A" title "B" }\ntimescale t { statutory statutory starts at a starts at b unless c unless d }');
    expect(summary(result.diagnostics)).toEqual([
      'WT108 1:22-1:31 `title` is given more than once in the policy header; only the first counts',
      'WT108 2:25-2:34 `statutory` is given more than once in timescale `t`; only the first counts',
      'WT108 2:47-2:58 `starts at` is given more than once in timescale `t`; only the first counts',
    ]);
    expect(result.ir.title).toBe('A');
    expect(stripLocs(result.ir.rules[0])).toEqual({
      kind: 'timescale',
      id: 't',
      statutory: true,
      start: { event: 'a', which: 'first' },
      unless: [{ event: 'c' }, { event: 'd' }],
    });
  });

  it('names the file in every diagnostic when given one', () => {
    const result = parseText('event x', 'local.wt');
    expect(result.diagnostics.map((d) => d.file)).toEqual(['local.wt']);
  });
});
