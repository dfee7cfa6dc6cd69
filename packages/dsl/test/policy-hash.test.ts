import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PolicyIR } from '../src/ir.js';
import { policyHash } from '../src/policy-hash.js';

const base: PolicyIR = {
  irVersion: 1,
  id: 'p',
  title: 'A policy',
  calendars: [],
  events: [{ id: 'referral', attributes: [] }],
  facts: [],
  rules: [],
  removals: [],
  escalations: [],
  thresholds: [],
};

describe('policyHash', () => {
  it('is sha256: and the digest of the canonical JSON', () => {
    expect(policyHash({ b: 1, a: 2 })).toBe(`sha256:${createHash('sha256').update('{"a":2,"b":1}').digest('hex')}`);
  });

  it('ignores source locations and key order', () => {
    const located: PolicyIR = {
      title: 'A policy',
      id: 'p',
      irVersion: 1,
      loc: { line: 3, column: 1, endLine: 9, endColumn: 2 },
      calendars: [],
      events: [{ attributes: [], id: 'referral', loc: { line: 1, column: 1, endLine: 1, endColumn: 15 } }],
      facts: [],
      rules: [],
      removals: [],
      escalations: [],
      thresholds: [],
    };
    expect(policyHash(located)).toBe(policyHash(base));
  });

  it('changes when the meaning changes', () => {
    expect(policyHash({ ...base, title: 'Another policy' })).not.toBe(policyHash(base));
    expect(policyHash({ ...base, events: [] })).not.toBe(policyHash(base));
  });

  it('has the documented shape', () => {
    expect(policyHash(base)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
