/**
 * The leaves of a condition: `x`, `x >= 3`, `x in (1, 2)`, `x < y`. A missing value (absent, null or
 * undefined) makes a leaf unknown; a present value of the wrong type makes it false, with a warning.
 */
import type { ComparisonOperator, Literal } from '@wt/dsl';
import { addWarning, type ConditionExplanation, type ConditionNode, type WarningSink } from './condition-node.js';
import {
  comparisonPhrase,
  formatLiteral,
  formatValue,
  isOrdering,
  negateOperator,
  notOneOf,
  oneOf,
} from './condition-wording.js';
import type { NameTypes } from './name-types.js';
import { UNKNOWN, type TriState } from './tri-state.js';
import {
  describeDomain,
  describeKindOf,
  domainOfLiteral,
  domainOfType,
  MISMATCH,
  normaliser,
  type Normalised,
  type ValueDomain,
} from './value-domain.js';
import { isMissing, readValue, type ValueSource } from './value-source.js';

export interface LeafContext {
  types: NameTypes | undefined;
  /** Put before each warning: "thresholds level-of-need: ". */
  warningPrefix: string;
}

type Comparator = (left: Normalised, right: Normalised) => boolean;

// Both sides are normalised into one domain first, so they are of one JavaScript type here.
const COMPARATORS: Record<ComparisonOperator, Comparator> = {
  '=': (a, b) => a === b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => (a as number) < (b as number),
  '<=': (a, b) => (a as number) <= (b as number),
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
};

function explanation(value: TriState, reason: string, missing: string[] = [], warnings: string[] = []): ConditionExplanation {
  return { value, missing, reason, warnings };
}

function missingExplanation(names: string[]): ConditionExplanation {
  const reason = names.length === 1 ? `${names[0]} is missing` : `${names.join(' and ')} are missing`;
  return explanation(UNKNOWN, reason, names);
}

function mismatchMessage(context: LeafContext, name: string, domain: ValueDomain, value: unknown): string {
  return `${context.warningPrefix}${name} should be ${describeDomain(domain)} but is ${describeGiven(domain, value)}`;
}

function describeGiven(domain: ValueDomain, value: unknown): string {
  if (typeof value === 'string' && domain.kind === 'string') return 'another value';
  if (typeof value === 'string' && domain.kind === 'date') return 'text that is not a date';
  return describeKindOf(value);
}

function declaredDomain(context: LeafContext, name: string): ValueDomain | undefined {
  const type = context.types?.(name);
  return type === undefined ? undefined : domainOfType(type);
}

/** `significant-harm` on its own: true when the value is `true`. */
export function compileIsTrue(name: string, context: LeafContext): ConditionNode {
  const domain: ValueDomain = { kind: 'boolean' };
  const warn = (sink: WarningSink | undefined, value: unknown): void => {
    if (sink !== undefined) addWarning(sink, mismatchMessage(context, name, domain, value));
  };
  return {
    evaluate: (values, warnings) => {
      const value = readValue(values, name);
      if (value === true) return true;
      if (value === false) return false;
      if (isMissing(value)) return UNKNOWN;
      warn(warnings, value);
      return false;
    },
    explain: (values) => {
      const value = readValue(values, name);
      if (isMissing(value)) return missingExplanation([name]);
      if (typeof value === 'boolean') return explanation(value, `${name} is ${value}`);
      return explanation(false, `${name} is not ${describeDomain(domain)}`, [], [mismatchMessage(context, name, domain, value)]);
    },
  };
}

/** A leaf whose value does not depend on any name: `3 > 2`, or a comparison that can never hold. */
export function constantLeaf(value: boolean, reason: string): ConditionNode {
  return { evaluate: () => value, explain: () => explanation(value, reason) };
}

/** `3 > 2`: two literals, compared in the domain of the first; false when they are of different kinds. */
export function literalsCompare(left: Literal, operator: ComparisonOperator, right: Literal): boolean {
  const domain = domainOfLiteral(left);
  const normalise = normaliser(domain);
  const leftValue = normalise(left);
  const rightValue = normalise(right);
  if (leftValue === MISMATCH || rightValue === MISMATCH || (domain.kind === 'boolean' && isOrdering(operator))) return false;
  return COMPARATORS[operator](leftValue, rightValue);
}

/** `needs-score >= 3`: a named value against a literal. */
export function compileCompareWithLiteral(
  name: string,
  operator: ComparisonOperator,
  literal: Literal,
  context: LeafContext,
): ConditionNode {
  const declared = declaredDomain(context, name);
  const domain = declared ?? domainOfLiteral(literal);
  const normalise = normaliser(domain);
  const expected = normalise(literal);
  const shown = formatLiteral(literal, declared);
  if (expected === MISMATCH || (domain.kind === 'boolean' && isOrdering(operator))) {
    return incomparableLeaf([name], `${name} (${describeDomain(domain)}) cannot be compared with ${shown}`, context);
  }
  const compare = COMPARATORS[operator];
  return {
    evaluate: (values, warnings) => {
      const raw = readValue(values, name);
      if (isMissing(raw)) return UNKNOWN;
      const value = normalise(raw);
      if (value === MISMATCH) {
        if (warnings !== undefined) addWarning(warnings, mismatchMessage(context, name, domain, raw));
        return false;
      }
      return compare(value, expected);
    },
    explain: (values) => {
      const raw = readValue(values, name);
      if (isMissing(raw)) return missingExplanation([name]);
      const value = normalise(raw);
      if (value === MISMATCH) {
        return explanation(false, `${name} is not ${describeDomain(domain)}`, [], [mismatchMessage(context, name, domain, raw)]);
      }
      const holds = compare(value, expected);
      return explanation(holds, compareReason(name, formatValue(raw), operator, holds, shown, domain));
    },
  };
}

function compareReason(
  name: string,
  shownValue: string,
  operator: ComparisonOperator,
  holds: boolean,
  shownOther: string,
  domain: ValueDomain,
): string {
  const equalityHolds = (operator === '=') === holds;
  if (domain.kind === 'boolean' || (!isOrdering(operator) && equalityHolds)) return `${name} is ${shownValue}`;
  if (!isOrdering(operator)) return `${name} is ${shownValue}, not ${shownOther}`;
  const stated = holds ? operator : negateOperator(operator);
  return `${name} is ${shownValue}, which ${comparisonPhrase(stated, domain)} ${shownOther}`;
}

/** `needs-score >= threshold-score`: two named values. */
export function compileCompareNames(
  left: string,
  operator: ComparisonOperator,
  right: string,
  context: LeafContext,
): ConditionNode {
  const leftDomain = declaredDomain(context, left);
  const rightDomain = declaredDomain(context, right);
  if (leftDomain !== undefined && rightDomain !== undefined && leftDomain.kind !== rightDomain.kind) {
    return incomparableLeaf([left, right], `${left} (${describeDomain(leftDomain)}) cannot be compared with ${right} (${describeDomain(rightDomain)})`, context);
  }
  const fixedDomain = leftDomain ?? rightDomain;
  const fixedNormalise = fixedDomain === undefined ? undefined : normaliser(fixedDomain);
  const compare = COMPARATORS[operator];

  /** The two values in one domain, or the message saying why they cannot be compared. */
  const normalisePair = (leftRaw: unknown, rightRaw: unknown): { domain: ValueDomain; left: Normalised; right: Normalised } | string => {
    const domain = fixedDomain ?? domainOfValue(leftRaw);
    const normalise = fixedNormalise ?? normaliser(domain);
    const leftValue = normalise(leftRaw);
    if (leftValue === MISMATCH) return mismatchMessage(context, left, domain, leftRaw);
    const rightValue = normalise(rightRaw);
    if (rightValue === MISMATCH) return mismatchMessage(context, right, domain, rightRaw);
    if (domain.kind === 'boolean' && isOrdering(operator)) return `${context.warningPrefix}${left} and ${right} are true or false, which cannot be ordered`;
    return { domain, left: leftValue, right: rightValue };
  };

  return {
    evaluate: (values, warnings) => {
      const leftRaw = readValue(values, left);
      const rightRaw = readValue(values, right);
      if (isMissing(leftRaw) || isMissing(rightRaw)) return UNKNOWN;
      const pair = normalisePair(leftRaw, rightRaw);
      if (typeof pair === 'string') {
        if (warnings !== undefined) addWarning(warnings, pair);
        return false;
      }
      return compare(pair.left, pair.right);
    },
    explain: (values) => {
      const leftRaw = readValue(values, left);
      const rightRaw = readValue(values, right);
      const missing = [left, right].filter((name, index) => isMissing(index === 0 ? leftRaw : rightRaw));
      if (missing.length > 0) return missingExplanation([...new Set(missing)]);
      const pair = normalisePair(leftRaw, rightRaw);
      if (typeof pair === 'string') return explanation(false, `${left} cannot be compared with ${right}`, [], [pair]);
      const holds = compare(pair.left, pair.right);
      return explanation(holds, compareReason(left, formatValue(leftRaw), operator, holds, `${right} (${formatValue(rightRaw)})`, pair.domain));
    },
  };
}

/** The domain a value implies when neither name of a comparison has a declared type. */
function domainOfValue(value: unknown): ValueDomain {
  if (typeof value === 'number') return { kind: 'number' };
  if (typeof value === 'boolean') return { kind: 'boolean' };
  if (typeof value === 'string') return domainOfLiteral(value.length > 10 && value[10] === 'T' ? value.slice(0, 10) : value);
  return { kind: 'string' };
}

/** `needs-score in (1, 2)`. */
export function compileIn(name: string, literals: readonly Literal[], context: LeafContext): ConditionNode {
  const first = literals[0];
  const declared = declaredDomain(context, name);
  const domain = declared ?? (first === undefined ? { kind: 'string' } : domainOfLiteral(first));
  const normalise = normaliser(domain);
  const accepted = new Set<Normalised>();
  for (const literal of literals) {
    const value = normalise(literal);
    if (value !== MISMATCH) accepted.add(value);
  }
  const shown = literals.map((literal) => formatLiteral(literal, declared));
  return {
    evaluate: (values, warnings) => {
      const raw = readValue(values, name);
      if (isMissing(raw)) return UNKNOWN;
      const value = normalise(raw);
      if (value === MISMATCH) {
        if (warnings !== undefined) addWarning(warnings, mismatchMessage(context, name, domain, raw));
        return false;
      }
      return accepted.has(value);
    },
    explain: (values) => {
      const raw = readValue(values, name);
      if (isMissing(raw)) return missingExplanation([name]);
      const value = normalise(raw);
      if (value === MISMATCH) {
        return explanation(false, `${name} is not ${describeDomain(domain)}`, [], [mismatchMessage(context, name, domain, raw)]);
      }
      const holds = accepted.has(value);
      if (holds && shown.length === 1) return explanation(true, `${name} is ${formatValue(raw)}`);
      return explanation(holds, `${name} is ${formatValue(raw)}, which is ${holds ? oneOf(shown) : notOneOf(shown)}`);
    },
  };
}

/** A comparison that can never hold: unknown while a name is missing, else false with a warning. */
function incomparableLeaf(names: string[], problem: string, context: LeafContext): ConditionNode {
  const message = `${context.warningPrefix}${problem}`;
  return {
    evaluate: (values, warnings) => {
      for (const name of names) if (isMissing(readValue(values, name))) return UNKNOWN;
      if (warnings !== undefined) addWarning(warnings, message);
      return false;
    },
    explain: (values) => {
      const missing = names.filter((name) => isMissing(readValue(values, name)));
      if (missing.length > 0) return missingExplanation(missing);
      return explanation(false, problem, [], [message]);
    },
  };
}
