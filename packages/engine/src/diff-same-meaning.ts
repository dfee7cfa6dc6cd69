/** Structural comparison of IR fragments for the diff: source locations do not count. */
import { canonicalIr, canonicalJson, type ConditionIR } from '@wt/dsl';

export function meaningKey(value: unknown): string {
  return value === undefined ? '' : canonicalJson(canonicalIr(value));
}

export function sameMeaning(a: unknown, b: unknown): boolean {
  return meaningKey(a) === meaningKey(b);
}

export type FilterOrder = 'same' | 'narrower' | 'wider' | 'not-comparable';

function conjuncts(condition: ConditionIR | undefined): string[] {
  if (condition === undefined) return [];
  return (condition.op === 'and' ? condition.args : [condition]).map(meaningKey);
}

/**
 * How NEW's `where` filter relates to OLD's, when one keeps every condition of the other joined with
 * `and` and adds more: `narrower` (NEW matches fewer events), `wider`, or `not-comparable`.
 */
export function compareFilters(oldFilter: ConditionIR | undefined, newFilter: ConditionIR | undefined): FilterOrder {
  if (sameMeaning(oldFilter, newFilter)) return 'same';
  const oldParts = conjuncts(oldFilter);
  const newParts = conjuncts(newFilter);
  if (oldParts.every((part) => newParts.includes(part))) return 'narrower';
  if (newParts.every((part) => oldParts.includes(part))) return 'wider';
  return 'not-comparable';
}
