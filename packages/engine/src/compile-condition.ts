/**
 * Compiles a condition of the language into closures evaluated under three-valued (Kleene) logic:
 * - a missing name (absent, `null` or `undefined`) makes its leaf unknown;
 * - `and` is false when any part is false, else unknown when any part is unknown, else true;
 * - `or` is true when any part is true, else unknown when any part is unknown, else false;
 * - `not` of unknown is unknown;
 * - a present value of the wrong type makes its leaf false and adds a warning.
 *
 * The same compiled condition serves thresholds (names are facts of a case) and `where` filters (names
 * are attributes of one event): see `ValueSource` for what it reads from.
 *
 * `evaluate` is the fast path: it allocates nothing unless a value has the wrong type, and stops at
 * the first part that decides an `and`/`or` (so it may not warn about later parts). `explain` is the
 * slow path: it evaluates every part and says which missing names make the value unknown and why the
 * value is what it is, in English.
 */
import type { ConditionIR, Literal, Operand } from '@wt/dsl';
import {
  compileCompareNames,
  compileCompareWithLiteral,
  compileIn,
  compileIsTrue,
  constantLeaf,
  literalsCompare,
  type LeafContext,
} from './condition-leaf.js';
import type { ConditionExplanation, ConditionNode, WarningSink } from './condition-node.js';
import { flipOperator, joinClauses } from './condition-wording.js';
import type { NameTypes } from './name-types.js';
import { UNKNOWN, type TriState } from './tri-state.js';
import type { ValueSource } from './value-source.js';

export type { ConditionExplanation, WarningSink } from './condition-node.js';

export interface CompileConditionOptions {
  /** The declared types of the names; a name without one takes its type from the literals. */
  types?: NameTypes;
  /** Where the condition stands, put before its warnings: "thresholds level-of-need". */
  context?: string;
}

export interface CompiledCondition {
  /** Fast path: true, false or `'unknown'`; adds warnings to `warnings` when given. */
  readonly evaluate: (values: ValueSource, warnings?: WarningSink) => TriState;
  /** Slow path: the value, the missing names that make it unknown, and why, in English. */
  readonly explain: (values: ValueSource) => ConditionExplanation;
  /** Every name the condition reads, in order of first use. */
  readonly names: readonly string[];
  readonly condition: ConditionIR;
}

export function compileCondition(condition: ConditionIR, options: CompileConditionOptions = {}): CompiledCondition {
  const context: LeafContext = {
    types: options.types,
    warningPrefix: options.context === undefined ? '' : `${options.context}: `,
  };
  const node = compileNode(condition, context);
  return { evaluate: node.evaluate, explain: node.explain, names: conditionNames(condition), condition };
}

function compileNode(condition: ConditionIR, context: LeafContext): ConditionNode {
  switch (condition.op) {
    case 'and':
      return compileAnd(condition.args.map((arg) => compileNode(arg, context)));
    case 'or':
      return compileOr(condition.args.map((arg) => compileNode(arg, context)));
    case 'not':
      return condition.arg.op === 'constant'
        ? constantLeaf(!condition.arg.value, constantReason(!condition.arg.value))
        : compileNot(compileNode(condition.arg, context));
    case 'constant':
      return constantLeaf(condition.value, constantReason(condition.value));
    case 'is-true':
      return compileIsTrue(condition.ref, context);
    case 'in':
      return 'ref' in condition.left
        ? compileIn(condition.left.ref, condition.values, context)
        : literalIn(condition.left.value, condition.values);
    case 'compare':
      return compileCompare(condition.left, condition.operator, condition.right, context);
  }
}

function compileCompare(
  left: Operand,
  operator: Extract<ConditionIR, { op: 'compare' }>['operator'],
  right: Operand,
  context: LeafContext,
): ConditionNode {
  if ('ref' in left && 'ref' in right) return compileCompareNames(left.ref, operator, right.ref, context);
  if ('ref' in left && 'value' in right) return compileCompareWithLiteral(left.ref, operator, right.value, context);
  if ('value' in left && 'ref' in right) return compileCompareWithLiteral(right.ref, flipOperator(operator), left.value, context);
  const holds = literalsCompare((left as { value: Literal }).value, operator, (right as { value: Literal }).value);
  return constantLeaf(holds, constantReason(holds));
}

function literalIn(value: Literal, literals: readonly Literal[]): ConditionNode {
  const holds = literals.some((literal) => literalsCompare(value, '=', literal));
  return constantLeaf(holds, constantReason(holds));
}

function constantReason(value: boolean): string {
  return value ? 'it always holds' : 'it never holds';
}

function compileAnd(parts: ConditionNode[]): ConditionNode {
  const evaluators = parts.map((part) => part.evaluate);
  return {
    evaluate: (values, warnings) => {
      let result: TriState = true;
      for (let i = 0; i < evaluators.length; i++) {
        const value = evaluators[i]!(values, warnings);
        if (value === false) return false;
        if (value === UNKNOWN) result = UNKNOWN;
      }
      return result;
    },
    explain: (values) => {
      const explained = parts.map((part) => part.explain(values));
      const value: TriState = explained.some((e) => e.value === false)
        ? false
        : explained.some((e) => e.value === UNKNOWN)
          ? UNKNOWN
          : true;
      return combine(value, value === true ? explained : explained.filter((e) => e.value === value), explained);
    },
  };
}

function compileOr(parts: ConditionNode[]): ConditionNode {
  const evaluators = parts.map((part) => part.evaluate);
  return {
    evaluate: (values, warnings) => {
      let result: TriState = false;
      for (let i = 0; i < evaluators.length; i++) {
        const value = evaluators[i]!(values, warnings);
        if (value === true) return true;
        if (value === UNKNOWN) result = UNKNOWN;
      }
      return result;
    },
    explain: (values) => {
      const explained = parts.map((part) => part.explain(values));
      const value: TriState = explained.some((e) => e.value === true)
        ? true
        : explained.some((e) => e.value === UNKNOWN)
          ? UNKNOWN
          : false;
      return combine(value, value === false ? explained : explained.filter((e) => e.value === value), explained);
    },
  };
}

/** The value of an and/or, explained by the parts that decide it. */
function combine(value: TriState, deciding: ConditionExplanation[], all: ConditionExplanation[]): ConditionExplanation {
  return {
    value,
    missing: value === UNKNOWN ? unique(deciding.flatMap((e) => e.missing)) : [],
    reason: joinClauses(deciding.map((e) => e.reason)),
    warnings: unique(all.flatMap((e) => e.warnings)),
  };
}

function compileNot(part: ConditionNode): ConditionNode {
  const evaluatePart = part.evaluate;
  return {
    evaluate: (values, warnings) => {
      const value = evaluatePart(values, warnings);
      return value === UNKNOWN ? UNKNOWN : !value;
    },
    explain: (values) => {
      const explained = part.explain(values);
      // The part's reason states facts ("significant-harm is false"), which explain its negation too.
      return { ...explained, value: explained.value === UNKNOWN ? UNKNOWN : !explained.value };
    },
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** Every name a condition reads, in order of first use. */
export function conditionNames(condition: ConditionIR): string[] {
  const names = new Set<string>();
  const visit = (c: ConditionIR): void => {
    switch (c.op) {
      case 'and':
      case 'or':
        c.args.forEach(visit);
        return;
      case 'not':
        visit(c.arg);
        return;
      case 'is-true':
        names.add(c.ref);
        return;
      case 'in':
        if ('ref' in c.left) names.add(c.left.ref);
        return;
      case 'compare':
        if ('ref' in c.left) names.add(c.left.ref);
        if ('ref' in c.right) names.add(c.right.ref);
        return;
      case 'constant':
        return;
    }
  };
  visit(condition);
  return [...names];
}
