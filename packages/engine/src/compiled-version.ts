import type { EscalationIR, ResolvedPolicy } from '@wt/dsl';
import type { CompiledRule } from './compiled-rule.js';
import type { CompiledThresholds } from './compile-thresholds.js';
import type { VersionWindow } from './policy-set.js';
import type { WorkingCalendar } from './working-calendar.js';

/** One version of a policy, compiled: everything the evaluator needs, looked up once. */
export interface CompiledVersion {
  readonly policy: ResolvedPolicy;
  readonly hash: string;
  readonly window: VersionWindow;
  readonly calendar: WorkingCalendar;
  readonly rules: readonly CompiledRule[];
  readonly ladders: ReadonlyMap<string, EscalationIR>;
  readonly thresholds: readonly CompiledThresholds[];
  /** Event descriptions by id, for explanations. */
  readonly eventTitles: ReadonlyMap<string, string>;
}
