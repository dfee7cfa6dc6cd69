import { describe, expect, it } from 'vitest';
import { constantValue } from '../src/check-thresholds.js';
import { checkText, codesOf, only, rangeOf } from './support/check-texts.js';

function thresholds(levels: string): string {
  return `policy p {
  effective 2024-04-01
}
fact harm "Significant harm" boolean
fact score "Needs score" number
thresholds need {
${levels}
}
`;
}

describe('threshold levels', () => {
  it('accepts levels from the highest down with an `otherwise`', () => {
    expect(checkText(thresholds('  level 3 "High" when harm\n  level 2 "Mid" when score >= 3\n  otherwise level 1 "Low"')).diagnostics).toEqual([]);
  });

  it('warns that a level after an always-true level can never be reached, and so can `otherwise`', () => {
    const source = thresholds('  level 3 "Everyone" when true or harm\n  level 2 "Mid" when score >= 3\n  otherwise level 1 "Low"');
    const result = checkText(source);
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'WT330',
        message: 'level 2 can never be reached: level 3 always applies first',
        range: rangeOf(source, 'level 2 "Mid" when score >= 3'),
        file: 'policy.wt',
        related: [{ message: 'level 3 always applies', range: rangeOf(source, 'level 3 "Everyone" when true or harm') }],
      },
      {
        severity: 'warning',
        code: 'WT330',
        message: '`otherwise level 1` can never be reached: level 3 always applies first',
        range: rangeOf(source, 'otherwise level 1 "Low"'),
        file: 'policy.wt',
        related: [{ message: 'level 3 always applies', range: rangeOf(source, 'level 3 "Everyone" when true or harm') }],
      },
    ]);
  });

  it('warns that a level with the same condition as an earlier one can never be reached', () => {
    const source = thresholds('  level 3 "High" when score >= 3\n  level 2 "Mid" when score >=  3\n  otherwise level 1 "Low"');
    const warning = only(checkText(source), 'WT330');
    expect(warning.message).toBe('level 2 can never be reached: level 3 has the same condition and comes first');
    expect(warning.related).toEqual([{ message: 'level 3 has the same condition', range: rangeOf(source, 'level 3 "High" when score >= 3') }]);
  });

  it('warns about a level whose condition is always false, at the condition', () => {
    const source = thresholds('  level 3 "Never" when harm and false\n  otherwise level 1 "Low"');
    const warning = only(checkText(source), 'WT331');
    expect(warning.message).toBe('level 3 can never be reached: its condition is always false');
    expect(warning.range).toEqual(rangeOf(source, 'harm and false'));
  });

  it('warns about levels out of descending order, including `otherwise`', () => {
    const source = thresholds('  level 2 "Mid" when score >= 3\n  level 3 "High" when harm\n  otherwise level 4 "Low"');
    const result = checkText(source);
    expect(codesOf(result)).toEqual(['WT332', 'WT332']);
    expect(result.diagnostics[0]).toMatchObject({
      message: 'level 3 comes after level 2: list levels from the highest down',
      range: rangeOf(source, 'level 3 "High" when harm'),
      related: [{ message: 'level 2', range: rangeOf(source, 'level 2 "Mid" when score >= 3') }],
    });
  });

  it('warns when there is no `otherwise`, unless a level always applies', () => {
    const source = thresholds('  level 2 "Mid" when score >= 3');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'WT333',
        message: '`need` has no `otherwise`: a case that matches no level gets no level',
        range: { line: 6, column: 1, endLine: 8, endColumn: 2 },
        file: 'policy.wt',
        hint: 'add a last line such as `otherwise level 1 "Universal services"`',
      },
    ]);
    expect(checkText(thresholds('  level 2 "Mid" when score >= 3\n  level 1 "Everyone else" when true')).diagnostics).toEqual([]);
  });
});

describe('constantValue', () => {
  it('folds constants through not, and, or; anything naming a fact is not constant', () => {
    expect(constantValue({ op: 'not', arg: { op: 'constant', value: false } })).toBe(true);
    expect(constantValue({ op: 'and', args: [{ op: 'is-true', ref: 'x' }, { op: 'constant', value: false }] })).toBe(false);
    expect(constantValue({ op: 'or', args: [{ op: 'is-true', ref: 'x' }, { op: 'constant', value: true }] })).toBe(true);
    expect(constantValue({ op: 'and', args: [{ op: 'is-true', ref: 'x' }, { op: 'constant', value: true }] })).toBeUndefined();
    expect(constantValue({ op: 'and', args: [] })).toBe(true);
    expect(constantValue({ op: 'or', args: [] })).toBe(false);
  });
});
