import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicy, defaultValidationRegistry } from '../src/check-policy.js';
import { createPolicyResolver } from '../src/policy-workspace.js';
import { ValidationRegistry } from '../src/validation-registry.js';
import { arbitraryPolicy } from './support/arbitrary-ir.js';
import { checkText, emptyIr, parseDocument } from './support/check-texts.js';

describe('checkPolicy', () => {
  it('returns diagnostics in source order, each with its file', () => {
    const source = `policy p {
  effective 2024-04-01
  calendar nowhere
}
event referral "Referral"
timescale a {
  starts at first refferal
  requires referral within 0 days
}
`;
    const result = checkText(source);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.line, diagnostic.file])).toEqual([
      ['WT204', 3, 'policy.wt'],
      ['WT201', 7, 'policy.wt'],
      ['WT320', 8, 'policy.wt'],
    ]);
    expect(result.resolved!.calendar.id).toBe('weekends-only');
  });

  it('runs the checks a registry holds: an empty registry reports nothing but still resolves', () => {
    const document = parseDocument('p.wt', 'policy p {\n  effective 2024-04-01\n}\nevent a "A"\nevent a "A again"\n');
    expect(checkPolicy(document, createPolicyResolver([]), new ValidationRegistry()).diagnostics).toEqual([]);
    expect(checkPolicy(document, createPolicyResolver([]), defaultValidationRegistry()).diagnostics.map((d) => d.code)).toEqual(['WT210']);
    const custom = new ValidationRegistry().register({
      event: [(event, context) => context.warning('WT999', `saw ${event.id}`, event.loc)],
    });
    expect(checkPolicy(document, createPolicyResolver([]), custom).diagnostics.map((d) => d.message)).toEqual(['saw a', 'saw a']);
  });

  it('handles names such as __proto__ and constructor as ordinary names', () => {
    const ir = emptyIr('p', {
      events: [{ id: '__proto__', attributes: [{ name: 'constructor', type: { kind: 'boolean' } }] }],
      rules: [
        {
          kind: 'timescale',
          id: 'constructor',
          start: { event: '__proto__', which: 'first', where: { op: 'is-true', ref: 'constructor' } },
          requires: { event: 'toString', within: { amount: 5, unit: 'days' } },
        },
      ],
    });
    const result = checkPolicy({ file: 'p.yaml', ir }, createPolicyResolver([]));
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['there is no event `toString`']);
  });

  it('never throws on well-typed IR, and resolves unless the extends chain is broken', () => {
    const ids = ['p', 'q', 'r'];
    fc.assert(
      fc.property(fc.array(arbitraryPolicy(ids), { minLength: 1, maxLength: 3 }), (irs) => {
        const documents = irs.map((ir, index) => ({ file: `f${index}.yaml`, ir }));
        const result = checkPolicy(documents[0]!, createPolicyResolver(documents.slice(1)));
        const chainBroken = result.diagnostics.some((diagnostic) => ['WT401', 'WT402', 'WT403'].includes(diagnostic.code));
        expect(result.resolved === undefined).toBe(chainBroken);
        for (const diagnostic of result.diagnostics) {
          expect(diagnostic.code).toMatch(/^WT\d{3}$/);
          expect(diagnostic.file).toBe('f0.yaml');
          expect(diagnostic.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
