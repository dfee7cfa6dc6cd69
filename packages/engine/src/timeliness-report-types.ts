/**
 * The timeliness report a safeguarding board and an inspector ask for: for each rule of a policy, the
 * obligations due in a period, how many were met on time, late, are still open or overdue, how many
 * working days they took, month by month, and the cases furthest past their due date.
 */
import type { RuleKind } from '@wt/dsl';

/** Both ends included, `YYYY-MM-DD`. */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** What the report needs to know about a rule of the policy. */
export interface ReportRuleInfo {
  id: string;
  title: string;
  kind: RuleKind;
  statutory: boolean;
  /** The timescale in words: "45 working days", "3 months". */
  within: string;
  /** The event types that can start it (its anchor and fallbacks). */
  startEvents: string[];
  /** The event type that meets it. */
  requiredEvent: string;
}

/** How many obligations took a number of working days. */
export interface DaysCount {
  days: number;
  count: number;
}

export interface WorstCase {
  case: string;
  start: string;
  due: string;
  completed: string | null;
  status: 'late' | 'overdue';
  /** Working days after the due date it was met (late), or that it was overdue by at the as-of date. */
  workingDaysPastDue: number;
}

/** The obligations of a rule that fell due in one month of the period. */
export interface MonthTimeliness {
  /** `YYYY-MM`. */
  month: string;
  due: number;
  met: number;
  late: number;
  open: number;
  overdue: number;
}

export interface RuleTimeliness {
  rule: string;
  title: string;
  kind: RuleKind;
  statutory: boolean;
  within: string;
  /**
   * False when the data cannot show the rule being met or started: no case records its required
   * event (or any of its start events). Its figures then measure the data, not the practice.
   */
  measured: boolean;
  /** The event types that no case records, when not measured. */
  notRecorded: string[];
  /** Obligations whose due date falls in the period (cancelled ones excluded). */
  due: number;
  /** Met on or before the due date. */
  met: number;
  /** Met after the due date. */
  late: number;
  /** Not yet met, and not yet past due at the as-of date (open or due soon). */
  open: number;
  /** Not met, and past due at the as-of date (or when a stop froze it). */
  overdue: number;
  /** Due in the period but cancelled before the due date (not counted in `due`). */
  cancelled: number;
  /** `met / due`; null when nothing was due. */
  onTimeRate: number | null;
  /** Working days from the start to the completion, over those met or late. */
  daysTaken: { median: number | null; distribution: DaysCount[] };
  /** Working days from the start to the due date (the median, as months give different counts). */
  allowedWorkingDays: number | null;
  byMonth: MonthTimeliness[];
  /** Late and overdue obligations, furthest past the due date first. */
  worst: WorstCase[];
}

export interface TimelinessReport {
  report: 'timeliness';
  policy: { id: string; version: string; hash: string };
  asOf: string;
  period: ReportPeriod;
  /** Cases evaluated. */
  cases: number;
  rules: RuleTimeliness[];
}
