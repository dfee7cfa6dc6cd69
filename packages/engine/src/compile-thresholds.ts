/**
 * A threshold document, compiled. Its levels are tried in the order written, and the first whose
 * condition is true is the level; a condition that is false passes on to the next level; a condition
 * that is unknown (a fact it needs is missing) stops the walk: the level cannot be decided, and the
 * result names the missing facts of that condition — never a silent false. When no level applies,
 * the `otherwise` level is the level; without one, the level is null ("no level matched").
 *
 * Two paths, one answer:
 * - `evaluate(facts)` (also the compiled document called as a function) is the fast path for bulk
 *   evaluation: its result carries an empty explanation, and it builds no strings unless a fact is
 *   missing or of the wrong type;
 * - `explain(facts)` also says, in plain English, which level was decided and why, and why each
 *   level before it did not apply.
 */
import type { ThresholdLevelIR, ThresholdsIR } from '@wt/dsl';
import type { ExplanationStep, ThresholdResult } from './case-result.js';
import { compileCondition, type CompiledCondition, type ConditionExplanation, type WarningSink } from './compile-condition.js';
import { addWarning } from './condition-node.js';
import type { NameTypes } from './name-types.js';
import { UNKNOWN } from './tri-state.js';
import type { ValueSource } from './value-source.js';

/** The facts of a case: a record (own properties only) or a function from a fact's name to its value. */
export type FactSource = ValueSource;

export interface CompileThresholdsOptions {
  /** The declared types of the policy's facts: `nameTypes(policy.facts.map((f) => [f.id, f.type]))`. */
  types?: NameTypes;
}

export type EvaluateThresholds = (facts: FactSource, warnings?: WarningSink) => ThresholdResult;

export interface CompiledThresholds extends EvaluateThresholds {
  readonly id: string;
  /** The fast path: the result with an empty explanation. Warnings (wrong types) go to `warnings`. */
  readonly evaluate: EvaluateThresholds;
  /** The same result, explained. */
  readonly explain: EvaluateThresholds;
  /** Every fact the document reads, in order of first use. */
  readonly names: readonly string[];
}

export const NO_LEVEL_MATCHED = 'no level matched';

export function compileThresholds(doc: ThresholdsIR, options: CompileThresholdsOptions = {}): CompiledThresholds {
  const context = `thresholds ${doc.id}`;
  const levels = doc.levels;
  const conditions: CompiledCondition[] = levels.map((level) => compileCondition(level.when, { types: options.types, context }));
  const evaluators = conditions.map((condition) => condition.evaluate);
  const names = [...new Set(conditions.flatMap((condition) => condition.names))];

  const evaluate: EvaluateThresholds = (facts, warnings) => {
    for (let i = 0; i < evaluators.length; i++) {
      const value = evaluators[i]!(facts, warnings);
      if (value === true) return decided(doc.id, levels[i]!, []);
      if (value === UNKNOWN) return undecided(doc.id, conditions[i]!.explain(facts).missing, []);
    }
    return noLevelApplied(doc, []);
  };

  const explain: EvaluateThresholds = (facts, warnings) => {
    const notApplied: ExplanationStep[] = [];
    for (let i = 0; i < conditions.length; i++) {
      const level = levels[i]!;
      const explained = conditions[i]!.explain(facts);
      if (warnings !== undefined) for (const warning of explained.warnings) addWarning(warnings, warning);
      if (explained.value === true) {
        return decided(doc.id, level, [{ kind: 'threshold', text: `${levelName(level)} because ${explained.reason}.` }, ...notApplied]);
      }
      if (explained.value === UNKNOWN) {
        return undecided(doc.id, explained.missing, [cannotDecideStep(level, explained), ...notApplied]);
      }
      notApplied.push({ kind: 'threshold-level', text: `${levelName(level)} did not apply because ${explained.reason}.` });
    }
    return noLevelApplied(doc, [noLevelStep(doc), ...notApplied]);
  };

  return Object.assign((facts: FactSource, warnings?: WarningSink) => evaluate(facts, warnings), {
    id: doc.id,
    evaluate,
    explain,
    names,
  });
}

function decided(id: string, level: { level: number; label: string }, explanation: ExplanationStep[]): ThresholdResult {
  return { thresholds: id, level: level.level, label: level.label, explanation };
}

function undecided(id: string, missing: string[], explanation: ExplanationStep[]): ThresholdResult {
  return {
    thresholds: id,
    level: null,
    label: null,
    undecided: { missing, reason: `cannot decide: missing ${missing.join(', ')}` },
    explanation,
  };
}

function noLevelApplied(doc: ThresholdsIR, explanation: ExplanationStep[]): ThresholdResult {
  if (doc.otherwise !== undefined) return decided(doc.id, doc.otherwise, explanation);
  return { thresholds: doc.id, level: null, label: null, undecided: { missing: [], reason: NO_LEVEL_MATCHED }, explanation };
}

function levelName(level: { level: number; label: string }): string {
  return `Level ${level.level} (${level.label})`;
}

function cannotDecideStep(level: ThresholdLevelIR, explained: ConditionExplanation): ExplanationStep {
  return {
    kind: 'threshold',
    text: `Cannot decide the level: ${lowerFirst(levelName(level))} may apply, but ${explained.reason}.`,
  };
}

function noLevelStep(doc: ThresholdsIR): ExplanationStep {
  if (doc.otherwise === undefined) return { kind: 'threshold', text: 'No level applies: no level matched and there is no otherwise level.' };
  const because = doc.levels.length === 0 ? 'it is the only level' : 'no other level applied';
  return { kind: 'threshold', text: `${levelName(doc.otherwise)} because ${because}.` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
