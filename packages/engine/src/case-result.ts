import type { RuleKind } from '@wt/dsl';

export type ObligationStatus = 'met' | 'late' | 'open' | 'due-soon' | 'overdue' | 'cancelled';

export interface ExplanationStep {
  /** Machine-readable kind of step: `anchor`, `rule`, `calendar`, `completion`, `status`, `cancellation`, `version`. */
  kind: string;
  /** The step in plain English. */
  text: string;
}

export interface ObligationResult {
  rule: string;
  kind: RuleKind;
  title: string;
  start: string;
  due: string | null;
  completed: string | null;
  status: ObligationStatus;
  /** Working days after the due date that it was met (status `late`). */
  lateBy: number | null;
  /** Working days past the due date at the as-of date, or at the stop that froze it (status `overdue`). */
  overdueBy: number | null;
  /**
   * A working day counted for the due date (or for lateBy / overdueBy) lies outside the official
   * bank-holiday data, so the figure may change when that data is published. Month, week and day
   * durations do not read holidays, so their due dates are never provisional.
   */
  provisional: boolean;
  /** The id of the policy version that governs this obligation. */
  version: string;
  statutory: boolean;
  cancelledOn?: string;
  cancelledBy?: string;
  explanation: ExplanationStep[];
}

export interface ThresholdResult {
  thresholds: string;
  /** The level decided, or null when it cannot be decided. */
  level: number | null;
  label: string | null;
  /** "cannot decide: missing needs-score" when a fact needed to decide is absent. */
  undecided?: { missing: string[]; reason: string };
  explanation: ExplanationStep[];
}

export interface EscalationResult {
  rule: string;
  /** The obligation's start date, which tells apart the obligations of an `each` rule. */
  start: string;
  ladder: string;
  step: number;
  action: 'warn' | 'notify';
  role: string;
  since: string;
}

export interface CaseResult {
  case: string;
  asOf: string;
  policy: { id: string; version: string; hash: string };
  obligations: ObligationResult[];
  thresholds: ThresholdResult[];
  escalations: EscalationResult[];
  warnings: string[];
}
