import { describe, expect, it } from 'vitest';
import { checkIr, checkText, codesOf, emptyIr, only, rangeOf } from './support/check-texts.js';

const DECLARATIONS = `policy p {
  effective 2024-04-01
  calendar c
}
calendar c { holidays "GB-ENG" }
event referral "Referral" { urgent: boolean, received: date, outcome: one of (nfa, transferred, moved-away), note: string }
event assessment-complete "Assessment complete"
fact significant-harm "Significant harm" boolean
fact needs-score "Needs score" number
fact primary-need "Primary need" one of (N1, N2, N3)
fact referred-on "Date referred" date
`;

function thresholds(condition: string): string {
  return `${DECLARATIONS}thresholds need {
  level 2 "Higher" when ${condition}
  otherwise level 1 "Lower"
}
`;
}

function filter(condition: string): string {
  return `${DECLARATIONS}timescale a {
  starts at first referral where ${condition}
  requires assessment-complete within 10 working days
}
`;
}

describe('conditions: names', () => {
  it('reports an unknown fact in a threshold level, at the name', () => {
    const source = thresholds('needs-scor >= 3');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT202',
        message: 'there is no fact `needs-scor`',
        range: rangeOf(source, 'needs-scor', 2),
        file: 'policy.wt',
        hint: 'did you mean `needs-score`?',
      },
    ]);
  });

  it('reports an attribute the matched event does not have, listing its attributes when none is close', () => {
    const close = filter('urgnt = true');
    expect(only(checkText(close), 'WT203')).toMatchObject({
      message: 'event `referral` has no attribute `urgnt`',
      range: rangeOf(close, 'urgnt'),
      hint: 'did you mean `urgent`?',
    });
    const far = filter('priority = 1');
    expect(only(checkText(far), 'WT203').hint).toBe('its attributes: urgent, received, outcome, note');
  });

  it('accepts well-typed conditions of every kind', () => {
    expect(checkText(thresholds('significant-harm and needs-score >= 3 and primary-need in (N1, N2) and referred-on < 2024-01-01')).diagnostics).toEqual([]);
    expect(checkText(filter('urgent = true and received >= 2024-04-01 and outcome != nfa and note = "x"')).diagnostics).toEqual([]);
  });
});

describe('conditions: types', () => {
  it('refuses `<` on a yes/no fact', () => {
    const source = thresholds('significant-harm < 1');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT310',
        message: '`significant-harm` is yes/no (boolean): `<` only compares numbers and dates',
        range: rangeOf(source, 'significant-harm < 1'),
        file: 'policy.wt',
        hint: 'write `significant-harm = true` or `significant-harm = false`',
      },
    ]);
  });

  it('refuses ordering on text and `one of` values', () => {
    expect(codesOf(checkText(filter('outcome > nfa')))).toEqual(['WT310']);
    expect(codesOf(checkText(filter('note <= "m"')))).toEqual(['WT310']);
  });

  it('refuses a number compared with text, at the value', () => {
    const source = thresholds('needs-score = "high"');
    const error = only(checkText(source), 'WT311');
    expect(error.message).toBe('`needs-score` is a number, but `"high"` is text');
    expect(error.range).toEqual(rangeOf(source, '"high"'));
  });

  it('refuses a yes/no fact compared with a number', () => {
    expect(only(checkText(thresholds('significant-harm = 1')), 'WT311').hint).toBe('compare it with `true` or `false`');
  });

  it('refuses a date attribute compared with something that is not a date', () => {
    const source = filter('received > 5');
    const error = only(checkText(source), 'WT312');
    expect(error.message).toBe('`received` is a date, but `5` is not a date');
    expect(error.range).toEqual(rangeOf(source, '5'));
    expect(error.hint).toBe('write a date as YYYY-MM-DD, e.g. 2024-05-02');
  });

  it('refuses a value not in the `one of` list, listing the allowed values', () => {
    const source = filter('outcome = moved');
    const error = only(checkText(source), 'WT313');
    expect(error.message).toBe('`moved` is not one of the values of `outcome`');
    expect(error.hint).toBe('allowed values: nfa, transferred, moved-away');
    expect(only(checkText(filter('outcome = nfx')), 'WT313').hint).toBe('did you mean `nfa`? (allowed values: nfa, transferred, moved-away)');
  });

  it('refuses a name standing alone as a condition when it is not yes/no', () => {
    const source = thresholds('needs-score');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT314',
        message: '`needs-score` is a number, not yes/no: it cannot stand alone as a condition',
        range: rangeOf(source, 'needs-score', 2),
        file: 'policy.wt',
        hint: 'compare it, e.g. `needs-score >= 1`',
      },
    ]);
  });

  it('refuses an `in` list with values of the wrong type, one diagnostic per value', () => {
    const source = thresholds('needs-score in (1, "two", true)');
    const result = checkText(source);
    expect(codesOf(result)).toEqual(['WT315', 'WT315']);
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      '`needs-score` is a number, but `"two"` in the `in` list is text',
      '`needs-score` is a number, but `true` in the `in` list is yes/no',
    ]);
    expect(result.diagnostics[0]!.range).toEqual(rangeOf(source, 'needs-score in (1, "two", true)'));
    expect(codesOf(checkText(thresholds('primary-need in (N1, N9)')))).toEqual(['WT313']);
  });

  it('refuses two names of different types compared with each other (the YAML form can write it)', () => {
    const range = { line: 9, column: 7, endLine: 9, endColumn: 30 };
    const result = checkIr(
      emptyIr('p', {
        facts: [
          { id: 'needs-score', type: { kind: 'number' } },
          { id: 'referred-on', type: { kind: 'date' } },
          { id: 'other-score', type: { kind: 'number' } },
        ],
        thresholds: [
          {
            id: 't',
            levels: [
              { level: 3, label: 'a', when: { op: 'compare', operator: '>', left: { ref: 'needs-score' }, right: { ref: 'referred-on' }, loc: range } },
              { level: 2, label: 'b', when: { op: 'compare', operator: '>', left: { ref: 'needs-score' }, right: { ref: 'other-score' } } },
            ],
            otherwise: { level: 1, label: 'c' },
          },
        ],
      }),
    );
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT316',
        message: '`needs-score` is a number and `referred-on` is a date: they cannot be compared',
        range,
        file: 'policy.yaml',
      },
    ]);
  });
});
