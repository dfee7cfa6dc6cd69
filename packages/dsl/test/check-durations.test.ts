import { describe, expect, it } from 'vitest';
import type { DurationIR } from '../src/ir.js';
import { checkIr, checkText, codesOf, emptyIr, only, rangeOf } from './support/check-texts.js';

function rule(duration: string): string {
  return `policy p {
  effective 2024-04-01
  calendar c
}
calendar c { holidays "GB-ENG" }
event referral "Referral"
event visit "Visit"
timescale a {
  starts at first referral
  requires visit within ${duration}
}
`;
}

/** The YAML form can write amounts the text form cannot (negative, fractional). */
function ruleIr(within: DurationIR) {
  return emptyIr('p', {
    calendar: 'c',
    calendars: [{ id: 'c' }],
    events: [
      { id: 'referral', attributes: [] },
      { id: 'visit', attributes: [] },
    ],
    rules: [{ kind: 'timescale', id: 'a', start: { event: 'referral', which: 'first' }, requires: { event: 'visit', within } }],
  });
}

describe('durations', () => {
  it('refuses zero, at the duration', () => {
    const source = rule('0 days');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT320',
        message: '`0 days`: a duration must be more than zero',
        range: rangeOf(source, '0 days'),
        file: 'policy.wt',
      },
    ]);
  });

  it('refuses a negative duration', () => {
    const loc = { line: 12, column: 14, endLine: 12, endColumn: 28 };
    expect(checkIr(ruleIr({ amount: -5, unit: 'working-days', loc })).diagnostics).toEqual([
      { severity: 'error', code: 'WT320', message: '`-5 working days`: a duration must be more than zero', range: loc, file: 'policy.yaml' },
    ]);
  });

  it('refuses a fractional duration with the shared whole-number code WT302', () => {
    const error = only(checkIr(ruleIr({ amount: 2.5, unit: 'working-days' })), 'WT302');
    expect(error.message).toBe('`2.5 working days`: a duration must be a whole number');
    expect(error.hint).toBe('round it to a whole number of working days');
  });

  it('refuses more than 100 years, naming the limit', () => {
    expect(only(checkText(rule('1201 months')), 'WT321').message).toBe('`1201 months` is more than 100 years (the limit is 1200 months)');
    expect(only(checkText(rule('36526 days')), 'WT321').message).toBe('`36526 days` is more than 100 years (the limit is 36525 days)');
    expect(checkText(rule('1200 months')).diagnostics).toEqual([]);
    expect(checkText(rule('26100 working days')).diagnostics).toEqual([]);
  });

  it('warns about `rounding` on a unit other than months', () => {
    const source = rule('10 working days rounding last-day');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'WT322',
        message: '`rounding` only applies to months; it has no effect on working days',
        range: rangeOf(source, '10 working days rounding last-day'),
        file: 'policy.wt',
        hint: 'remove `rounding …`',
      },
    ]);
    expect(checkText(rule('3 months rounding next-month-start')).diagnostics).toEqual([]);
  });

  it('checks warning windows and escalation steps, allowing `when overdue` with no duration', () => {
    const source = `policy p {
  effective 2024-04-01
  calendar c
}
calendar c { holidays "GB-ENG" }
event referral "Referral"
event visit "Visit"
timescale a {
  starts at first referral
  requires visit within 5 days
  warn 0 days before due
}
escalation e {
  notify "Team manager" when overdue
  warn "Social worker" 0 working days before due
}
`;
    const result = checkText(source);
    expect(codesOf(result)).toEqual(['WT320', 'WT320']);
    expect(result.diagnostics.map((diagnostic) => diagnostic.range)).toEqual([rangeOf(source, '0 days'), rangeOf(source, '0 working days')]);
  });
});
