import { describe, expect, it } from 'vitest';
import { misspeltWord, suggestedName } from '../src/did-you-mean.js';

describe('suggestedName', () => {
  it('reads the name out of the language’s hints, whatever their capital', () => {
    expect(suggestedName('there is no event `referal` — did you mean `referral`?')).toBe('referral');
    expect(suggestedName('Unexpected `requirs` — Did you mean `requires`?')).toBe('requires');
    expect(suggestedName('known calendars: a, b')).toBeUndefined();
  });
});

describe('misspeltWord', () => {
  it('finds the misspelt word inside a wider range', () => {
    // WT201 covers `assesment-complete within 35 working days`, not just the name.
    expect(misspeltWord('assesment-complete within 35 working days', 'assessment-complete')).toEqual({ word: 'assesment-complete', offset: 0 });
    expect(misspeltWord('first referal where s47 = true', 'referral')).toEqual({ word: 'referal', offset: 6 });
  });

  it('never offers to replace a word with itself', () => {
    expect(misspeltWord('referral', 'referral')).toBeUndefined();
  });
});
