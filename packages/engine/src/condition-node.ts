import type { TriState } from './tri-state.js';
import type { ValueSource } from './value-source.js';

/** Where evaluation puts its warnings (a value of the wrong type). Each message is added once. */
export type WarningSink = string[];

/** Why a condition has its value for given values: the slow path, for explanations. */
export interface ConditionExplanation {
  value: TriState;
  /** The missing names that make the value unknown; empty unless it is unknown. */
  missing: string[];
  /** Why, in plain English: "needs-score is 4, which is at least 3". */
  reason: string;
  /** Values of the wrong type met on the way (never quoting the values). */
  warnings: string[];
}

/** A compiled condition or part of one. `evaluate` allocates nothing unless it warns. */
export interface ConditionNode {
  readonly evaluate: (values: ValueSource, warnings?: WarningSink) => TriState;
  readonly explain: (values: ValueSource) => ConditionExplanation;
}

export function addWarning(sink: WarningSink, message: string): void {
  if (!sink.includes(message)) sink.push(message);
}
