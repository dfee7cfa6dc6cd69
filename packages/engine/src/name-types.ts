import type { AttributeType } from '@wt/dsl';

/**
 * The declared type of a name in a condition: a fact of the policy (thresholds) or an attribute of an
 * event (`where` filters). Undefined when the name has no declaration; the condition's literals then
 * say what type its values should have.
 */
export type NameTypes = (name: string) => AttributeType | undefined;

/** A `NameTypes` over declarations: `nameTypes(policy.facts.map((f) => [f.id, f.type]))`. */
export function nameTypes(declarations: Iterable<readonly [string, AttributeType]>): NameTypes {
  const types = new Map(declarations);
  return (name) => types.get(name);
}
