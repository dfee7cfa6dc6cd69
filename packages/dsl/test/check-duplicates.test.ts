import { describe, expect, it } from 'vitest';
import { checkText, codesOf, only, rangeOf } from './support/check-texts.js';

const HEADER = `policy p {
  effective 2024-04-01
  calendar c
}
calendar c { holidays "GB-ENG" }
`;

describe('duplicate names', () => {
  it('reports a second event of the same name, pointing at the first', () => {
    const source = `${HEADER}event referral "Referral"
event referral "Referral again"
`;
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT210',
        message: 'event `referral` is declared twice',
        range: rangeOf(source, 'event referral "Referral again"'),
        file: 'policy.wt',
        related: [{ message: 'first declared here', range: rangeOf(source, 'event referral "Referral"') }],
      },
    ]);
  });

  it('treats the three rule kinds as one name space', () => {
    const source = `${HEADER}event referral "Referral"
timescale visit { starts at first referral requires referral within 5 days }
review-point visit { starts at first referral requires referral within 6 days }
`;
    const error = only(checkText(source), 'WT212');
    expect(error.message).toBe('rule `visit` is declared twice');
    expect(error.range).toEqual(rangeOf(source, 'review-point visit { starts at first referral requires referral within 6 days }'));
    expect(error.related).toEqual([
      { message: 'first declared here', range: rangeOf(source, 'timescale visit { starts at first referral requires referral within 5 days }') },
    ]);
  });

  it('reports duplicate facts, calendars, ladders and threshold documents', () => {
    const source = `${HEADER}calendar c { holidays "GB-SCT" }
fact score "Score" number
fact score "Score" number
escalation e { notify "A" when overdue }
escalation e { notify "B" when overdue }
thresholds t { level 2 "b" when score >= 1 otherwise level 1 "a" }
thresholds t { level 2 "b" when score >= 2 otherwise level 1 "a" }
`;
    expect(codesOf(checkText(source)).sort()).toEqual(['WT211', 'WT213', 'WT214', 'WT215']);
  });

  it('reports two attributes of one event with the same name, and a value listed twice', () => {
    const source = `${HEADER}event visit "Visit" { seen: boolean, seen: boolean, kind: one of (home, office, home) }
`;
    const result = checkText(source);
    const attribute = only(result, 'WT216');
    expect(attribute.message).toBe('attribute `seen` of event `visit` is declared twice');
    expect(attribute.range).toEqual(rangeOf(source, 'seen: boolean', 2));
    expect(attribute.related).toEqual([{ message: 'first declared here', range: rangeOf(source, 'seen: boolean', 1) }]);
    const value = only(result, 'WT220');
    expect(value.message).toBe('`home` is listed twice in `one of (…)`');
    expect(value.range).toEqual(rangeOf(source, 'kind: one of (home, office, home)'));
  });

  it('reports two levels with the same number in one threshold document', () => {
    const source = `${HEADER}fact score "Score" number
thresholds t {
  level 3 "High" when score >= 4
  level 3 "Also high" when score >= 3
  otherwise level 1 "Low"
}
`;
    const error = only(checkText(source), 'WT217');
    expect(error.message).toBe('level 3 of `t` is declared twice');
    expect(error.range).toEqual(rangeOf(source, 'level 3 "Also high" when score >= 3'));
    expect(error.related).toEqual([{ message: 'first declared here', range: rangeOf(source, 'level 3 "High" when score >= 4') }]);
  });

  it('says nothing when names are distinct', () => {
    const source = `${HEADER}event referral "Referral" { urgent: boolean, kind: one of (a, b) }
event visit "Visit"
`;
    expect(checkText(source).diagnostics).toEqual([]);
  });
});
