import { describe, expect, it } from 'vitest';
import { checkText, checkTexts, codesOf, only, rangeOf } from './support/check-texts.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const HEADER = `policy p {
  effective 2024-04-01
  calendar c
}
calendar c { holidays "GB-ENG" }
event referral "Referral"
event assessment-complete "Assessment complete"
`;

describe('unknown names', () => {
  it('reports an unknown event with the closest declared name as a hint', () => {
    const source = `${HEADER}timescale a {
  starts at first referral
  requires assesment-complete within 45 working days
}
`;
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT201',
        message: 'there is no event `assesment-complete`',
        range: rangeOf(source, 'assesment-complete within 45 working days'),
        file: 'policy.wt',
        hint: 'did you mean `assessment-complete`?',
      },
    ]);
  });

  it('checks events everywhere a rule names one: anchor, fallback, while, unless', () => {
    const source = `${HEADER}timescale a {
  starts at first refferal otherwise first intake
  requires assessment-complete within 45 working days
  while plan-start .. plan-end
  unless closed
}
`;
    const result = checkText(source);
    expect(codesOf(result)).toEqual(['WT201', 'WT201', 'WT201', 'WT201', 'WT201']);
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'there is no event `refferal`',
      'there is no event `intake`',
      'there is no event `plan-start`',
      'there is no event `plan-end`',
      'there is no event `closed`',
    ]);
    expect(result.diagnostics[0]!.hint).toBe('did you mean `referral`?');
    expect(result.diagnostics[1]!.hint).toBe('declare it: `event name "what happened"`');
  });

  it('finds the events of the base policy (names resolve along the extends chain)', () => {
    const local = `policy borough extends working-together-2013 {
  effective 2024-04-01
}
review-point manager-review-2 "Second manager review" {
  starts at first referral
  requires assessment-complete within 10 working days
}
`;
    expect(checkTexts({ [BASE_FILE]: BASE, 'borough.wt': local }).diagnostics).toEqual([]);
  });

  it('reports an unknown calendar and an unknown escalation ladder in the header', () => {
    const source = `policy p {
  effective 2024-04-01
  calendar englnd
  escalation standrd
}
calendar england { holidays "GB-ENG" }
escalation standard { notify "Team manager" when overdue }
`;
    const result = checkText(source);
    const calendar = only(result, 'WT204');
    expect(calendar.message).toBe('there is no calendar `englnd`');
    expect(calendar.hint).toBe('did you mean `england`?');
    expect(calendar.range).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 18 });
    expect(only(result, 'WT205').hint).toBe('did you mean `standard`?');
  });

  it('reports an unknown ladder on a rule, listing the known ladders when none is close', () => {
    const source = `${HEADER}escalation standard { notify "Team manager" when overdue }
timescale a {
  starts at first referral
  requires assessment-complete within 45 working days
  escalation urgent
}
`;
    const error = only(checkText(source), 'WT205');
    expect(error.message).toBe('there is no escalation ladder `urgent`');
    expect(error.hint).toBe('known escalation ladders: standard');
  });

  it('reports an unknown base calendar', () => {
    const source = `policy p {
  effective 2024-04-01
  calendar borough
}
calendar england { holidays "GB-ENG" }
calendar borough extends englnd { closed 2024-12-24 }
`;
    const error = only(checkText(source), 'WT207');
    expect(error.message).toBe('calendar `borough` extends `englnd`, but there is no such calendar');
    expect(error.hint).toBe('did you mean `england`?');
    expect(error.range).toEqual(rangeOf(source, 'calendar borough extends englnd { closed 2024-12-24 }'));
  });

  it('says nothing when every name is declared', () => {
    const source = `${HEADER}escalation standard { notify "Team manager" when overdue }
timescale a {
  starts at first referral
  requires assessment-complete within 45 working days
  escalation standard
}
`;
    expect(checkText(source).diagnostics).toEqual([]);
  });
});
