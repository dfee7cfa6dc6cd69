import { describe, expect, it } from 'vitest';
import type { EscalationResult } from '../src/case-result.js';
import { buildCalendar } from '../src/build-calendar.js';
import { collectEscalations, ladderWarningFrom } from '../src/escalation-state.js';
import { formatIsoDate } from '../src/day-number.js';
import { day, englandAndWales, standardLadder, workingDays } from './eval-fixtures.js';

const calendar = buildCalendar(englandAndWales).calendar!;

function active(start: string, due: string, asOf: string): [number, string][] {
  const out: EscalationResult[] = [];
  collectEscalations(standardLadder, calendar, day(start), day(due), day(asOf), 'icpc', start, out);
  return out.map((entry) => [entry.step, entry.since]);
}

describe('collectEscalations', () => {
  // Due Wed 2024-05-29: warn from Fri 24 (2 working days before, across the Mon 27 bank holiday);
  // team manager from Thu 30 (overdue 1); head of service from Wed 5 Jun (overdue 5).
  it('activates each step from its own day', () => {
    expect(active('2024-05-07', '2024-05-29', '2024-05-23')).toEqual([]);
    expect(active('2024-05-07', '2024-05-29', '2024-05-24')).toEqual([[1, '2024-05-24']]);
    expect(active('2024-05-07', '2024-05-29', '2024-05-30')).toEqual([
      [1, '2024-05-24'],
      [2, '2024-05-30'],
    ]);
    expect(active('2024-05-07', '2024-05-29', '2024-06-05')).toEqual([
      [1, '2024-05-24'],
      [2, '2024-05-30'],
      [3, '2024-06-05'],
    ]);
  });

  it('never dates a warning before the obligation started', () => {
    // Referral Fri 2024-05-24, decision due Tue 28: the window would open Thu 23, before the start.
    expect(active('2024-05-24', '2024-05-28', '2024-05-24')).toEqual([[1, '2024-05-24']]);
  });

  it('says which ladder, step, action and role', () => {
    const out: EscalationResult[] = [];
    collectEscalations(standardLadder, calendar, day('2024-05-07'), day('2024-05-29'), day('2024-05-30'), 'icpc', '2024-05-07', out);
    expect(out[1]).toEqual({
      rule: 'icpc',
      start: '2024-05-07',
      ladder: 'standard',
      step: 2,
      action: 'notify',
      role: 'Team manager',
      since: '2024-05-30',
    });
  });
});

describe('ladderWarningFrom', () => {
  it('is the earliest warning window of the ladder, or none', () => {
    const ladder = {
      id: 'two-warnings',
      steps: [
        { action: 'warn' as const, role: 'Worker', when: 'before-due' as const, offset: workingDays(1) },
        { action: 'warn' as const, role: 'Manager', when: 'before-due' as const, offset: workingDays(3) },
      ],
    };
    // Due Wed 2024-05-29: 3 working days before is Thu 23 (Fri 24, Tue 28, Wed 29 remain).
    expect(formatIsoDate(ladderWarningFrom(ladder, calendar, day('2024-05-29'))!)).toBe('2024-05-23');
    expect(ladderWarningFrom({ id: 'none', steps: [] }, calendar, day('2024-05-29'))).toBeUndefined();
  });
});
