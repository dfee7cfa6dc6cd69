import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isOutstanding, obligationStatus } from '../src/obligation-status.js';

// Day numbers stand for dates here: due on day 100.
const due = 100;

describe('obligationStatus', () => {
  it('met on or before due, late after', () => {
    expect(obligationStatus(due, 100, undefined, 200, undefined)).toBe('met');
    expect(obligationStatus(due, 90, undefined, 200, undefined)).toBe('met');
    expect(obligationStatus(due, 101, undefined, 200, undefined)).toBe('late');
  });

  it('open until due, due-soon inside the window, overdue after due', () => {
    expect(obligationStatus(due, undefined, undefined, 95, 97)).toBe('open');
    expect(obligationStatus(due, undefined, undefined, 97, 97)).toBe('due-soon');
    expect(obligationStatus(due, undefined, undefined, 100, 97)).toBe('due-soon');
    expect(obligationStatus(due, undefined, undefined, 100, undefined)).toBe('open');
    expect(obligationStatus(due, undefined, undefined, 101, 97)).toBe('overdue');
  });

  it('a stop on or before due cancels; after due it is overdue (missed)', () => {
    expect(obligationStatus(due, undefined, 100, 200, undefined)).toBe('cancelled');
    expect(obligationStatus(due, undefined, 101, 200, undefined)).toBe('overdue');
  });

  it('without a due date: open, or cancelled when stopped', () => {
    expect(obligationStatus(undefined, undefined, undefined, 200, undefined)).toBe('open');
    expect(obligationStatus(undefined, 150, undefined, 200, undefined)).toBe('open');
    expect(obligationStatus(undefined, undefined, 150, 200, undefined)).toBe('cancelled');
  });

  it('never says met or late without a completion, nor open after the due date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }), (asOf, completed) => {
        const status = obligationStatus(due, completed, undefined, asOf, 95);
        if (completed === undefined) expect(['met', 'late']).not.toContain(status);
        else expect(status).toBe(completed <= due ? 'met' : 'late');
        if (completed === undefined && asOf > due) expect(status).toBe('overdue');
        expect(isOutstanding(status)).toBe(completed === undefined);
      }),
    );
  });
});
