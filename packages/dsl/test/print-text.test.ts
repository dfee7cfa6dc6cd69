import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIr } from '../src/canonical-ir.js';
import type { PolicyIR } from '../src/ir.js';
import { parseText } from '../src/parse-text.js';
import { printText } from '../src/print-text.js';
import { policy } from './fixtures/arbitrary-policy.js';
import { baselineExample, localExample } from './fixtures/example-policies.js';
import { markdownBlocks } from './fixtures/policy-files.js';

const empty: PolicyIR = {
  irVersion: 1,
  id: 'p',
  calendars: [],
  events: [],
  facts: [],
  rules: [],
  removals: [],
  escalations: [],
  thresholds: [],
};

describe('printText', () => {
  it('prints the baseline example of docs/language.md in canonical layout', () => {
    expect(printText(baselineExample)).toBe(
      [
        'policy working-together-2013 {',
        '  title "Working Together to Safeguard Children (2013)"',
        '  version "2013"',
        '  effective 2013-04-15',
        '  calendar england-and-wales',
        '  escalation standard',
        '  source "Working Together to Safeguard Children, March 2013"',
        '}',
        '',
        'calendar england-and-wales {',
        '  title "England and Wales"',
        '  weekend saturday sunday',
        '  holidays "GB-ENG"',
        '  counting exclusive',
        '}',
        '',
        'event referral "Referral received by children\'s social care"',
        'event strategy-discussion "Strategy discussion" { s47: boolean }',
        'event assessment-complete "Assessment completed and authorised"',
        'event icpc "Initial child protection conference"',
        'event plan-start "Child protection plan starts"',
        'event plan-end "Child protection plan ends"',
        'event review-conference "Review child protection conference"',
        'event referral-closed "Referral closed" { outcome: one of (nfa, transferred, moved-away) }',
        '',
        'fact needs-score "Needs score from the assessment (0 to 5)" number',
        'fact significant-harm "Reasonable cause to suspect significant harm" boolean',
        'fact primary-need "CIN primary need code" one of (N1, N2, N3, N4, N5, N6, N7, N8, N9)',
        '',
        'timescale assessment "Complete the assessment" {',
        '  starts at first referral',
        '  requires assessment-complete within 45 working days',
        '  unless referral-closed where outcome = nfa',
        '  statutory',
        '  cites "WT2013 ch.1 para 63: within 45 working days from the point of referral"',
        '  warn 5 working days before due',
        '}',
        '',
        'timescale icpc "Hold the initial child protection conference" {',
        '  starts at first strategy-discussion where s47 = true otherwise last strategy-discussion',
        '  requires icpc within 15 working days',
        '  statutory',
        '}',
        '',
        'timescale later-reviews "Review the child protection plan" {',
        '  starts at each review-conference',
        '  requires review-conference within 6 months rounding last-day',
        '  while plan-start .. plan-end',
        '  statutory',
        '}',
        '',
        'escalation standard "Standard escalation" {',
        '  warn "Allocated social worker" 2 working days before due',
        '  notify "Team manager" when overdue 1 working day',
        '  notify "Head of service" when overdue 5 working days',
        '}',
        '',
        'thresholds level-of-need "Threshold document" {',
        '  level 4 "Child protection (s47)" when significant-harm',
        '  level 3 "Child in need (s17)" when needs-score >= 3 and not significant-harm',
        '  level 2 "Early help" when needs-score in (1, 2)',
        '  otherwise level 1 "Universal services"',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('prints the local example with removals after rules and closures on one line', () => {
    expect(printText(localExample)).toBe(
      [
        'policy example-borough extends working-together-2013 {',
        '  title "Example Borough assessment protocol"',
        '  area "Example Borough"',
        '  effective 2024-04-01',
        '  calendar example-borough',
        '}',
        '',
        'calendar example-borough extends england-and-wales {',
        '  closed 2024-12-24 "Office closure" 2024-12-27',
        '}',
        '',
        'timescale assessment {',
        '  requires assessment-complete within 35 working days',
        '}',
        '',
        'review-point manager-review "Manager reviews the assessment" {',
        '  starts at first referral',
        '  requires manager-review within 10 working days',
        '}',
        '',
        'remove timescale some-non-statutory-rule',
        '',
      ].join('\n'),
    );
  });

  it('prints empty blocks as {} and groups consecutive one-line removals and facts', () => {
    const ir: PolicyIR = {
      ...empty,
      facts: [
        { id: 'a', type: { kind: 'date' } },
        { id: 'b', type: { kind: 'string' } },
      ],
      rules: [{ kind: 'decision-point', id: 'd' }],
      removals: [
        { kind: 'timescale', id: 'x' },
        { kind: 'review-point', id: 'y' },
      ],
      escalations: [{ id: 'e', steps: [] }],
    };
    expect(printText(ir)).toBe(
      [
        'policy p {}',
        '',
        'fact a date',
        'fact b string',
        '',
        'decision-point d {}',
        '',
        'remove timescale x',
        'remove review-point y',
        '',
        'escalation e {}',
        '',
      ].join('\n'),
    );
  });

  it('breaks long closure lists and attribute lists over several lines', () => {
    const closed = Array.from({ length: 8 }, (_, index) => ({ date: `2024-12-${String(20 + index)}`, label: 'Office closure' }));
    const attributes = ['first-attribute', 'second-attribute', 'third-attribute', 'fourth-attribute'].map((name) => ({
      name,
      type: { kind: 'enum' as const, values: ['alpha', 'beta'] },
    }));
    const text = printText({ ...empty, calendars: [{ id: 'c', closed }], events: [{ id: 'e', attributes }] });
    expect(text).toContain(['calendar c {', '  closed', '    2024-12-20 "Office closure"', '    2024-12-21 "Office closure"'].join('\n'));
    expect(text).toContain(
      [
        'event e {',
        '  first-attribute: one of (alpha, beta),',
        '  second-attribute: one of (alpha, beta),',
        '  third-attribute: one of (alpha, beta),',
        '  fourth-attribute: one of (alpha, beta)',
        '}',
      ].join('\n'),
    );
  });

  it('prints escalation steps and a notify with no delay', () => {
    const text = printText({
      ...empty,
      escalations: [
        {
          id: 'e',
          steps: [{ action: 'notify', role: 'Team "A" manager', when: 'overdue', offset: { amount: 0, unit: 'working-days' } }],
        },
      ],
    });
    expect(text).toContain('  notify "Team \\"A\\" manager" when overdue\n');
  });
});

describe('printText and parseText', () => {
  const errorsOf = (source: string) => parseText(source).diagnostics.filter((d) => d.severity === 'error');

  it('agree on the examples of docs/language.md (whose IRs are written out by hand in the fixtures)', () => {
    const [baseline, local] = markdownBlocks('docs/language.md', 'wt');
    expect(canonicalIr(parseText(baseline!).ir)).toEqual(baselineExample);
    expect(canonicalIr(parseText(local!).ir)).toEqual(localExample);
  });

  it('give back the same IR for any policy the text can spell', () => {
    fc.assert(
      fc.property(policy, (ir) => {
        const text = printText(ir);
        expect(errorsOf(text)).toEqual([]);
        expect(canonicalIr(parseText(text).ir)).toEqual(canonicalIr(ir));
      }),
      { numRuns: 200 },
    );
  });

  it('keep an attribute named like a keyword on the line of the token before it', () => {
    const attributes = ['level', 'within', 'review', 'statutory', 'otherwise'].map((name) => ({ name, type: { kind: 'boolean' as const } }));
    const ir: PolicyIR = { ...empty, events: [{ id: 'long-event-name', description: 'x'.repeat(60), attributes }] };
    const text = printText(ir);
    expect(text.split('\n')[2]).toMatch(/^event long-event-name ".*" \{ level: boolean, within: boolean, .* \}$/);
    expect(errorsOf(text)).toEqual([]);
  });
});
