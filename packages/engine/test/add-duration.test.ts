import type { DurationIR, MonthRounding } from '@wt/dsl';
import { describe, expect, it } from 'vitest';
import { addDuration } from '../src/add-duration.js';
import { buildCalendar } from '../src/build-calendar.js';
import { formatIsoDate, parseIsoDate, weekdayIndex, type DayNumber } from '../src/day-number.js';

const england = buildCalendar({
  id: 'england-and-wales',
  weekend: ['saturday', 'sunday'],
  holidays: { kind: 'region', region: 'GB-ENG' },
  closed: [],
  counting: 'exclusive',
  chain: ['england-and-wales'],
}).calendar!;

const d = (iso: string): DayNumber => parseIsoDate(iso)!;

function due(start: string, amount: number, unit: DurationIR['unit'], rounding?: MonthRounding): string {
  const result = addDuration(england, d(start), { amount, unit, ...(rounding ? { rounding } : {}) });
  if ('refused' in result) throw new Error(result.refused);
  return formatIsoDate(result.due);
}

function refusal(start: DayNumber, duration: DurationIR): string {
  const result = addDuration(england, start, duration);
  if (!('refused' in result)) throw new Error(`expected a refusal, got ${formatIsoDate(result.due)}`);
  return result.refused;
}

describe('addDuration: months (Dodds v Walker by default)', () => {
  it('the same day of the month N months later', () => {
    expect(due('2024-01-15', 6, 'months')).toBe('2024-07-15');
    expect(due('2023-11-15', 3, 'months')).toBe('2024-02-15');
  });
  it('31 January + 1 month is the last day of February, 28th or 29th', () => {
    expect(due('2023-01-31', 1, 'months')).toBe('2023-02-28');
    expect(due('2024-01-31', 1, 'months')).toBe('2024-02-29'); // 2024 is a leap year
    expect(due('2100-01-31', 1, 'months')).toBe('2100-02-28'); // 2100 is not
  });
  it('30 November + 3 months is the last day of February', () => {
    expect(due('2022-11-30', 3, 'months')).toBe('2023-02-28');
    expect(due('2023-11-30', 3, 'months')).toBe('2024-02-29');
    expect(due('2023-11-30', 3, 'months', 'last-day')).toBe('2024-02-29');
  });
  it('29 February 2024 + 12 months is 28 February 2025', () => {
    expect(due('2024-02-29', 12, 'months')).toBe('2025-02-28');
    expect(due('2024-02-29', 48, 'months')).toBe('2028-02-29');
  });
  it('backwards: 31 March − 1 month is the last day of February', () => {
    expect(due('2024-03-31', -1, 'months')).toBe('2024-02-29');
  });
  it('rounding next-month-start: the 1st of the following month instead', () => {
    expect(due('2024-01-31', 1, 'months', 'next-month-start')).toBe('2024-03-01');
    expect(due('2024-02-29', 12, 'months', 'next-month-start')).toBe('2025-03-01');
    expect(due('2024-10-31', 1, 'months', 'next-month-start')).toBe('2024-12-01');
    expect(due('2024-01-15', 1, 'months', 'next-month-start')).toBe('2024-02-15'); // the day exists
  });
  it('rounding refuse: no due date, and the message names the date and the missing day', () => {
    const message = refusal(d('2024-02-29'), { amount: 12, unit: 'months', rounding: 'refuse' });
    expect(message).toContain('2024-02-29');
    expect(message).toContain('February 2025 has no 29th');
    expect(message).toMatch(/^12 months after 2024-02-29/);
    expect(refusal(d('2024-01-31'), { amount: 1, unit: 'months', rounding: 'refuse' })).toMatch(/^1 month after 2024-01-31.*February 2024 has no 31st/);
    expect(due('2024-01-30', 2, 'months', 'refuse')).toBe('2024-03-30'); // the day exists
  });
  it('does not move a month due date off a weekend or holiday: statutory months are calendar months', () => {
    // Sat 2024-03-16 + 3 months = Sun 2024-06-16, and it stays a Sunday.
    expect(due('2024-03-16', 3, 'months')).toBe('2024-06-16');
    expect(weekdayIndex(d('2024-06-16'))).toBe(6);
    // 2023-11-25 + 1 month = Mon 2023-12-25, Christmas Day.
    expect(due('2023-11-25', 1, 'months')).toBe('2023-12-25');
  });
});

describe('addDuration: days and weeks', () => {
  it('days: start + N, not moved off weekends or holidays', () => {
    expect(due('2024-06-07', 1, 'days')).toBe('2024-06-08'); // Fri → Sat
    expect(due('2023-12-22', 3, 'days')).toBe('2023-12-25'); // Fri → Mon, Christmas Day
    expect(due('2024-02-28', 2, 'days')).toBe('2024-03-01'); // across 29 Feb
  });
  it('weeks: start + 7N', () => {
    expect(due('2023-12-18', 1, 'weeks')).toBe('2023-12-25'); // Mon → Mon Christmas Day, not moved
    expect(due('2024-01-01', 52, 'weeks')).toBe('2024-12-30');
  });
});

describe('addDuration: working days', () => {
  it('uses the calendar', () => {
    // See working-calendar-index.test.ts: Mon 2024-07-15 + 45 working days = Tue 2024-09-17.
    expect(due('2024-07-15', 45, 'working-days')).toBe('2024-09-17');
    expect(due('2023-12-22', 1, 'working-days')).toBe('2023-12-27');
  });
});

describe('addDuration: refusals, never exceptions', () => {
  it('refuses amounts that are not whole numbers, or absurdly large', () => {
    expect(refusal(d('2024-01-01'), { amount: 2.5, unit: 'working-days' })).toMatch(/not a whole number/);
    expect(refusal(d('2024-01-01'), { amount: Number.NaN, unit: 'days' })).toMatch(/not a whole number/);
    expect(refusal(d('2024-01-01'), { amount: 5_000_000, unit: 'days' })).toMatch(/not a whole number/);
  });
  it('refuses unknown units and roundings', () => {
    expect(refusal(d('2024-01-01'), { amount: 1, unit: 'fortnights' as DurationIR['unit'] })).toMatch(/Unknown duration unit "fortnights"/);
    expect(refusal(d('2024-01-31'), { amount: 1, unit: 'months', rounding: 'down' as MonthRounding })).toMatch(/Unknown month rounding "down"/);
  });
  it('refuses dates outside 0000–9999', () => {
    expect(refusal(d('9999-12-31'), { amount: 1, unit: 'days' })).toMatch(/outside the years 0000–9999/);
    expect(refusal(d('9999-12-15'), { amount: 1, unit: 'months' })).toMatch(/outside the years 0000–9999/);
    expect(refusal(d('9999-12-31') + 10, { amount: 1, unit: 'days' })).toMatch(/start date/);
    expect(refusal(1.5, { amount: 1, unit: 'days' })).toMatch(/start date/);
  });
});
