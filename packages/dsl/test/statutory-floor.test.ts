import { describe, expect, it } from 'vitest';
import { compareWithStatutory } from '../src/statutory-floor.js';
import type { DurationIR } from '../src/ir.js';
import { checkIr, checkTexts, codesOf, emptyIr, only, parseDocument, rangeOf } from './support/check-texts.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const LOCAL_FILE = 'example-borough.wt';
const header = `policy example-borough extends working-together-2013 {
  effective 2024-04-01
}
`;

function checkLocal(body: string) {
  const local = header + body;
  return { local, result: checkTexts({ [BASE_FILE]: BASE, [LOCAL_FILE]: local }) };
}

describe('the statutory floor', () => {
  it('lets a local protocol shorten a statutory timescale without a word', () => {
    const { result } = checkLocal(`timescale assessment {
  requires assessment-complete within 35 working days
}
`);
    expect(result.diagnostics).toEqual([]);
    const assessment = result.resolved!.rules.find((rule) => rule.id === 'assessment')!;
    expect(assessment.requires.within).toMatchObject({ amount: 35, unit: 'working-days' });
    expect(assessment).toMatchObject({ statutory: true, declaredIn: 'working-together-2013', definedIn: 'example-borough', statutoryIn: 'working-together-2013' });
  });

  it('accepts an override that restates the statutory rule exactly', () => {
    const { result } = checkLocal(`timescale assessment {
  starts at first referral
  requires assessment-complete within 45 working days
  unless referral-closed where outcome = nfa
  statutory
}
`);
    expect(result.diagnostics).toEqual([]);
  });

  it('refuses a longer timescale, pointing at the local clause and at the statutory one in the base file', () => {
    const { local, result } = checkLocal(`timescale assessment {
  requires assessment-complete within 50 working days
}
`);
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT411',
        message: '`50 working days` is longer than the statutory `45 working days` for `assessment`',
        range: rangeOf(local, '50 working days'),
        file: LOCAL_FILE,
        hint: 'a local protocol may shorten a statutory timescale, never lengthen, weaken or drop it',
        related: [{ message: 'the statutory timescale: 45 working days', range: rangeOf(BASE, '45 working days'), file: BASE_FILE }],
      },
    ]);
  });

  it('does not compare durations in different units', () => {
    // 2 weeks is 10 working days only in a week without holidays: the author must say it in working days.
    const { local, result } = checkLocal(`timescale icpc {
  requires icpc within 2 weeks
}
`);
    const error = only(result, 'WT412');
    expect(error.message).toBe('cannot compare `2 weeks` with the statutory `15 working days`: use the same unit');
    expect(error.range).toEqual(rangeOf(local, '2 weeks'));
    expect(error.hint).toBe('write it in working days: `15 working days` or fewer');
    expect(error.related).toEqual([{ message: 'the statutory timescale: 15 working days', range: rangeOf(BASE, '15 working days'), file: BASE_FILE }]);
    expect(codesOf(result)).toEqual(['WT412']);
  });

  it('refuses the removal of a statutory rule, and allows the removal of a non-statutory one', () => {
    const { local, result } = checkLocal(`remove timescale assessment
remove review-point manager-review
`);
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT410',
        message: '`assessment` is statutory in `working-together-2013`: a local protocol cannot remove it',
        range: rangeOf(local, 'remove timescale assessment'),
        file: LOCAL_FILE,
        hint: 'a local protocol may shorten a statutory timescale, never lengthen, weaken or drop it',
        related: [{ message: 'made statutory here', range: rangeOf(BASE, 'statutory', 1), file: BASE_FILE }],
      },
    ]);
    expect(result.resolved!.rules.map((rule) => rule.id)).toEqual(['icpc', 'later-reviews']);
  });

  it('refuses an added `unless`, and accepts dropping the statutory one (stricter)', () => {
    const added = checkLocal(`timescale icpc {
  unless referral-closed
}
`);
    const error = only(added.result, 'WT415');
    expect(error.message).toBe('`unless referral-closed` would cancel the statutory `icpc` where `working-together-2013` does not');
    expect(error.range).toEqual(rangeOf(added.local, 'referral-closed'));
    expect(error.related).toEqual([
      // The whole statutory rule: `timescale icpc … {` on line 27 to its `}` on line 31 of BASE.
      { message: 'the statutory `icpc` has no `unless`', range: { line: 27, column: 1, endLine: 31, endColumn: 2 }, file: BASE_FILE },
    ]);

    // The statutory `unless referral-closed where outcome = nfa` widened to any closure: a new way to cancel.
    const widened = checkLocal(`timescale assessment {
  unless referral-closed
}
`);
    expect(only(widened.result, 'WT415').related).toEqual([
      { message: 'the statutory `unless referral-closed where outcome = nfa`', range: rangeOf(BASE, 'referral-closed where outcome = nfa'), file: BASE_FILE },
    ]);

    const kept = checkLocal(`timescale assessment {
  unless referral-closed where outcome = nfa
}
`);
    expect(kept.result.diagnostics).toEqual([]);

    // Narrowing the statutory `unless` (it cancels in fewer cases) is stricter: allowed.
    const narrowed = checkLocal(`timescale assessment {
  unless referral-closed where outcome = nfa and outcome != transferred
}
`);
    expect(narrowed.result.diagnostics).toEqual([]);
  });

  it('refuses a later anchor: `first` to `last`', () => {
    const { local, result } = checkLocal(`timescale assessment {
  starts at last referral
}
`);
    const error = only(result, 'WT413');
    expect(error.message).toBe('`starts at last referral` starts `assessment` later than the statutory `starts at first referral`');
    expect(error.range).toEqual(rangeOf(local, 'last referral'));
    expect(error.related).toEqual([
      { message: 'the statutory start: `starts at first referral`', range: rangeOf(BASE, 'first referral'), file: BASE_FILE },
    ]);
  });

  it('refuses `first` to `each` and `each` to `first`, and reports a changed anchor event as not comparable', () => {
    expect(codesOf(checkLocal('timescale assessment {\n  starts at each referral\n}\n').result)).toEqual(['WT413']);
    // `first` requiring the same event also draws the WT341 warning.
    expect(codesOf(checkLocal('timescale later-reviews {\n  starts at first review-conference\n}\n').result)).toEqual(['WT341', 'WT413']);
    // `last` to `first` moves the start earlier: allowed.
    const lastBase = BASE.replace('starts at first referral\n  requires assessment-complete within 45', 'starts at last referral\n  requires assessment-complete within 45');
    expect(checkTexts({ [BASE_FILE]: lastBase, [LOCAL_FILE]: `${header}timescale assessment {\n  starts at first referral\n}\n` }).diagnostics).toEqual([]);
    expect(codesOf(checkLocal('timescale assessment {\n  starts at first strategy-discussion\n}\n').result)).toEqual(['WT414']);
    // A filter on the anchor changes which occurrence starts the clock: not comparable unless identical.
    expect(codesOf(checkLocal('timescale icpc {\n  starts at first strategy-discussion\n}\n').result)).toEqual(['WT414']);
    // Adding a fallback where the statutory rule has none starts more obligations: allowed.
    expect(
      codesOf(checkLocal('timescale icpc {\n  starts at first strategy-discussion where s47 = true otherwise first referral\n}\n').result),
    ).toEqual([]);
  });

  it('refuses a changed required event and a loosened filter, and accepts a narrower filter', () => {
    const changed = checkLocal('timescale icpc {\n  requires assessment-complete within 15 working days\n}\n');
    const error = only(changed.result, 'WT417');
    expect(error.message).toBe('`requires assessment-complete` cannot be compared with the statutory `requires icpc` of `icpc`');
    expect(error.range).toEqual(rangeOf(changed.local, 'assessment-complete within 15 working days'));
    expect(error.related![0]!.file).toBe(BASE_FILE);

    const base = BASE.replace('requires icpc within 15 working days', 'requires strategy-discussion where s47 = true within 15 working days');
    const loosened = checkTexts({
      [BASE_FILE]: base,
      [LOCAL_FILE]: `${header}timescale icpc {\n  requires strategy-discussion within 15 working days\n}\n`,
    });
    expect(only(loosened, 'WT417').message).toBe(
      '`requires strategy-discussion` does not keep the statutory filter `where s47 = true` of `icpc`',
    );
    const narrowed = checkTexts({
      [BASE_FILE]: BASE,
      [LOCAL_FILE]: `${header}timescale icpc {\n  starts at first strategy-discussion where s47 = true\n  requires icpc within 15 working days\n}\n`,
    });
    expect(narrowed.diagnostics).toEqual([]);
  });

  it('refuses an added or a changed `while`', () => {
    const added = checkLocal('timescale assessment {\n  while plan-start .. plan-end\n}\n');
    const error = only(added.result, 'WT416');
    expect(error.message).toBe(
      '`while plan-start .. plan-end` would limit the statutory `assessment`, which applies at all times in `working-together-2013`',
    );
    expect(error.range).toEqual(rangeOf(added.local, 'plan-start .. plan-end'));
    const changed = checkLocal('timescale later-reviews {\n  while plan-start .. referral-closed\n}\n');
    expect(only(changed.result, 'WT416').related).toEqual([
      { message: 'the statutory `while plan-start .. plan-end`', range: rangeOf(BASE, 'plan-start .. plan-end'), file: BASE_FILE },
    ]);
  });

  it('refuses `statutory: false` on a statutory rule (the YAML form can say it) and keeps the rule statutory', () => {
    const base = parseDocument(BASE_FILE, BASE);
    const result = checkIr(
      emptyIr('example-borough', {
        extends: 'working-together-2013',
        rules: [{ kind: 'timescale', id: 'assessment', statutory: false, statutoryLoc: { line: 4, column: 5, endLine: 4, endColumn: 21 } }],
      }),
      [base],
    );
    const error = only(result, 'WT418');
    expect(error.range).toEqual({ line: 4, column: 5, endLine: 4, endColumn: 21 });
    expect(error.related).toEqual([{ message: 'made statutory here', range: rangeOf(BASE, 'statutory', 1), file: BASE_FILE }]);
    expect(result.resolved!.rules.find((rule) => rule.id === 'assessment')!.statutory).toBe(true);
  });

  it('compares against the nearest base: a region that shortened a timescale is the floor for its boroughs', () => {
    const region = `policy region extends working-together-2013 {
  effective 2020-01-01
}
timescale assessment {
  requires assessment-complete within 40 working days
}
`;
    const borough = `policy borough extends region {
  effective 2024-04-01
}
timescale assessment {
  requires assessment-complete within 42 working days
}
`;
    const result = checkTexts({ [BASE_FILE]: BASE, 'region.wt': region, 'borough.wt': borough });
    const error = only(result, 'WT411');
    expect(error.message).toBe('`42 working days` is longer than the statutory `40 working days` for `assessment`');
    expect(error.related).toEqual([{ message: 'the statutory timescale: 40 working days', range: rangeOf(region, '40 working days'), file: 'region.wt' }]);
  });

  it('says nothing about a non-statutory rule made longer', () => {
    expect(checkLocal('review-point manager-review {\n  requires assessment-complete within 20 working days\n}\n').result.diagnostics).toEqual([]);
  });

  it('does not flag local closure days, which lengthen working-day deadlines in calendar time', () => {
    const local = `policy example-borough extends working-together-2013 {
  effective 2024-04-01
  calendar borough
}
calendar borough extends england { closed 2024-12-24 2024-12-27 }
`;
    expect(checkTexts({ [BASE_FILE]: BASE, [LOCAL_FILE]: local }).diagnostics).toEqual([]);
  });
});

describe('compareWithStatutory', () => {
  const months = (amount: number, rounding?: DurationIR['rounding']): DurationIR =>
    rounding === undefined ? { amount, unit: 'months' } : { amount, unit: 'months', rounding };

  it('orders amounts in the same unit and refuses other units', () => {
    expect(compareWithStatutory({ amount: 10, unit: 'working-days' }, { amount: 15, unit: 'working-days' })).toBe('shorter');
    expect(compareWithStatutory({ amount: 15, unit: 'working-days' }, { amount: 15, unit: 'working-days' })).toBe('same');
    expect(compareWithStatutory({ amount: 16, unit: 'working-days' }, { amount: 15, unit: 'working-days' })).toBe('longer');
    expect(compareWithStatutory({ amount: 3, unit: 'weeks' }, { amount: 15, unit: 'working-days' })).toBe('other-unit');
    expect(compareWithStatutory({ amount: 21, unit: 'days' }, { amount: 3, unit: 'weeks' })).toBe('other-unit');
  });

  it('treats month rounding by the date it gives', () => {
    // 31 Jan + 1 month: last-day gives 29 Feb 2024, next-month-start gives 1 Mar 2024 (later).
    expect(compareWithStatutory(months(1, 'next-month-start'), months(1))).toBe('longer');
    expect(compareWithStatutory(months(1), months(1, 'next-month-start'))).toBe('shorter');
    expect(compareWithStatutory(months(1, 'last-day'), months(1))).toBe('same');
    // `refuse` gives no due date at all where the statutory rule gives one.
    expect(compareWithStatutory(months(1, 'refuse'), months(3))).toBe('other-rounding');
    expect(compareWithStatutory(months(1), months(1, 'refuse'))).toBe('shorter');
    // Rounding means nothing for working days.
    expect(compareWithStatutory({ amount: 5, unit: 'working-days', rounding: 'refuse' }, { amount: 5, unit: 'working-days' })).toBe('same');
  });
});
