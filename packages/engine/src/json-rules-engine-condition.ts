/**
 * A condition of the language as a json-rules-engine condition. Comparisons map one to one
 * (`=` equal, `!=` notEqual, `<` lessThan, `<=` lessThanInclusive, `>` greaterThan, `>=`
 * greaterThanInclusive, `in` in), `x` on its own is `x equal true`, a comparison of two facts uses
 * json-rules-engine's `{ fact: 'b' }` value, `and`/`or`/`not` are `all`/`any`/`not`, and a condition
 * without facts (`true`, `3 > 2`) is an empty `all` (true) or its negation (false).
 *
 * The two agree whenever every fact the condition reads is present with a value of its type. They
 * differ otherwise: json-rules-engine (with `allowUndefinedFacts`) compares a missing fact as
 * `undefined`, so `x != 3` and `not x` are true where @wt/engine says "unknown"; a value of the wrong
 * type is compared as it is (`"3" != 3` is true) where @wt/engine says false and warns; and dates
 * are compared as strings, so a date-time `2024-05-02T10:00` is not `equal` to `2024-05-02`.
 */
import type { ComparisonOperator, ConditionIR, Literal, Operand } from '@wt/dsl';
import { compileCondition } from './compile-condition.js';
import { flipOperator } from './condition-wording.js';
import { jreAlways, jreNever, type JreCondition, type JreOperator, type JreTopLevelCondition } from './json-rules-engine-rule.js';

const OPERATORS: Record<ComparisonOperator, JreOperator> = {
  '=': 'equal',
  '!=': 'notEqual',
  '<': 'lessThan',
  '<=': 'lessThanInclusive',
  '>': 'greaterThan',
  '>=': 'greaterThanInclusive',
};

/** The condition as the root of a json-rules-engine rule, which must be an `all`, `any` or `not`. */
export function toJreTopLevelCondition(condition: ConditionIR): JreTopLevelCondition {
  const converted = toJreCondition(condition);
  return 'fact' in converted ? { all: [converted] } : converted;
}

export function toJreCondition(condition: ConditionIR): JreCondition {
  switch (condition.op) {
    case 'and':
      return { all: condition.args.map(toJreCondition) };
    case 'or':
      return { any: condition.args.map(toJreCondition) };
    case 'not':
      return { not: toJreCondition(condition.arg) };
    case 'constant':
      return condition.value ? jreAlways() : jreNever();
    case 'is-true':
      return { fact: condition.ref, operator: 'equal', value: true };
    case 'in':
      if ('ref' in condition.left) return { fact: condition.left.ref, operator: 'in', value: [...condition.values] };
      return constant(condition);
    case 'compare':
      return comparison(condition.left, condition.operator, condition.right) ?? constant(condition);
  }
}

function comparison(left: Operand, operator: ComparisonOperator, right: Operand): JreCondition | undefined {
  if ('ref' in left) {
    const value: Literal | { fact: string } = 'ref' in right ? { fact: right.ref } : right.value;
    return { fact: left.ref, operator: OPERATORS[operator], value };
  }
  if ('ref' in right) return { fact: right.ref, operator: OPERATORS[flipOperator(operator)], value: left.value };
  return undefined;
}

/** A condition over literals only has one value, whatever the facts: work it out once. */
function constant(condition: ConditionIR): JreCondition {
  return compileCondition(condition).evaluate({}) === true ? jreAlways() : jreNever();
}
