import type { EscalationResult, ObligationResult } from './case-result.js';
import type { CaseRecord } from './case-timeline.js';
import type { CompiledVersion } from './compiled-version.js';
import type { DayNumber } from './day-number.js';

/** What one evaluation of one case accumulates; allocated once per case. */
export interface EvaluationContext {
  readonly record: CaseRecord;
  readonly asOf: DayNumber;
  /** The version in force on the as-of date: its escalation ladders and thresholds apply. */
  readonly asOfVersion: CompiledVersion;
  /** True when the policy is a set of versions (explanations then say which version governs). */
  readonly isSet: boolean;
  readonly explain: boolean;
  readonly obligations: ObligationResult[];
  readonly escalations: EscalationResult[];
  readonly warnings: string[];
}
