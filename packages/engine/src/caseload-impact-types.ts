/** What a policy change does to a caseload, as data: see caseload-impact.ts. */
import type { CaseResult, ObligationResult, ObligationStatus } from './case-result.js';
import type { RecordError } from './case-record.js';

/** One obligation as OLD or NEW sees it, without its explanation. */
export interface ObligationState {
  due: string | null;
  status: ObligationStatus;
  completed: string | null;
}

/**
 * How an obligation changed: `open → overdue`, `met → late`, `due later (open)`, `due earlier (met)`,
 * `newly required (overdue)`, `no longer required (was open)`.
 */
export interface ObligationChange {
  rule: string;
  start: string;
  kind: string;
  old?: ObligationState;
  new?: ObligationState;
}

export interface ThresholdChange {
  thresholds: string;
  /** "level 2 (Early help)", "cannot decide: missing age". */
  old: string;
  new: string;
}

export interface CaseImpact {
  case: string;
  obligations: ObligationChange[];
  thresholds: ThresholdChange[];
}

export interface ImpactCount {
  rule: string;
  kind: string;
  count: number;
}

export interface ThresholdImpactCount {
  thresholds: string;
  old: string;
  new: string;
  count: number;
}

/** A case explained side by side: the obligation as OLD and as NEW decide it, with their explanations. */
export interface ImpactExample {
  case: string;
  rule: string;
  start: string;
  kind: string;
  old?: ObligationResult;
  new?: ObligationResult;
}

export interface ImpactRejection {
  /** Which policy rejected the record; `input` when it could not be read at all. */
  side: 'old' | 'new' | 'input';
  errors: RecordError[];
}

export interface ImpactReport {
  asOf: string;
  old: CaseResult['policy'];
  new: CaseResult['policy'];
  /** Records read, evaluated under both policies, and rejected by either. */
  cases: number;
  evaluated: number;
  rejected: number;
  /** The first few rejections (never quoting case data). */
  rejections: ImpactRejection[];
  /** Events of types one policy does not declare are left out when that policy evaluates the case. */
  ignoredEvents: { old: number; new: number };
  /** Cases with at least one obligation or threshold level that changed. */
  changedCases: number;
  changedObligations: number;
  /** Changed obligations counted by rule and kind of change, by rule then by count. */
  byRule: ImpactCount[];
  /** Changed obligations counted by kind of change alone, most frequent first. */
  byKind: { kind: string; count: number }[];
  thresholds: ThresholdImpactCount[];
  /** The changed cases, in input order, up to `maxListed`. */
  changed: CaseImpact[];
  /** True when more cases changed than are listed. */
  truncated: boolean;
  examples: ImpactExample[];
}
