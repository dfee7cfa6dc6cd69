import { describe, expect, it } from 'vitest';
import { DeclarationIndex, policyChainOf } from '../src/declaration-index.js';
import type { PolicyDocument } from '../src/policy-document.js';
import { parseDocument } from './support/check-texts.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const base = parseDocument(BASE_FILE, BASE);
const region = parseDocument(
  'region.wt',
  `policy region extends working-together-2013 {
}
event referral "Referral to the regional hub"
timescale assessment "Regional assessment" {
  requires assessment-complete within 40 working days
}
`,
);
const borough = parseDocument('borough.wt', 'policy borough extends region {\n}\nfact risk "Risk" one of (low, high)\n');

describe('policyChainOf', () => {
  it('follows extends from the policy to the root', () => {
    expect(policyChainOf(borough, [base, region]).map((document) => document.ir.id)).toEqual(['borough', 'region', 'working-together-2013']);
  });

  it('stops at a missing base and at a cycle, and never takes a document of the policy’s own id as its base', () => {
    expect(policyChainOf(parseDocument('x.wt', 'policy x extends nowhere {\n}\n'), [base]).map((d) => d.ir.id)).toEqual(['x']);
    const a: PolicyDocument = parseDocument('a.wt', 'policy a extends b {\n}\n');
    const b: PolicyDocument = parseDocument('b.wt', 'policy b extends a {\n}\n');
    expect(policyChainOf(a, [a, b]).map((d) => d.ir.id)).toEqual(['a', 'b']);
    const olderA = parseDocument('old-a.wt', 'policy a {\n}\n');
    expect(policyChainOf(a, [olderA, b]).map((d) => d.file)).toEqual(['a.wt', 'b.wt']);
  });
});

describe('DeclarationIndex', () => {
  const index = new DeclarationIndex(policyChainOf(borough, [base, region]));

  it('finds the nearest declaration of a name, and all of them, nearest first', () => {
    expect(index.find('event', 'referral')?.document.file).toBe('region.wt');
    expect(index.find('event', 'referral')?.text).toBe('Referral to the regional hub');
    expect(index.findAll('rule', 'assessment').map((d) => d.document.file)).toEqual(['region.wt', BASE_FILE]);
    expect(index.find('event', 'constructor')).toBeUndefined();
  });

  it('lists one declaration per name, the policy’s own marked as its own', () => {
    expect(index.names('event').filter((d) => d.id === 'referral')).toHaveLength(1);
    expect(index.names('fact').map((d) => [d.id, d.own, d.detail])).toEqual([
      ['risk', true, 'one of (low, high)'],
      ['needs-score', false, 'a number'],
    ]);
  });

  it('gives the attributes of an event with their types, and each rule its kind', () => {
    expect(index.attributesOf('referral-closed').map((d) => [d.id, d.text])).toEqual([['outcome', 'one of (nfa, transferred)']]);
    expect(index.attributesOf('strategy-discussion')[0]?.type).toEqual({ kind: 'boolean' });
    expect(index.find('rule', 'manager-review')?.detail).toBe('review-point');
    expect(index.find('policy', 'region')?.range).toEqual({ line: 1, column: 1, endLine: 2, endColumn: 2 });
  });
});
