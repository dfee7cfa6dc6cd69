import type { DurationUnit } from '@wt/dsl';
import { formatIsoDate, weekdayIndex, type DayNumber } from './day-number.js';

const UNIT_WORDS: Readonly<Record<DurationUnit, readonly [string, string]>> = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

/** "1 working day", "45 working days", "3 months"; the sign is dropped (the caller says after/before). */
export function durationWords(amount: number, unit: DurationUnit): string {
  const words = UNIT_WORDS[unit] ?? [String(unit), String(unit)];
  const size = Math.abs(amount);
  return `${size} ${size === 1 ? words[0] : words[1]}`;
}

/** "3 weekend days", "1 bank holiday". */
export function countWords(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const SHORT_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** "Mon 2024-05-27". */
export function dayWithWeekday(day: DayNumber): string {
  return `${SHORT_WEEKDAYS[weekdayIndex(day)]} ${formatIsoDate(day)}`;
}
