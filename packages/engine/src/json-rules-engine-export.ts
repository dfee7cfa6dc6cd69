/**
 * Exports to json-rules-engine (version 7), for systems that already run it.
 *
 * Thresholds. Each level becomes a rule whose event is
 * `{ type: 'threshold-level', params: { thresholds, level, label, otherwise } }`. First match wins is
 * kept by priority: the levels get priorities in the order written (the first level the highest; in a
 * document written highest level first, the higher level has the higher priority), and the `otherwise`
 * level is a rule at priority 1 whose condition is always true (`{ all: [] }`). The recipe:
 *
 * ```ts
 * import { Engine } from 'json-rules-engine';
 * const engine = new Engine(exportThresholdsToJsonRulesEngine(doc), { allowUndefinedFacts: true });
 * const { results } = await engine.run(facts);            // results: the rules that fired
 * const event = firstFiredByPriority(results);            // the fired rule with the highest priority
 * const level = event === undefined ? null : event.params.level;
 * ```
 *
 * `allowUndefinedFacts: true` is needed because a case may lack a fact; json-rules-engine then compares
 * the fact as `undefined` and decides anyway, where @wt/engine says "cannot decide: missing X" (see
 * `json-rules-engine-condition.ts` for the other differences). Where every fact a document reads is
 * present with a value of its type, the two decide the same level (checked by the tests).
 *
 * Escalation ladders: see `json-rules-engine-escalation.ts` for their facts and recipe.
 */
import { policyHash, type ResolvedPolicy, type ThresholdsIR } from '@wt/dsl';
import { exportEscalationToJsonRulesEngine, type JreUnsupportedStep } from './json-rules-engine-escalation.js';
import { toJreTopLevelCondition } from './json-rules-engine-condition.js';
import { jreAlways, type JreEvent, type JreRule } from './json-rules-engine-rule.js';

export const THRESHOLD_EVENT = 'threshold-level';

export function exportThresholdsToJsonRulesEngine(doc: ThresholdsIR): JreRule[] {
  const count = doc.levels.length;
  const rules: JreRule[] = doc.levels.map((level, index) => ({
    name: `${doc.id}: level ${level.level} (${level.label})`,
    priority: count - index + 1,
    conditions: toJreTopLevelCondition(level.when),
    event: levelEvent(doc.id, level, false),
  }));
  if (doc.otherwise !== undefined) {
    rules.push({
      name: `${doc.id}: otherwise level ${doc.otherwise.level} (${doc.otherwise.label})`,
      priority: 1,
      conditions: jreAlways(),
      event: levelEvent(doc.id, doc.otherwise, true),
    });
  }
  return rules;
}

function levelEvent(thresholds: string, level: { level: number; label: string }, otherwise: boolean): JreEvent {
  return { type: THRESHOLD_EVENT, params: { thresholds, level: level.level, label: level.label, otherwise } };
}

/**
 * The event of the fired rule with the highest priority (the first of equals), or undefined when none
 * fired: pass json-rules-engine's `results` (`EngineResult.results`).
 */
export function firstFiredByPriority<E>(results: readonly { priority?: number; event?: E }[]): E | undefined {
  let best: { priority?: number; event?: E } | undefined;
  for (const result of results) {
    if (best === undefined || (result.priority ?? 1) > (best.priority ?? 1)) best = result;
  }
  return best?.event;
}

export interface JsonRulesEngineThresholdsExport {
  id: string;
  title?: string;
  rules: JreRule[];
}

export interface JsonRulesEngineEscalationExport {
  id: string;
  title?: string;
  /** The rules of the policy that escalate by this ladder (their own, or the policy's default). */
  usedBy: string[];
  rules: JreRule[];
  /** Steps with no rule: their offset has no json-rules-engine fact (months). */
  unsupported: JreUnsupportedStep[];
}

export interface JsonRulesEnginePolicyExport {
  format: 'json-rules-engine';
  version: 7;
  policy: { id: string; hash?: string };
  thresholds: JsonRulesEngineThresholdsExport[];
  escalations: JsonRulesEngineEscalationExport[];
}

export interface ExportPolicyOptions {
  /** The policy's hash as the caller knows it; by default `policyHash(policy)`. */
  hash?: string;
}

export function exportPolicyToJsonRulesEngine(policy: ResolvedPolicy, options: ExportPolicyOptions = {}): JsonRulesEnginePolicyExport {
  return {
    format: 'json-rules-engine',
    version: 7,
    policy: { id: policy.id, hash: options.hash ?? policyHash(policy) },
    thresholds: policy.thresholds.map((doc) => ({
      id: doc.id,
      ...(doc.title === undefined ? {} : { title: doc.title }),
      rules: exportThresholdsToJsonRulesEngine(doc),
    })),
    escalations: policy.escalations.map((ladder) => ({
      id: ladder.id,
      ...(ladder.title === undefined ? {} : { title: ladder.title }),
      usedBy: policy.rules.filter((rule) => (rule.escalation ?? policy.defaultEscalation) === ladder.id).map((rule) => rule.id),
      ...exportEscalationToJsonRulesEngine(ladder),
    })),
  };
}
