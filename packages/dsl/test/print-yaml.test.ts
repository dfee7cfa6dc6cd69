import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIr } from '../src/canonical-ir.js';
import type { PolicyIR } from '../src/ir.js';
import { parseYaml } from '../src/parse-yaml.js';
import { printYaml } from '../src/print-yaml.js';
import { policy } from './fixtures/arbitrary-policy.js';
import { baselineExample, localExample } from './fixtures/example-policies.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('printYaml', () => {
  it('prints the local example of docs/language.md in canonical layout', () => {
    expect(printYaml(localExample)).toBe(
      lines(
        'policy:',
        '  id: example-borough',
        '  extends: working-together-2013',
        '  title: Example Borough assessment protocol',
        '  area: Example Borough',
        '  effective: 2024-04-01',
        '  calendar: example-borough',
        '',
        'calendars:',
        '  - id: example-borough',
        '    extends: england-and-wales',
        '    closed:',
        '      - 2024-12-24: Office closure',
        '      - 2024-12-27',
        '',
        'rules:',
        '  - timescale: assessment',
        '    requires: assessment-complete',
        '    within: 35 working days',
        '',
        '  - review-point: manager-review',
        '    title: Manager reviews the assessment',
        '    starts-at: first referral',
        '    requires: manager-review',
        '    within: 10 working days',
        '',
        'remove:',
        '  - timescale: some-non-statutory-rule',
      ),
    );
  });

  it('writes phrases in the text syntax, short lists and maps on one line, and quotes what YAML would misread', () => {
    const yaml = printYaml(baselineExample);
    expect(yaml).toContain('  version: "2013"\n');
    expect(yaml).toContain('    weekend: [ saturday, sunday ]\n');
    expect(yaml).toContain('    attributes: { outcome: { one-of: [ nfa, transferred, moved-away ] } }\n');
    expect(yaml).toContain('    starts-at: first strategy-discussion where s47 = true otherwise last strategy-discussion\n');
    expect(yaml).toContain(lines('    unless:', '      - referral-closed where outcome = nfa'));
    expect(yaml).toContain(lines('      - notify: Team manager', '        when-overdue: 1 working day'));
    expect(yaml).toContain('        when: needs-score >= 3 and not significant-harm\n');
    expect(yaml).toContain('    otherwise: { level: 1, label: Universal services }\n');
  });

  it('writes "once overdue" as 0 working days and a long attribute list as a block', () => {
    const ir: PolicyIR = {
      ...localExample,
      events: [
        {
          id: 'e',
          attributes: ['first-attribute', 'second-attribute', 'third-attribute', 'fourth-attribute'].map((name) => ({
            name,
            type: { kind: 'enum' as const, values: ['alpha', 'beta'] },
          })),
        },
      ],
      escalations: [{ id: 'x', steps: [{ action: 'notify', role: 'Manager', when: 'overdue', offset: { amount: 0, unit: 'working-days' } }] }],
    };
    const yaml = printYaml(ir);
    expect(yaml).toContain(lines('    attributes:', '      first-attribute: { one-of: [ alpha, beta ] }'));
    expect(yaml).toContain('        when-overdue: 0 working days\n');
  });

  it('reads back to the same IR for any policy', () => {
    fc.assert(
      fc.property(policy, (ir) => {
        const yaml = printYaml(ir);
        const back = parseYaml(yaml);
        expect(back.diagnostics).toEqual([]);
        expect(canonicalIr(back.ir)).toEqual(canonicalIr(ir));
      }),
      { numRuns: 150 },
    );
  });
});
