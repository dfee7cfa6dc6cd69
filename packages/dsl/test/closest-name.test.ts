import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestName, didYouMeanHint, editDistance } from '../src/closest-name.js';

describe('editDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editDistance('assessment', 'assessment')).toBe(0);
    expect(editDistance('assesment', 'assessment')).toBe(1);
    expect(editDistance('assessmnet', 'assessment')).toBe(1);
    expect(editDistance('icpc', 'icpd')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('closestName', () => {
  it('suggests a near name, case-insensitively, and nothing when all are far', () => {
    expect(closestName('assesment-complete', ['referral', 'assessment-complete'])).toBe('assessment-complete');
    expect(closestName('Referral', ['referral'])).toBe('referral');
    expect(closestName('xyz', ['referral', 'icpc'])).toBeUndefined();
    expect(didYouMeanHint('icpd', ['icpc'])).toBe('did you mean `icpc`?');
  });

  it('breaks ties alphabetically', () => {
    expect(closestName('cat', ['cut', 'bat'])).toBe('bat');
  });
});
