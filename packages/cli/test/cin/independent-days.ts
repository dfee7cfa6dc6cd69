/**
 * Working-day and month arithmetic for the tests, written apart from the engine: it reads the GOV.UK
 * bank holidays (England and Wales) and steps one day at a time, so it shares nothing with the
 * engine's indexed calendar.
 */
import { readFileSync } from 'node:fs';

const DAY_MS = 86_400_000;

export class IndependentDays {
  private readonly holidays: Set<string>;

  constructor(govukFile: string) {
    const data = JSON.parse(readFileSync(govukFile, 'utf8')) as Record<string, { events: { date: string }[] }>;
    this.holidays = new Set(data['england-and-wales']!.events.map((event) => event.date));
  }

  static toDay(iso: string): number {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
  }

  static toIso(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }

  isWorking(iso: string): boolean {
    const weekday = new Date(IndependentDays.toDay(iso) * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.holidays.has(iso);
  }

  /** The nth working day strictly after `start` (the start is day 0). */
  addWorkingDays(start: string, n: number): string {
    let day = IndependentDays.toDay(start);
    for (let counted = 0; counted < n; ) {
      day++;
      if (this.isWorking(IndependentDays.toIso(day))) counted++;
    }
    return IndependentDays.toIso(day);
  }

  /** Working days in (from, to]. */
  workingDaysBetween(from: string, to: string): number {
    let count = 0;
    for (let day = IndependentDays.toDay(from) + 1; day <= IndependentDays.toDay(to); day++) if (this.isWorking(IndependentDays.toIso(day))) count++;
    return count;
  }
}

/** The same day n months later, or the last day of that month (Dodds v Walker). */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const last = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(Number(iso.slice(8, 10)), last);
  return `${targetYear}-${String(targetMonth + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function addCalendarDays(iso: string, days: number): string {
  return IndependentDays.toIso(IndependentDays.toDay(iso) + days);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
