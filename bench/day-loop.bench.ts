/**
 * Working-day addition: @wt/engine's precomputed calendar (`calendar.addWorkingDays`) against the obvious
 * loop over days with date-fns (`addDays`, `isWeekend`) and a Set of holidays, in one process, on the
 * same inputs (start dates 2015–2025, N = 1…45). The holidays in the Set are the calendar's own, so both
 * sides must give the same due date for every input (checked before timing). The Set holds local
 * midnights as numbers: the fastest obvious lookup (a Set of formatted strings would be slower still).
 *
 *   pnpm exec tsx bench/day-loop.bench.ts [--quick] [--json]
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { buildCalendar, civilFromDay, parseIsoDate, type DayNumber, type WorkingCalendar } from '@wt/engine';
import { checkRepoPolicy } from '../examples/policy-loading.js';
import { opsPerSecond } from './timing.js';

interface DateFns {
  addDays(date: Date, amount: number): Date;
  isWeekend(date: Date): boolean;
}
const requireFromEngine = createRequire(new URL('../packages/engine/package.json', import.meta.url));
const { addDays, isWeekend } = requireFromEngine('date-fns') as DateFns;

export interface DayLoopBenchFigures {
  name: 'day-loop';
  inputs: number;
  /** Additions per second of `calendar.addWorkingDays(start, n)`. */
  calendarOpsPerSec: number;
  /** Additions per second of the date-fns loop. */
  dayLoopOpsPerSec: number;
  /** calendarOpsPerSec / dayLoopOpsPerSec. */
  vsDayLoop: number;
  quick: boolean;
}

function englandCalendar(): WorkingCalendar {
  const checked = checkRepoPolicy('policies/england/working-together-2013.wt');
  if (!checked.resolved) throw new Error('working-together-2013 does not resolve');
  const built = buildCalendar(checked.resolved.calendar);
  if (!built.calendar || built.calendar.counting !== 'exclusive') throw new Error('expected an exclusive calendar');
  return built.calendar;
}

function localMidnight(day: DayNumber): Date {
  const { year, month, day: dayOfMonth } = civilFromDay(day);
  return new Date(year, month - 1, dayOfMonth);
}

function dayOfDate(date: Date): DayNumber {
  return parseIsoDate(`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`)!;
}

/** "Within n working days" by walking day by day: the nth working day strictly after start. */
function addWorkingDaysByLoop(start: Date, n: number, holidays: ReadonlySet<number>): Date {
  let date = start;
  let counted = 0;
  while (counted < n) {
    date = addDays(date, 1);
    if (!isWeekend(date) && !holidays.has(date.getTime())) counted++;
  }
  return date;
}

export function runDayLoopBench(options: { quick?: boolean } = {}): DayLoopBenchFigures {
  const quick = options.quick === true;
  const calendar = englandCalendar();
  const from = parseIsoDate('2015-01-01')!;
  const until = parseIsoDate('2025-12-31')!;
  const holidays = new Set<number>();
  for (const off of calendar.nonWorkingDaysBetween(from - 1, until + 120)) {
    if (off.reason !== 'weekend') holidays.add(localMidnight(off.day).getTime());
  }
  const count = quick ? 2_000 : 20_000;
  const starts: DayNumber[] = [];
  const startDates: Date[] = [];
  const amounts: number[] = [];
  let seed = 12345;
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const start = from + (seed % (until - from + 1));
    starts.push(start);
    startDates.push(localMidnight(start));
    amounts.push(1 + (i % 45));
  }
  for (let i = 0; i < count; i++) {
    const ours = calendar.addWorkingDays(starts[i]!, amounts[i]!);
    const theirs = dayOfDate(addWorkingDaysByLoop(startDates[i]!, amounts[i]!, holidays));
    if (ours !== theirs) throw new Error(`disagreement at input ${i}: ${ours} vs ${theirs}`);
  }
  const budgetMs = quick ? 200 : 1500;
  const calendarOpsPerSec = opsPerSecond(budgetMs, (round) => calendar.addWorkingDays(starts[round % count]!, amounts[round % count]!));
  const dayLoopOpsPerSec = opsPerSecond(budgetMs, (round) => addWorkingDaysByLoop(startDates[round % count]!, amounts[round % count]!, holidays).getTime());
  return {
    name: 'day-loop',
    inputs: count,
    calendarOpsPerSec: Math.round(calendarOpsPerSec),
    dayLoopOpsPerSec: Math.round(dayLoopOpsPerSec),
    vsDayLoop: Math.round((calendarOpsPerSec / dayLoopOpsPerSec) * 10) / 10,
    quick,
  };
}

function main(args: string[]): void {
  const figures = runDayLoopBench({ quick: args.includes('--quick') });
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  console.log(`working-day addition: ${figures.inputs} inputs (start 2015–2025, N = 1…45)${figures.quick ? ' (quick)' : ''}`);
  console.log(`  @wt/engine calendar   ${figures.calendarOpsPerSec.toLocaleString('en-GB')} ops/s`);
  console.log(`  date-fns day loop     ${figures.dayLoopOpsPerSec.toLocaleString('en-GB')} ops/s`);
  console.log(`  vsDayLoop             ${figures.vsDayLoop}× (target ≥ 20×)`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
