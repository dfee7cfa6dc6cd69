import { describe, expect, it } from 'vitest';
import type { PolicyIR } from '../src/ir.js';
import { parseText } from '../src/parse-text.js';
import { baselineExample, localExample } from './fixtures/example-policies.js';
import { languageDocExamples } from './support/language-doc.js';
import { stripLocs } from './support/strip-locs.js';

const HEADER = 'policy p { effective 2024-04-01 }\n';

/** Parses `source` (after a minimal header) and returns the IR without locations; fails on any diagnostic. */
function parseClean(source: string): PolicyIR {
  const result = parseText(HEADER + source);
  expect(result.diagnostics).toEqual([]);
  return stripLocs(result.ir);
}

const EMPTY = { calendars: [], events: [], facts: [], rules: [], removals: [], escalations: [], thresholds: [] };

describe('parseText: declarations', () => {
  it('reads a policy header with every line', () => {
    const result = parseText(`policy example-borough extends working-together-2013 {
  title "Example Borough"
  version "2"
  area "Example Borough"
  effective 2024-04-01
  until 2025-03-31
  calendar example-borough
  escalation standard
  source "Published protocol, April 2024"
}`);
    expect(result.diagnostics).toEqual([]);
    expect(stripLocs(result.ir)).toEqual({
      irVersion: 1,
      id: 'example-borough',
      extends: 'working-together-2013',
      title: 'Example Borough',
      version: '2',
      area: 'Example Borough',
      effective: '2024-04-01',
      until: '2025-03-31',
      calendar: 'example-borough',
      escalation: 'standard',
      source: 'Published protocol, April 2024',
      ...EMPTY,
    });
  });

  it('reads calendars: title, weekend, region holidays, closures with and without labels, counting', () => {
    const ir = parseClean(`calendar local extends england-and-wales {
  title "Local"
  weekend friday saturday
  holidays "GB-ENG"
  closed 2024-12-24 "Office closure" 2024-12-27
  closed 2024-12-30
  counting inclusive
}`);
    expect(ir.calendars).toEqual([
      {
        id: 'local',
        extends: 'england-and-wales',
        title: 'Local',
        weekend: ['friday', 'saturday'],
        holidays: { kind: 'region', region: 'GB-ENG' },
        closed: [{ date: '2024-12-24', label: 'Office closure' }, { date: '2024-12-27' }, { date: '2024-12-30' }],
        counting: 'inclusive',
      },
    ]);
  });

  it('reads a GOV.UK bank-holidays file as the holidays of a calendar', () => {
    const ir = parseClean('calendar c { holidays file "data/bank-holidays.json" division "england-and-wales" counting exclusive }');
    expect(ir.calendars).toEqual([
      {
        id: 'c',
        holidays: { kind: 'govuk-file', path: 'data/bank-holidays.json', division: 'england-and-wales' },
        counting: 'exclusive',
      },
    ]);
  });

  it('reads events with and without descriptions and attributes (a trailing comma allowed)', () => {
    const ir = parseClean(`event referral
event strategy-discussion "Strategy discussion" { s47: boolean }
event closed-case { outcome: one of (nfa, transferred, moved-away), note: string, score: number, on: date, }`);
    expect(ir.events).toEqual([
      { id: 'referral', attributes: [] },
      { id: 'strategy-discussion', description: 'Strategy discussion', attributes: [{ name: 's47', type: { kind: 'boolean' } }] },
      {
        id: 'closed-case',
        attributes: [
          { name: 'outcome', type: { kind: 'enum', values: ['nfa', 'transferred', 'moved-away'] } },
          { name: 'note', type: { kind: 'string' } },
          { name: 'score', type: { kind: 'number' } },
          { name: 'on', type: { kind: 'date' } },
        ],
      },
    ]);
  });

  it('reads facts of every type', () => {
    const ir = parseClean(`fact needs-score "Needs score" number
fact significant-harm boolean
fact primary-need "CIN code" one of (N1, N2)
fact note string
fact referred-on date`);
    expect(ir.facts).toEqual([
      { id: 'needs-score', description: 'Needs score', type: { kind: 'number' } },
      { id: 'significant-harm', type: { kind: 'boolean' } },
      { id: 'primary-need', description: 'CIN code', type: { kind: 'enum', values: ['N1', 'N2'] } },
      { id: 'note', type: { kind: 'string' } },
      { id: 'referred-on', type: { kind: 'date' } },
    ]);
  });

  it('accepts keywords as names where a name is expected', () => {
    const ir = parseClean(`event review "A review" { level: number, date: date }
event level
timescale within { starts at first review requires level within 2 days }`);
    expect(ir.events.map((event) => event.id)).toEqual(['review', 'level']);
    expect(ir.events[0]?.attributes).toEqual([
      { name: 'level', type: { kind: 'number' } },
      { name: 'date', type: { kind: 'date' } },
    ]);
    expect(ir.rules).toEqual([
      {
        kind: 'timescale',
        id: 'within',
        start: { event: 'review', which: 'first' },
        requires: { event: 'level', within: { amount: 2, unit: 'days' } },
      },
    ]);
  });

  it('lets the keyword win where a keyword and a name could both stand', () => {
    const ir = parseClean(`event first
timescale t { starts at last first requires x within 1 day }
thresholds n { level 1 "a" when x = true }`);
    expect(ir.rules[0]?.start).toEqual({ event: 'first', which: 'last' });
    expect(ir.thresholds[0]?.levels[0]?.when).toEqual({ op: 'compare', operator: '=', left: { ref: 'x' }, right: { value: true } });
  });

  it('reads a keyword as a name only on the line of the word before it', () => {
    const sameLine = parseText(HEADER + 'timescale t { requires level within 1 day }');
    expect(sameLine.diagnostics).toEqual([]);
    const nextLine = parseText(HEADER + 'timescale t {\n  requires\n  level within 1 day\n}');
    expect(nextLine.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual(['WT103 Expected a name after `requires`, found `level`']);
  });

  it('reads the three kinds of rule with every line; unless and cites accumulate', () => {
    const ir = parseClean(`timescale assessment "Complete the assessment" {
  starts at referral
  requires assessment-complete within 45 working days
  while plan-start .. plan-end
  unless referral-closed where outcome = nfa
  unless child-moved
  statutory
  cites "WT2013 ch.1 para 63"
  cites "Local protocol 4.2"
  warn 5 working days before due
  escalation urgent
}
review-point manager-review { starts at each referral requires manager-review within 1 working day }
decision-point decide "Decide" { starts at last referral requires decision within 2 weeks }`);
    expect(ir.rules).toEqual([
      {
        kind: 'timescale',
        id: 'assessment',
        title: 'Complete the assessment',
        start: { event: 'referral', which: 'first' },
        requires: { event: 'assessment-complete', within: { amount: 45, unit: 'working-days' } },
        while: { from: { event: 'plan-start' }, to: { event: 'plan-end' } },
        unless: [
          { event: 'referral-closed', where: { op: 'compare', operator: '=', left: { ref: 'outcome' }, right: { value: 'nfa' } } },
          { event: 'child-moved' },
        ],
        statutory: true,
        cites: ['WT2013 ch.1 para 63', 'Local protocol 4.2'],
        warn: { amount: 5, unit: 'working-days' },
        escalation: 'urgent',
      },
      {
        kind: 'review-point',
        id: 'manager-review',
        start: { event: 'referral', which: 'each' },
        requires: { event: 'manager-review', within: { amount: 1, unit: 'working-days' } },
      },
      {
        kind: 'decision-point',
        id: 'decide',
        title: 'Decide',
        start: { event: 'referral', which: 'last' },
        requires: { event: 'decision', within: { amount: 2, unit: 'weeks' } },
      },
    ]);
  });

  it('reads a partial rule (an override in an extending policy) and removals', () => {
    const ir = parseClean(`timescale assessment { requires assessment-complete within 35 working days }
timescale icpc {}
remove timescale a
remove review-point b
remove decision-point c`);
    expect(ir.rules).toEqual([
      { kind: 'timescale', id: 'assessment', requires: { event: 'assessment-complete', within: { amount: 35, unit: 'working-days' } } },
      { kind: 'timescale', id: 'icpc' },
    ]);
    expect(ir.removals).toEqual([
      { kind: 'timescale', id: 'a' },
      { kind: 'review-point', id: 'b' },
      { kind: 'decision-point', id: 'c' },
    ]);
  });

  it('reads anchors with filters and fallbacks', () => {
    const ir = parseClean(
      'timescale t { starts at first strategy-discussion where s47 = true otherwise last strategy-discussion otherwise each referral }',
    );
    expect(ir.rules[0]?.start).toEqual({
      event: 'strategy-discussion',
      where: { op: 'compare', operator: '=', left: { ref: 's47' }, right: { value: true } },
      which: 'first',
      fallback: { event: 'strategy-discussion', which: 'last', fallback: { event: 'referral', which: 'each' } },
    });
  });

  it('reads every duration unit and rounding', () => {
    const units = [
      ['1 working day', { amount: 1, unit: 'working-days' }],
      ['3 working days', { amount: 3, unit: 'working-days' }],
      ['1 day', { amount: 1, unit: 'days' }],
      ['10 days', { amount: 10, unit: 'days' }],
      ['1 week', { amount: 1, unit: 'weeks' }],
      ['6 weeks', { amount: 6, unit: 'weeks' }],
      ['1 month', { amount: 1, unit: 'months' }],
      ['6 months', { amount: 6, unit: 'months' }],
      ['3 months rounding last-day', { amount: 3, unit: 'months', rounding: 'last-day' }],
      ['3 months rounding next-month-start', { amount: 3, unit: 'months', rounding: 'next-month-start' }],
      ['1 month rounding refuse', { amount: 1, unit: 'months', rounding: 'refuse' }],
    ] as const;
    for (const [text, duration] of units) {
      const ir = parseClean(`timescale t { requires x within ${text} }`);
      expect(ir.rules[0]?.requires?.within, text).toEqual(duration);
    }
  });

  it('reads escalation ladders; `when overdue` without a duration is an offset of 0 working days', () => {
    const ir = parseClean(`escalation standard "Standard" {
  warn "Allocated social worker" 2 working days before due
  notify "Team manager" when overdue
  notify "Head of service" when overdue 5 working days
}
escalation empty {}`);
    expect(ir.escalations).toEqual([
      {
        id: 'standard',
        title: 'Standard',
        steps: [
          { action: 'warn', role: 'Allocated social worker', when: 'before-due', offset: { amount: 2, unit: 'working-days' } },
          { action: 'notify', role: 'Team manager', when: 'overdue', offset: { amount: 0, unit: 'working-days' } },
          { action: 'notify', role: 'Head of service', when: 'overdue', offset: { amount: 5, unit: 'working-days' } },
        ],
      },
      { id: 'empty', steps: [] },
    ]);
  });

  it('reads thresholds with and without an otherwise level', () => {
    const ir = parseClean(`thresholds need "Need" {
  level 4 "Child protection" when significant-harm
  otherwise level 1 "Universal"
}
thresholds bare { level 2 "Early help" when true }`);
    expect(ir.thresholds).toEqual([
      {
        id: 'need',
        title: 'Need',
        levels: [{ level: 4, label: 'Child protection', when: { op: 'is-true', ref: 'significant-harm' } }],
        otherwise: { level: 1, label: 'Universal' },
      },
      { id: 'bare', levels: [{ level: 2, label: 'Early help', when: { op: 'constant', value: true } }] },
    ]);
  });
});

describe('parseText: conditions', () => {
  function condition(text: string) {
    const ir = parseClean(`thresholds t { level 1 "x" when ${text} }`);
    return ir.thresholds[0]?.levels[0]?.when;
  }

  it('reads every comparison operator with every kind of value', () => {
    expect(condition('a = 1')).toEqual({ op: 'compare', operator: '=', left: { ref: 'a' }, right: { value: 1 } });
    expect(condition('a != "x \\"y\\""')).toEqual({ op: 'compare', operator: '!=', left: { ref: 'a' }, right: { value: 'x "y"' } });
    expect(condition('a < 2.5')).toEqual({ op: 'compare', operator: '<', left: { ref: 'a' }, right: { value: 2.5 } });
    expect(condition('a <= 2024-01-01')).toEqual({ op: 'compare', operator: '<=', left: { ref: 'a' }, right: { value: '2024-01-01' } });
    expect(condition('a > false')).toEqual({ op: 'compare', operator: '>', left: { ref: 'a' }, right: { value: false } });
    expect(condition('a >= N1')).toEqual({ op: 'compare', operator: '>=', left: { ref: 'a' }, right: { value: 'N1' } });
  });

  it('reads `in`, constants, bare names and `not`', () => {
    expect(condition('primary-need in (N1, N2, 3, "x", 2024-02-29, true)')).toEqual({
      op: 'in',
      left: { ref: 'primary-need' },
      values: ['N1', 'N2', 3, 'x', '2024-02-29', true],
    });
    expect(condition('false')).toEqual({ op: 'constant', value: false });
    expect(condition('significant-harm')).toEqual({ op: 'is-true', ref: 'significant-harm' });
    expect(condition('not not a')).toEqual({ op: 'not', arg: { op: 'not', arg: { op: 'is-true', ref: 'a' } } });
  });

  it('binds `not` tighter than `and`, and `and` tighter than `or`; flattens chains; brackets group', () => {
    const a = { op: 'is-true', ref: 'a' };
    const b = { op: 'is-true', ref: 'b' };
    const c = { op: 'is-true', ref: 'c' };
    const d = { op: 'is-true', ref: 'd' };
    expect(condition('a or b and not c or d')).toEqual({
      op: 'or',
      args: [a, { op: 'and', args: [b, { op: 'not', arg: c }] }, d],
    });
    expect(condition('a and b and c')).toEqual({ op: 'and', args: [a, b, c] });
    expect(condition('(a or b) and not (c)')).toEqual({ op: 'and', args: [{ op: 'or', args: [a, b] }, { op: 'not', arg: c }] });
  });
});

describe('parseText: the examples of docs/language.md', () => {
  const examples = languageDocExamples();

  it('finds the two examples', () => {
    expect(examples).toHaveLength(2);
  });

  it('reads the complete example to the expected IR', () => {
    const result = parseText(examples[0] ?? '');
    expect(result.diagnostics).toEqual([]);
    expect(result.comments.map((comment) => comment.text)).toEqual(['// Statutory baseline (abridged)']);
    expect(stripLocs(result.ir)).toEqual(baselineExample);
  });

  it('reads the local protocol example to the expected IR', () => {
    const result = parseText(examples[1] ?? '');
    expect(result.diagnostics).toEqual([]);
    expect(stripLocs(result.ir)).toEqual(localExample);
  });
});

describe('parseText: ranges', () => {
  const source = [
    'policy p extends base {', //                                   line 1
    '  effective 2024-04-01', //                                    line 2
    '}', //                                                         line 3
    'timescale t "T" {', //                                         line 4
    '  requires done within 45 working days', //                    line 5
    '  statutory', //                                               line 6
    '}', //                                                         line 7
    'thresholds n { level 2 "x" when score >= 3 and not harm }', // line 8
  ].join('\n');
  const { ir, diagnostics } = parseText(source);

  it('has no diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('puts the policy, `extends` and the rule where they stand', () => {
    expect(ir.loc).toEqual({ line: 1, column: 1, endLine: 3, endColumn: 2 });
    expect(ir.extendsLoc).toEqual({ line: 1, column: 10, endLine: 1, endColumn: 22 });
    const rule = ir.rules[0];
    expect(rule?.loc).toEqual({ line: 4, column: 1, endLine: 7, endColumn: 2 });
    expect(rule?.statutoryLoc).toEqual({ line: 6, column: 3, endLine: 6, endColumn: 12 });
  });

  it('puts the requirement, its duration and the condition parts where they stand', () => {
    const requires = ir.rules[0]?.requires;
    // `done within 45 working days` starts at column 12 of line 5 and ends after `days` (column 39).
    expect(requires?.loc).toEqual({ line: 5, column: 12, endLine: 5, endColumn: 39 });
    expect(requires?.within.loc).toEqual({ line: 5, column: 24, endLine: 5, endColumn: 39 });
    const when = ir.thresholds[0]?.levels[0]?.when;
    // `score` starts at column 33; `harm` takes columns 52 to 55, so the condition ends before column 56.
    expect(when?.loc).toEqual({ line: 8, column: 33, endLine: 8, endColumn: 56 });
    if (when?.op !== 'and') throw new Error('expected an `and`');
    const [compare, negation] = when.args;
    expect(compare?.loc).toEqual({ line: 8, column: 33, endLine: 8, endColumn: 43 });
    if (compare?.op !== 'compare') throw new Error('expected a comparison');
    expect(compare.left.loc).toEqual({ line: 8, column: 33, endLine: 8, endColumn: 38 });
    expect(compare.right.loc).toEqual({ line: 8, column: 42, endLine: 8, endColumn: 43 });
    expect(negation?.loc).toEqual({ line: 8, column: 48, endLine: 8, endColumn: 56 });
  });

  it('counts columns the same with CRLF line ends, tabs and a byte-order mark', () => {
    const crlf = parseText('\ufeff' + source.replaceAll('\n', '\r\n').replace('  statutory', '\tstatutory'));
    expect(crlf.diagnostics).toEqual([]);
    expect(crlf.ir.loc).toEqual(ir.loc);
    expect(crlf.ir.rules[0]?.statutoryLoc).toEqual({ line: 6, column: 2, endLine: 6, endColumn: 11 });
    expect(stripLocs(crlf.ir)).toEqual(stripLocs(ir));
  });
});
