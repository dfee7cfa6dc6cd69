/**
 * A rule as the editor services see it: the declarations of one rule id along a policy's `extends`
 * chain, merged field by field as `resolve-policy.ts` merges them (a field left out is inherited, a
 * rule stays statutory once a base made it so), and the statutory floor that the bases set for it.
 */
import type { DeclarationIndex } from './declaration-index.js';
import type { DurationIR, RuleIR } from './ir.js';

export interface RuleLayer {
  rule: RuleIR;
  /** The id of the policy that declares this layer. */
  policy: string;
  /** True for the layer of the policy the index was built for. */
  own: boolean;
}

export interface StatutoryFloor {
  /** The duration the bases require. */
  duration: DurationIR;
  /** The policy that set that duration. */
  policy: string;
}

/** The declarations of a rule, nearest first. */
export function ruleLayers(index: DeclarationIndex, id: string): RuleLayer[] {
  return index.findAll('rule', id).flatMap((declaration) => {
    const rule = declaration.document.ir.rules.find((candidate) => candidate.id === id);
    return rule === undefined ? [] : [{ rule, policy: declaration.document.ir.id, own: declaration.own }];
  });
}

/** The layers merged, root first: the rule as in force where the nearest layer stands. */
export function mergeRuleLayers(layers: readonly RuleLayer[]): RuleIR | undefined {
  let merged: RuleIR | undefined;
  for (const { rule } of [...layers].reverse()) {
    const defined = Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as Partial<RuleIR>;
    merged = merged === undefined ? { ...rule } : { ...merged, ...defined, kind: merged.kind, statutory: merged.statutory === true || rule.statutory === true };
  }
  return merged;
}

/** The floor the bases set for a rule the policy overrides or removes: present only when a base made it statutory. */
export function statutoryFloorOf(layers: readonly RuleLayer[]): StatutoryFloor | undefined {
  const bases = layers.filter((layer) => !layer.own);
  if (bases.length === layers.length || !bases.some((layer) => layer.rule.statutory === true)) return undefined;
  const setter = bases.find((layer) => layer.rule.requires !== undefined);
  return setter === undefined ? undefined : { duration: setter.rule.requires!.within, policy: setter.policy };
}
