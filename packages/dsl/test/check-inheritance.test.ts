import { describe, expect, it } from 'vitest';
import { checkText, checkTexts, codesOf, only, rangeOf } from './support/check-texts.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const HEADER = `policy borough extends working-together-2013 {
  effective 2024-04-01
}
`;

function checkLocal(body: string) {
  const local = HEADER + body;
  return { local, result: checkTexts({ [BASE_FILE]: BASE, 'borough.wt': local }) };
}

describe('inheritance', () => {
  it('refuses a redeclared base event with other attributes, pointing at the base declaration', () => {
    const { local, result } = checkLocal('event referral-closed "Closed" { outcome: one of (nfa, other) }\n');
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT218',
        message: 'event `referral-closed` is declared in `working-together-2013` with other attributes',
        range: rangeOf(local, 'event referral-closed "Closed" { outcome: one of (nfa, other) }'),
        file: 'borough.wt',
        hint: 'there its attributes are outcome: one of (nfa, transferred); leave this declaration out to use it as it is',
        related: [
          {
            message: '`referral-closed` as declared in `working-together-2013`',
            range: rangeOf(BASE, 'event referral-closed "Referral closed" { outcome: one of (nfa, transferred) }'),
            file: BASE_FILE,
          },
        ],
      },
    ]);
    // The base's declaration stands.
    expect(result.resolved!.events.find((event) => event.id === 'referral-closed')!.attributes[0]!.type).toEqual({
      kind: 'enum',
      values: ['nfa', 'transferred'],
    });
  });

  it('accepts a redeclared base event with the same attributes (in any order) and takes its description', () => {
    const { result } = checkLocal('event referral-closed "Case closed locally" { outcome: one of (nfa, transferred) }\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.resolved!.events.find((event) => event.id === 'referral-closed')!.description).toBe('Case closed locally');
  });

  it('refuses a redeclared base fact of another type', () => {
    const { local, result } = checkLocal('fact needs-score "Needs" boolean\n');
    const error = only(result, 'WT219');
    expect(error.message).toBe('fact `needs-score` is a number in `working-together-2013`, not yes/no (boolean)');
    expect(error.range).toEqual(rangeOf(local, 'fact needs-score "Needs" boolean'));
    expect(error.related![0]!.file).toBe(BASE_FILE);
  });

  it('refuses an override of another kind, and a removal of another kind', () => {
    const override = checkLocal('review-point assessment {\n  requires assessment-complete within 40 working days\n}\n');
    expect(only(override.result, 'WT420')).toMatchObject({
      message: '`assessment` is a timescale in `working-together-2013`, not a review-point',
      hint: 'write `timescale assessment`',
    });
    const removal = checkLocal('remove timescale manager-review\n');
    expect(only(removal.result, 'WT420').range).toEqual(rangeOf(removal.local, 'remove timescale manager-review'));
  });

  it('refuses the removal of a rule the base does not have', () => {
    const { local, result } = checkLocal('remove review-point manager-reveiw\n');
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT206',
        message: 'there is no rule `manager-reveiw` in `working-together-2013` to remove',
        range: rangeOf(local, 'remove review-point manager-reveiw'),
        file: 'borough.wt',
        hint: 'did you mean `manager-review`?',
      },
    ]);
  });

  it('refuses a removal in a policy that extends nothing', () => {
    const source = 'policy p {\n  effective 2024-04-01\n}\nremove timescale a\n';
    expect(only(checkText(source), 'WT406').range).toEqual(rangeOf(source, 'remove timescale a'));
  });

  it('refuses removing and declaring the same rule in one policy', () => {
    const { local, result } = checkLocal(`remove review-point manager-review
review-point manager-review {
  starts at first referral
  requires assessment-complete within 5 working days
}
`);
    expect(codesOf(result)).toEqual(['WT421']);
    expect(only(result, 'WT421').related).toEqual([
      { message: '`manager-review` is declared here', range: { line: 5, column: 1, endLine: 8, endColumn: 2 } },
    ]);
    expect(local.split('\n')[4]).toBe('review-point manager-review {');
  });

  it('summarises errors in the base policy once, at `extends` (WT408)', () => {
    const brokenBase = BASE.replace('requires icpc within 15 working days', 'requires icpc-held within 15 working days');
    const local = `${HEADER}`;
    const result = checkTexts({ [BASE_FILE]: brokenBase, 'borough.wt': local });
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT408',
        message: `the base policy \`working-together-2013\` has an error (in ${BASE_FILE})`,
        range: rangeOf(local, 'extends working-together-2013'),
        file: 'borough.wt',
        hint: 'check the base policy and fix it first: this policy inherits what is wrong there',
        related: [
          {
            message: 'WT201: there is no event `icpc-held`',
            range: rangeOf(brokenBase, 'icpc-held within 15 working days'),
            file: BASE_FILE,
          },
        ],
      },
    ]);
  });
});
