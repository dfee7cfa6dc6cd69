import { describe, expect, it } from 'vitest';
import { checkText, checkTexts, codesOf, only, rangeOf } from './support/check-texts.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const DECLARATIONS = `policy p {
  effective 2024-04-01
  calendar c
}
calendar c { holidays "GB-ENG" }
event referral "Referral"
event visit "Visit" { urgent: boolean }
event plan-start "Plan starts"
event plan-end "Plan ends"
`;

describe('rules', () => {
  it('refuses a `while` that opens and closes on the same event with the same filter', () => {
    const source = `${DECLARATIONS}timescale a {
  starts at first referral
  requires visit within 5 days
  while plan-start .. plan-start
}
`;
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT340',
        message: '`while plan-start .. plan-start` opens and closes on the same event',
        range: rangeOf(source, 'plan-start .. plan-start'),
        file: 'policy.wt',
        hint: 'name the event that starts the state and the one that ends it, e.g. `while plan-start .. plan-end`',
      },
    ]);
  });

  it('accepts a `while` on one event with different filters, and one on two events', () => {
    const filtered = `${DECLARATIONS}timescale a {
  starts at first referral
  requires visit within 5 days
  while visit where urgent = true .. visit where urgent = false
}
`;
    expect(checkText(filtered).diagnostics).toEqual([]);
    expect(checkText(filtered.replace('visit where urgent = true .. visit where urgent = false', 'plan-start .. plan-end')).diagnostics).toEqual([]);
  });

  it('warns when `starts at first X` requires X, but not for `each X` (a recurring chain)', () => {
    const source = `${DECLARATIONS}timescale a {
  starts at first visit
  requires visit within 5 days
}
`;
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'WT341',
        message: '`starts at first visit` and `requires visit`: the first one starts the clock and only a later one can meet it',
        range: rangeOf(source, 'first visit'),
        file: 'policy.wt',
        hint: 'for a recurring event (a review every 6 months) write `starts at each …`',
      },
    ]);
    expect(checkText(source.replace('first visit', 'each visit')).diagnostics).toEqual([]);
    expect(checkText(source.replace('first visit', 'first visit where urgent = true')).diagnostics).toEqual([]);
  });

  it('refuses a rule with no start or no requirement', () => {
    const source = `${DECLARATIONS}timescale a {
  requires visit within 5 days
}
decision-point b {
}
`;
    const result = checkText(source);
    expect(codesOf(result)).toEqual(['WT342', 'WT342']);
    expect(result.diagnostics[0]).toMatchObject({
      message: 'rule `a` has no `starts at`',
      range: { line: 10, column: 1, endLine: 12, endColumn: 2 },
    });
    expect(result.diagnostics[1]!.message).toBe('rule `b` has no `starts at` and no `requires`');
    expect(result.resolved!.rules).toEqual([]);
  });

  it('refuses an incomplete rule that overrides nothing in the base, suggesting the inherited name', () => {
    const local = `policy borough extends working-together-2013 {
  effective 2024-04-01
}
timescale asessment {
  requires assessment-complete within 35 working days
}
`;
    const error = only(checkTexts({ [BASE_FILE]: BASE, 'borough.wt': local }), 'WT404');
    expect(error).toEqual({
      severity: 'error',
      code: 'WT404',
      message: 'no rule `asessment` to override in `working-together-2013`; a new rule needs `starts at` and `requires`',
      range: { line: 4, column: 1, endLine: 6, endColumn: 2 },
      file: 'borough.wt',
      hint: 'did you mean `assessment`?',
    });
  });

  it('accepts a partial override of an inherited rule', () => {
    const local = `policy borough extends working-together-2013 {
  effective 2024-04-01
}
review-point manager-review {
  requires assessment-complete within 5 working days
}
`;
    expect(checkTexts({ [BASE_FILE]: BASE, 'borough.wt': local }).diagnostics).toEqual([]);
  });
});
