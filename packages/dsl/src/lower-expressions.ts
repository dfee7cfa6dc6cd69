/**
 * Lowering of the expression-like parts of the CST (conditions, values, durations, event matches,
 * anchors, `while` ranges) to the IR. Shared by whole files and by the fragments of the YAML form.
 * A part left incomplete by a syntax error lowers to `undefined` (the error is already reported).
 */
import type { CstNode } from 'chevrotain';
import type { Diagnostic } from './diagnostic.js';
import type {
  AnchorIR,
  AnchorWhich,
  ComparisonOperator,
  ConditionIR,
  DurationIR,
  DurationUnit,
  EventMatchIR,
  Literal,
  MonthRounding,
  Operand,
  RequirementIR,
  WhileIR,
} from './ir.js';
import { childNode, childNodes, childToken, nodeRange, spanOf } from './cst-access.js';
import { dateValue, decodeString, wholeNumber } from './literals.js';
import { rangeOfToken } from './token-range.js';

/** Where lowering reports what it finds wrong. */
export interface Lowering {
  diagnostics: Diagnostic[];
}

/** The spelling of a `name` / `plainName` node. */
export function nameOf(node: CstNode | undefined): string | undefined {
  return childToken(node, 'word')?.image;
}

function withLoc<T extends object>(value: T, node: CstNode | undefined): T {
  const loc = nodeRange(node);
  return loc === undefined ? value : { ...value, loc };
}

export function lowerCondition(node: CstNode | undefined, lowering: Lowering): ConditionIR | undefined {
  const args = childNodes(node, 'disjunct').flatMap((disjunct) => lowerDisjunct(disjunct, lowering) ?? []);
  if (args.length === 0) return undefined;
  if (args.length === 1) return args[0];
  return withLoc({ op: 'or' as const, args }, node);
}

function lowerDisjunct(node: CstNode, lowering: Lowering): ConditionIR | undefined {
  const args = childNodes(node, 'negation').flatMap((negation) => lowerNegation(negation, lowering) ?? []);
  if (args.length === 0) return undefined;
  if (args.length === 1) return args[0];
  return withLoc({ op: 'and' as const, args }, node);
}

function lowerNegation(node: CstNode, lowering: Lowering): ConditionIR | undefined {
  const negated = childNode(node, 'negated');
  if (negated !== undefined) {
    const arg = lowerNegation(negated, lowering);
    return arg === undefined ? undefined : withLoc({ op: 'not' as const, arg }, node);
  }
  const atom = childNode(node, 'atom');
  return atom === undefined ? undefined : lowerAtom(atom, lowering);
}

function lowerAtom(node: CstNode, lowering: Lowering): ConditionIR | undefined {
  const inner = childNode(node, 'condition');
  if (inner !== undefined) return lowerCondition(inner, lowering);
  const constant = childToken(node, 'constant');
  if (constant !== undefined) return { op: 'constant', value: constant.image === 'true', loc: rangeOfToken(constant) };
  const refNode = childNode(node, 'ref');
  const ref = nameOf(refNode);
  if (ref === undefined) return undefined;
  const left: Operand = withLoc({ ref }, refNode);
  const operator = childToken(node, 'operator');
  if (operator !== undefined) {
    const right = lowerOperand(childNode(node, 'value'), lowering);
    if (right === undefined) return undefined;
    return withLoc({ op: 'compare' as const, operator: operator.image as ComparisonOperator, left, right }, node);
  }
  if (childToken(node, 'KwIn') !== undefined) {
    const values = childNodes(node, 'value').flatMap((value) => {
      const operand = lowerOperand(value, lowering);
      return operand === undefined ? [] : [operand.value];
    });
    if (values.length === 0) return undefined;
    return withLoc({ op: 'in' as const, left, values }, node);
  }
  return withLoc({ op: 'is-true' as const, ref }, node);
}

function lowerOperand(node: CstNode | undefined, lowering: Lowering): { value: Literal; loc?: ReturnType<typeof nodeRange> } | undefined {
  const value = lowerLiteral(node, lowering);
  return value === undefined ? undefined : withLoc({ value }, node);
}

function lowerLiteral(node: CstNode | undefined, lowering: Lowering): Literal | undefined {
  const number = childToken(node, 'number');
  if (number !== undefined) return Number(number.image);
  const string = childToken(node, 'string');
  if (string !== undefined) return decodeString(string, lowering.diagnostics);
  const date = childToken(node, 'date');
  if (date !== undefined) return dateValue(date, lowering.diagnostics) ?? date.image;
  const boolean = childToken(node, 'boolean');
  if (boolean !== undefined) return boolean.image === 'true';
  return nameOf(childNode(node, 'member'));
}

const unitsByWord = new Map<string, DurationUnit>([
  ['day', 'days'],
  ['days', 'days'],
  ['week', 'weeks'],
  ['weeks', 'weeks'],
  ['month', 'months'],
  ['months', 'months'],
]);

export function lowerDuration(node: CstNode | undefined, lowering: Lowering): DurationIR | undefined {
  const amountToken = childToken(node, 'amount');
  const unitNode = childNode(node, 'unit');
  const word = childToken(unitNode, 'word');
  if (amountToken === undefined || word === undefined) return undefined;
  const amount = wholeNumber(amountToken, 'a duration', lowering.diagnostics);
  const unit = childToken(unitNode, 'working') !== undefined ? 'working-days' : unitsByWord.get(word.image);
  if (amount === undefined || unit === undefined) return undefined;
  const rounding = childToken(node, 'rounding')?.image as MonthRounding | undefined;
  return withLoc({ amount, unit, ...(rounding === undefined ? {} : { rounding }) }, node);
}

export function lowerMatch(node: CstNode | undefined, lowering: Lowering): EventMatchIR | undefined {
  const event = nameOf(childNode(node, 'event'));
  if (event === undefined) return undefined;
  const where = lowerCondition(childNode(node, 'condition'), lowering);
  return withLoc({ event, ...(where === undefined ? {} : { where }) }, node);
}

/** `loc` spans `first|last|each` and the match; a fallback carries its own `loc`. */
export function lowerAnchor(node: CstNode | undefined, lowering: Lowering): AnchorIR | undefined {
  const matchNode = childNode(node, 'match');
  const match = lowerMatch(matchNode, lowering);
  if (match === undefined) return undefined;
  const whichToken = childToken(node, 'which');
  const which = (whichToken?.image ?? 'first') as AnchorWhich;
  const fallback = lowerAnchor(childNode(node, 'fallback'), lowering);
  const loc = spanOf(whichToken === undefined ? undefined : rangeOfToken(whichToken), nodeRange(matchNode));
  return {
    ...match,
    which,
    ...(fallback === undefined ? {} : { fallback }),
    ...(loc === undefined ? {} : { loc }),
  };
}

/** `loc` spans the match and the duration. */
export function lowerRequirement(node: CstNode | undefined, lowering: Lowering): RequirementIR | undefined {
  const match = lowerMatch(childNode(node, 'match'), lowering);
  const within = lowerDuration(childNode(node, 'duration'), lowering);
  if (match === undefined || within === undefined) return undefined;
  return withLoc({ ...match, within }, node);
}

export function lowerWhile(node: CstNode | undefined, lowering: Lowering): WhileIR | undefined {
  const from = lowerMatch(childNode(node, 'from'), lowering);
  const to = lowerMatch(childNode(node, 'to'), lowering);
  if (from === undefined || to === undefined) return undefined;
  return withLoc({ from, to }, node);
}
