import { describe, expect, it } from 'vitest';
import { DuplicateIdTracker } from '../src/duplicate-id-tracker.js';

describe('DuplicateIdTracker', () => {
  it('accepts the first record with an id and rejects later ones, naming the first', () => {
    const tracker = new DuplicateIdTracker();
    expect(tracker.check('C-1', { index: 0, line: 1 })).toBeUndefined();
    expect(tracker.check('C-2', { index: 1, line: 2 })).toBeUndefined();
    expect(tracker.check('C-1', { index: 2, line: 3 })).toEqual({
      origin: { index: 2, line: 3 },
      caseId: 'C-1',
      field: '/id',
      code: 'WT710',
      message: 'this case id was already used by the record at line 1',
    });
    expect(tracker.size).toBe(2);
  });

  it('treats __proto__ as an ordinary id', () => {
    const tracker = new DuplicateIdTracker();
    expect(tracker.check('__proto__', { index: 0 })).toBeUndefined();
    expect(tracker.check('__proto__', { index: 1 })?.message).toBe('this case id was already used by the record at record 0');
  });
});
