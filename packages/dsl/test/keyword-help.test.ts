import { describe, expect, it } from 'vitest';
import { keywordHelp } from '../src/keyword-help.js';
import { keywordTokens } from '../src/tokens.js';

describe('keywordHelp', () => {
  it('explains every keyword token of the language, weekdays included', () => {
    const missing = [...keywordTokens.keys()].filter((keyword) => keywordHelp(keyword) === undefined);
    expect(missing).toEqual([]);
    expect(keywordHelp('saturday')).toBe('A day of the week (saturday).');
    expect(keywordHelp('statutory')).toMatch(/may shorten it, but never lengthen or remove it/);
  });

  it('knows nothing of other words, including names that reach Object.prototype', () => {
    expect(keywordHelp('referral')).toBeUndefined();
    expect(keywordHelp('constructor')).toBeUndefined();
    expect(keywordHelp('__proto__')).toBeUndefined();
    expect(keywordHelp('hasOwnProperty')).toBeUndefined();
  });
});
