/**
 * json-rules-engine's rule format (version 7), as plain JSON: what `new Engine(rules)` and
 * `engine.addRule(rule)` accept. Only the operators the export uses are listed.
 */
export type JreOperator =
  | 'equal'
  | 'notEqual'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'in';

export type JreScalar = string | number | boolean;

/** A leaf: `fact` `operator` `value`, where the value may name another fact: `{ fact: 'b' }`. */
export interface JreFactCondition {
  fact: string;
  operator: JreOperator;
  value: JreScalar | JreScalar[] | { fact: string };
}

export interface JreAll {
  all: JreCondition[];
}

export interface JreAny {
  any: JreCondition[];
}

export interface JreNot {
  not: JreCondition;
}

export type JreTopLevelCondition = JreAll | JreAny | JreNot;

export type JreCondition = JreFactCondition | JreTopLevelCondition;

export interface JreEvent {
  type: string;
  params: Record<string, JreScalar>;
}

export interface JreRule {
  name: string;
  /** Higher runs first; json-rules-engine requires at least 1. */
  priority: number;
  conditions: JreTopLevelCondition;
  event: JreEvent;
}

/**
 * Always true: json-rules-engine evaluates an empty `all` to true (checked against 7.3.1 by the tests),
 * so a rule needs no dummy fact to fire unconditionally. A fresh object each time: consumers may mutate.
 */
export function jreAlways(): JreAll {
  return { all: [] };
}

/** Always false: the negation of `jreAlways()`. */
export function jreNever(): JreNot {
  return { not: jreAlways() };
}
