import type { ResolvedCalendar } from '@wt/dsl';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../src/build-calendar.js';
import { parseIsoDate, type DayNumber } from '../src/day-number.js';
import { describeCalendarStep, describeDurationStep, describeWorkingDayStep } from '../src/explain-calendar-steps.js';
import type { WorkingCalendar } from '../src/working-calendar.js';

function calendar(overrides: Partial<ResolvedCalendar> = {}): WorkingCalendar {
  return buildCalendar({
    id: 'test',
    weekend: ['saturday', 'sunday'],
    holidays: { kind: 'region', region: 'GB-ENG' },
    closed: [],
    counting: 'exclusive',
    chain: ['test'],
    ...overrides,
  }).calendar!;
}
const d = (iso: string): DayNumber => parseIsoDate(iso)!;
const england = calendar();

function step(cal: WorkingCalendar, start: string, n: number): string {
  return describeWorkingDayStep(cal, d(start), n, cal.addWorkingDays(d(start), n));
}

describe('describeWorkingDayStep', () => {
  it('counts weekend days and names each bank holiday with its date', () => {
    // Mon 2024-05-06 (itself the early May bank holiday, day 0) + 15: Sat/Sun 11–12, 18–19, 25–26 and
    // Mon 27 May skipped; Tue 28 May is the 15th working day.
    expect(step(england, '2024-05-06', 15)).toBe(
      '15 working days after Mon 2024-05-06 is Tue 2024-05-28, skipping 6 weekend days and 1 bank holiday: Spring bank holiday on Mon 2024-05-27.',
    );
    expect(step(england, '2023-12-22', 1)).toBe(
      '1 working day after Fri 2023-12-22 is Wed 2023-12-27, skipping 2 weekend days and 2 bank holidays: Christmas Day on Mon 2023-12-25 and Boxing Day on Tue 2023-12-26.',
    );
  });
  it('names closures, and says when nothing was skipped', () => {
    const borough = calendar({ closed: [{ date: '2024-12-24', label: 'Office closure' }, { date: '2024-12-27', label: 'Office closure' }] });
    expect(step(borough, '2024-12-23', 1)).toBe(
      '1 working day after Mon 2024-12-23 is Mon 2024-12-30, skipping 2 weekend days; 2 bank holidays: Christmas Day on Wed 2024-12-25 and Boxing Day on Thu 2024-12-26; and 2 closure days: Office closure on Tue 2024-12-24 and Office closure on Fri 2024-12-27.',
    );
    expect(step(england, '2024-06-10', 2)).toBe(
      '2 working days after Mon 2024-06-10 is Wed 2024-06-12, with no weekend days, bank holidays or closures in between.',
    );
  });
  it('describes the inclusive convention and steps back', () => {
    const cin = calendar({ counting: 'inclusive' });
    expect(step(cin, '2023-03-31', -45)).toBe(
      '45 working days back from Fri 2023-03-31 (counting it as day 1) is Mon 2023-01-30, skipping 16 weekend days.',
    );
    expect(step(cin, '2024-06-08', 2)).toBe(
      // The validator counts the Saturday itself as day 1; day 2 is the next working day, Mon 10 June.
      '2 working days from Sat 2024-06-08 (counting it as day 1) is Mon 2024-06-10, skipping 1 weekend day.',
    );
    expect(step(england, '2024-06-10', -1)).toBe(
      '1 working day before Mon 2024-06-10 is Fri 2024-06-07, skipping 2 weekend days.',
    );
  });
  it('says when a date is provisional', () => {
    expect(step(england, '2029-12-24', 1)).toBe(
      '1 working day after Mon 2029-12-24 is Thu 2029-12-27, skipping 2 bank holidays: Christmas Day on Tue 2029-12-25 and Boxing Day on Wed 2029-12-26. Provisional: official bank holidays are known only from 2012-01-01 to 2028-12-31.',
    );
  });
});

describe('describeCalendarStep', () => {
  it('explains month ends and the rounding used', () => {
    expect(describeCalendarStep(d('2023-11-30'), { amount: 3, unit: 'months' }, d('2024-02-29'))).toBe(
      '3 months after Thu 2023-11-30 is Thu 2024-02-29: February 2024 has no 30th, so the due date is the last day of that month (Dodds v Walker).',
    );
    expect(
      describeCalendarStep(d('2024-01-31'), { amount: 1, unit: 'months', rounding: 'next-month-start' }, d('2024-03-01')),
    ).toBe('1 month after Wed 2024-01-31 is Fri 2024-03-01: February 2024 has no 31st, so the due date is the first day of the next month (rounding next-month-start).');
    expect(describeCalendarStep(d('2024-03-16'), { amount: 3, unit: 'months' }, d('2024-06-16'))).toBe(
      '3 months after Sat 2024-03-16 is Sun 2024-06-16 (the same day of the month; the date is not moved off weekends or holidays).',
    );
  });
  it('explains days and weeks as calendar days', () => {
    expect(describeCalendarStep(d('2023-12-18'), { amount: 1, unit: 'weeks' }, d('2023-12-25'))).toBe(
      '1 week after Mon 2023-12-18 is Mon 2023-12-25 (7 calendar days; the date is not moved off weekends or holidays).',
    );
    expect(describeDurationStep(england, d('2024-06-07'), { amount: 1, unit: 'days' }, d('2024-06-08'))).toBe(
      '1 day after Fri 2024-06-07 is Sat 2024-06-08 (calendar days: weekends and holidays count, and the date is not moved off them).',
    );
    expect(describeDurationStep(england, d('2024-06-07'), { amount: 1, unit: 'working-days' }, d('2024-06-10'))).toBe(
      '1 working day after Fri 2024-06-07 is Mon 2024-06-10, skipping 2 weekend days.',
    );
  });
});
