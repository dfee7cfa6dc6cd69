import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse-text.js';
import { validatePolicyIr } from '../src/validate-policy-ir.js';
import { policy } from './fixtures/arbitrary-policy.js';
import { baselineExample, localExample } from './fixtures/example-policies.js';
import { policyFiles } from './fixtures/policy-files.js';

describe('validatePolicyIr', () => {
  it('accepts the IR of every policy, with or without source locations', () => {
    expect(validatePolicyIr(baselineExample)).toEqual([]);
    expect(validatePolicyIr(localExample)).toEqual([]);
    for (const file of policyFiles('wt')) expect(validatePolicyIr(parseText(file.source).ir), file.name).toEqual([]);
  });

  it('accepts any IR the languages can spell, also after a trip through JSON', () => {
    fc.assert(
      fc.property(policy, (ir) => {
        expect(validatePolicyIr(JSON.parse(JSON.stringify(ir)))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('names what does not fit', () => {
    const broken = structuredClone(baselineExample) as unknown as { rules: { requires: { within: { unit: string } } }[] };
    broken.rules[0]!.requires.within.unit = 'fortnights';
    const diagnostics = validatePolicyIr(broken);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'WT510' });
    expect(diagnostics[0]!.message).toBe(
      'Not a policy IR: `/rules/0/requires/within/unit` must be one of "working-days", "days", "weeks", "months"',
    );
  });

  it('checks conditions by their operator', () => {
    const ir = structuredClone(baselineExample);
    ir.thresholds[0]!.levels[0]!.when = { op: 'not', args: [] } as never;
    const messages = validatePolicyIr(ir).map((d) => d.message);
    expect(messages).toContain('Not a policy IR: `/thresholds/0/levels/0/when` has no `arg`');
    expect(messages).toContain('Not a policy IR: `/thresholds/0/levels/0/when` has an unknown member `args`');
  });

  it('refuses what is not a policy at all', () => {
    expect(validatePolicyIr(null).length).toBeGreaterThan(0);
    expect(validatePolicyIr({ irVersion: 2 }).map((d) => d.message)).toContain('Not a policy IR: `/irVersion` must be 1');
  });
});
