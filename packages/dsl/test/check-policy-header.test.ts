import { describe, expect, it } from 'vitest';
import { checkIr, checkText, emptyIr, only } from './support/check-texts.js';

describe('the policy header', () => {
  it('refuses `until` before `effective`', () => {
    const source = 'policy p {\n  effective 2024-04-01\n  until 2024-03-31\n}\n';
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT350',
        message: 'the policy ends (`until 2024-03-31`) before it takes effect (`effective 2024-04-01`)',
        range: { line: 3, column: 3, endLine: 3, endColumn: 19 },
        file: 'policy.wt',
        hint: '`until` is the last day the policy is in force; it must be on or after `effective`',
      },
    ]);
    // A policy in force for one day: until = effective.
    expect(checkText('policy p {\n  effective 2024-04-01\n  until 2024-04-01\n}\n').diagnostics).toEqual([]);
  });

  it('refuses a date that does not exist (the YAML form can write one)', () => {
    const result = checkIr(emptyIr('p', { effective: '2024-02-30' }));
    expect(only(result, 'WT301').message).toBe('`effective 2024-02-30`: 2024-02-30 is not a date');
  });

  it('warns when a rule counts working days and no calendar is named along the chain', () => {
    const source = `policy p {
  effective 2024-04-01
}
event referral "Referral"
event visit "Visit"
timescale a {
  starts at first referral
  requires visit within 5 working days
}
`;
    const warning = only(checkText(source), 'WT607');
    expect(warning.severity).toBe('warning');
    expect(warning.message).toBe('policy `p` names no calendar: only Saturdays and Sundays will be non-working days');
    expect(checkText(source.replace('5 working days', '5 days')).diagnostics).toEqual([]);
  });
});
