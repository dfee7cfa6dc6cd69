/**
 * A condition in plain English, for readers of a protocol:
 * `needs-score >= 3 and not significant-harm` reads "needs-score is at least 3 and significant-harm
 * is not true". Negations are pushed down to the leaves (`not (a or b)` reads "a is not … and b is
 * not …"), and a group of the other connective is put in parentheses: "a is true or (b is 1 and c is
 * true)".
 */
import type { ComparisonOperator, ConditionIR, Operand } from '@wt/dsl';
import { comparisonPhrase, flipOperator, formatLiteral, negateOperator, notOneOf, oneOf } from './condition-wording.js';
import type { NameTypes } from './name-types.js';
import { domainOfLiteral, domainOfType, type ValueDomain } from './value-domain.js';

export interface DescribeConditionOptions {
  /** The declared types of the names: they tell dates and free text from enum members. */
  types?: NameTypes;
}

type Connective = 'and' | 'or';

export function describeCondition(condition: ConditionIR, options: DescribeConditionOptions = {}): string {
  return describe(condition, false, undefined, options.types);
}

function describe(condition: ConditionIR, negated: boolean, parent: Connective | undefined, types: NameTypes | undefined): string {
  switch (condition.op) {
    case 'and':
    case 'or': {
      // De Morgan: not (a and b) = not a or not b, which holds in three-valued logic too.
      const connective: Connective = (condition.op === 'and') !== negated ? 'and' : 'or';
      if (condition.args.length === 0) return (condition.op === 'and') !== negated ? 'always' : 'never';
      const text = condition.args.map((arg) => describe(arg, negated, connective, types)).join(` ${connective} `);
      return parent !== undefined && parent !== connective && condition.args.length > 1 ? `(${text})` : text;
    }
    case 'not':
      return describe(condition.arg, !negated, parent, types);
    case 'constant':
      return condition.value !== negated ? 'always' : 'never';
    case 'is-true':
      return `${condition.ref} ${negated ? 'is not true' : 'is true'}`;
    case 'in': {
      const domain = 'ref' in condition.left ? declared(condition.left.ref, types) : undefined;
      const shown = condition.values.map((value) => formatLiteral(value, domain));
      return `${operandText(condition.left, domain)} is ${negated ? notOneOf(shown) : oneOf(shown)}`;
    }
    case 'compare':
      return describeComparison(condition.left, negated ? negateOperator(condition.operator) : condition.operator, condition.right, types);
  }
}

function describeComparison(left: Operand, operator: ComparisonOperator, right: Operand, types: NameTypes | undefined): string {
  // Name the fact first: `3 <= needs-score` reads "needs-score is at least 3".
  if ('value' in left && 'ref' in right) return describeComparison(right, flipOperator(operator), left, types);
  const declaredDomain = ('ref' in left ? declared(left.ref, types) : undefined) ?? ('ref' in right ? declared(right.ref, types) : undefined);
  const literal = 'value' in right ? right.value : 'value' in left ? left.value : undefined;
  const domain = declaredDomain ?? (literal === undefined ? undefined : domainOfLiteral(literal));
  return `${operandText(left, declaredDomain)} ${comparisonPhrase(operator, domain)} ${operandText(right, declaredDomain)}`;
}

function declared(name: string, types: NameTypes | undefined): ValueDomain | undefined {
  const type = types?.(name);
  return type === undefined ? undefined : domainOfType(type);
}

function operandText(operand: Operand, domain: ValueDomain | undefined): string {
  return 'ref' in operand ? operand.ref : formatLiteral(operand.value, domain);
}
