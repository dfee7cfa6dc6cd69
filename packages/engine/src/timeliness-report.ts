/**
 * The timeliness report, collected one case result at a time, so that a caseload of any size is
 * summarised in memory proportional to the number of rules, months and days, never to the cases:
 * days taken are kept as counts per number of days, and only the worst few cases are kept.
 *
 * An obligation belongs to the period when its due date falls in it. A cancelled one is counted
 * apart (`cancelled`), not as due. Working days are counted under the calendar of the policy version
 * that governs the obligation: taken = working days in (start, completed], allowed = in (start, due].
 */
import type { CaseResult, ObligationResult } from './case-result.js';
import { parseIsoDate } from './day-number.js';
import type { DaysCount, MonthTimeliness, ReportPeriod, ReportRuleInfo, RuleTimeliness, TimelinessReport, WorstCase } from './timeliness-report-types.js';
import type { WorkingCalendar } from './working-calendar.js';

export interface TimelinessOptions {
  period: ReportPeriod;
  asOf: string;
  policy: { id: string; version: string; hash: string };
  /** The policy's rules, in the order the report lists them. */
  rules: readonly ReportRuleInfo[];
  /** The working calendar of each policy version, by version id (`ObligationResult.version`). */
  calendars: ReadonlyMap<string, WorkingCalendar>;
  /** How many of the worst cases to keep per rule; default 10. */
  worst?: number;
}

const DEFAULT_WORST = 10;

class RuleTally {
  due = 0;
  met = 0;
  late = 0;
  open = 0;
  overdue = 0;
  cancelled = 0;
  readonly taken = new Map<number, number>();
  readonly allowed = new Map<number, number>();
  readonly months = new Map<string, MonthTimeliness>();
  worst: WorstCase[] = [];

  constructor(readonly info: ReportRuleInfo) {}
}

function addCount(counts: Map<number, number>, days: number): void {
  counts.set(days, (counts.get(days) ?? 0) + 1);
}

function distribution(counts: ReadonlyMap<number, number>): DaysCount[] {
  return [...counts.entries()].sort((a, b) => a[0] - b[0]).map(([days, count]) => ({ days, count }));
}

/** The median of values given as counts per value; the mean of the two middle ones for an even count. */
export function medianOf(counts: readonly DaysCount[]): number | null {
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return null;
  const valueAt = (position: number) => {
    let seen = 0;
    for (const entry of counts) {
      seen += entry.count;
      if (position < seen) return entry.days;
    }
    return counts[counts.length - 1]!.days;
  };
  const low = valueAt(Math.floor((total - 1) / 2));
  const high = valueAt(Math.floor(total / 2));
  return (low + high) / 2;
}

/** Every month of the period, `YYYY-MM`, in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (text > last) break;
    months.push(text);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

function orderWorst(a: WorstCase, b: WorstCase): number {
  return b.workingDaysPastDue - a.workingDaysPastDue || (a.case < b.case ? -1 : a.case > b.case ? 1 : 0) || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);
}

export class TimelinessCollector {
  private readonly tallies = new Map<string, RuleTally>();
  private readonly recorded = new Set<string>();
  private eventsKnown = false;
  private cases = 0;
  private readonly worstLimit: number;

  constructor(private readonly options: TimelinessOptions) {
    this.worstLimit = Math.max(0, options.worst ?? DEFAULT_WORST);
    for (const info of options.rules) this.tallies.set(info.id, new RuleTally(info));
  }

  /** The event types one case records: a rule none of whose events any case records is "not measured". */
  recordEvents(types: Iterable<string>): void {
    this.eventsKnown = true;
    for (const type of types) this.recorded.add(type);
  }

  add(result: CaseResult): void {
    this.cases++;
    const { from, to } = this.options.period;
    for (const obligation of result.obligations) {
      const due = obligation.due;
      if (due === null || due < from || due > to) continue;
      this.count(this.tallyFor(obligation), obligation, result.case, due);
    }
  }

  private tallyFor(obligation: ObligationResult): RuleTally {
    let tally = this.tallies.get(obligation.rule);
    if (tally === undefined) {
      const info: ReportRuleInfo = {
        id: obligation.rule,
        title: obligation.title,
        kind: obligation.kind,
        statutory: obligation.statutory,
        within: '',
        startEvents: [],
        requiredEvent: '',
      };
      tally = new RuleTally(info);
      this.tallies.set(obligation.rule, tally);
    }
    return tally;
  }

  private count(tally: RuleTally, obligation: ObligationResult, caseId: string, due: string): void {
    if (obligation.status === 'cancelled') {
      tally.cancelled++;
      return;
    }
    tally.due++;
    const monthKey = due.slice(0, 7);
    let month = tally.months.get(monthKey);
    if (month === undefined) {
      month = { month: monthKey, due: 0, met: 0, late: 0, open: 0, overdue: 0 };
      tally.months.set(monthKey, month);
    }
    month.due++;
    const calendar = this.options.calendars.get(obligation.version);
    const start = parseIsoDate(obligation.start);
    const dueDay = parseIsoDate(due);
    if (calendar !== undefined && start !== undefined && dueDay !== undefined) addCount(tally.allowed, calendar.workingDaysBetween(start, dueDay));
    const completed = obligation.completed === null ? undefined : parseIsoDate(obligation.completed);
    if (calendar !== undefined && start !== undefined && completed !== undefined) addCount(tally.taken, calendar.workingDaysBetween(start, completed));
    switch (obligation.status) {
      case 'met':
        tally.met++;
        month.met++;
        return;
      case 'late':
        tally.late++;
        month.late++;
        this.keepWorst(tally, { case: caseId, start: obligation.start, due, completed: obligation.completed, status: 'late', workingDaysPastDue: obligation.lateBy ?? 0 });
        return;
      case 'overdue':
        tally.overdue++;
        month.overdue++;
        this.keepWorst(tally, { case: caseId, start: obligation.start, due, completed: null, status: 'overdue', workingDaysPastDue: obligation.overdueBy ?? 0 });
        return;
      default:
        tally.open++;
        month.open++;
    }
  }

  private keepWorst(tally: RuleTally, entry: WorstCase): void {
    if (this.worstLimit === 0) return;
    const worst = tally.worst;
    if (worst.length >= this.worstLimit && orderWorst(entry, worst[worst.length - 1]!) >= 0) return;
    worst.push(entry);
    worst.sort(orderWorst);
    if (worst.length > this.worstLimit) worst.pop();
  }

  report(): TimelinessReport {
    const months = monthsOf(this.options.period);
    const rules: RuleTimeliness[] = [...this.tallies.values()].map((tally) => {
      const notRecorded = this.notRecorded(tally.info);
      const taken = distribution(tally.taken);
      return {
        rule: tally.info.id,
        title: tally.info.title,
        kind: tally.info.kind,
        statutory: tally.info.statutory,
        within: tally.info.within,
        measured: notRecorded.length === 0,
        notRecorded,
        due: tally.due,
        met: tally.met,
        late: tally.late,
        open: tally.open,
        overdue: tally.overdue,
        cancelled: tally.cancelled,
        onTimeRate: tally.due === 0 ? null : tally.met / tally.due,
        daysTaken: { median: medianOf(taken), distribution: taken },
        allowedWorkingDays: medianOf(distribution(tally.allowed)),
        byMonth: months.map((month) => tally.months.get(month) ?? { month, due: 0, met: 0, late: 0, open: 0, overdue: 0 }),
        worst: tally.worst.slice(),
      };
    });
    const { policy, asOf, period } = this.options;
    return { report: 'timeliness', policy: { ...policy }, asOf, period: { ...period }, cases: this.cases, rules };
  }

  private notRecorded(info: ReportRuleInfo): string[] {
    if (!this.eventsKnown) return [];
    const missing: string[] = [];
    if (info.startEvents.length > 0 && !info.startEvents.some((type) => this.recorded.has(type))) missing.push(...info.startEvents);
    if (info.requiredEvent !== '' && !this.recorded.has(info.requiredEvent) && !missing.includes(info.requiredEvent)) missing.push(info.requiredEvent);
    return missing;
  }
}

/** The timeliness report of a set of case results (see TimelinessCollector to add them one by one). */
export function timelinessReport(
  results: Iterable<CaseResult>,
  options: TimelinessOptions & { recordedEvents?: Iterable<string> },
): TimelinessReport {
  const collector = new TimelinessCollector(options);
  if (options.recordedEvents !== undefined) collector.recordEvents(options.recordedEvents);
  for (const result of results) collector.add(result);
  return collector.report();
}
