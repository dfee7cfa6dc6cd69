import { describe, expect, it } from 'vitest';
import { keywordTokens } from '@wt/dsl';
import { keywordHelp } from '../src/keyword-help.js';

describe('keywordHelp', () => {
  it('explains every keyword of the language', () => {
    const missing = [...keywordTokens.keys()].filter((keyword) => keywordHelp(keyword) === undefined);
    expect(missing).toEqual([]);
  });

  it('knows nothing of other words, including names that reach Object.prototype', () => {
    expect(keywordHelp('referral')).toBeUndefined();
    expect(keywordHelp('constructor')).toBeUndefined();
    expect(keywordHelp('__proto__')).toBeUndefined();
  });
});
