/**
 * The English words shared by `describe-condition.ts` (what a condition says) and the explanations of
 * compiled conditions (why it held or not for given values), so that both read alike.
 */
import type { ComparisonOperator, Literal } from '@wt/dsl';
import { isDateLiteral, listWithOr, type ValueDomain } from './value-domain.js';

const NAME_LIKE = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const PHRASES: Record<ComparisonOperator, string> = {
  '=': 'is',
  '!=': 'is not',
  '<': 'is less than',
  '<=': 'is at most',
  '>': 'is more than',
  '>=': 'is at least',
};

const DATE_PHRASES: Record<ComparisonOperator, string> = {
  '=': 'is',
  '!=': 'is not',
  '<': 'is before',
  '<=': 'is on or before',
  '>': 'is after',
  '>=': 'is on or after',
};

const NEGATED: Record<ComparisonOperator, ComparisonOperator> = {
  '=': '!=',
  '!=': '=',
  '<': '>=',
  '<=': '>',
  '>': '<=',
  '>=': '<',
};

const FLIPPED: Record<ComparisonOperator, ComparisonOperator> = {
  '=': '=',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

/** "is at least", or "is on or after" for dates. */
export function comparisonPhrase(operator: ComparisonOperator, domain: ValueDomain | undefined): string {
  return (domain?.kind === 'date' ? DATE_PHRASES : PHRASES)[operator];
}

/** The operator that holds exactly when `operator` does not (for values of one kind). */
export function negateOperator(operator: ComparisonOperator): ComparisonOperator {
  return NEGATED[operator];
}

/** The operator with its operands swapped: `3 < x` is `x > 3`. */
export function flipOperator(operator: ComparisonOperator): ComparisonOperator {
  return FLIPPED[operator];
}

export function isOrdering(operator: ComparisonOperator): boolean {
  return operator !== '=' && operator !== '!=';
}

/**
 * A literal as a reader expects it: numbers, dates, `true`, enum members and other names plain;
 * other text, and any text of a name declared as free text (`declared`), in double quotes.
 */
export function formatLiteral(literal: Literal, declared?: ValueDomain): string {
  if (typeof literal !== 'string') return String(literal);
  if (declared?.kind === 'string' && declared.members === undefined) return quote(literal);
  return NAME_LIKE.test(literal) || isDateLiteral(literal) ? literal : quote(literal);
}

/** A value from a case or an event, for explanations of a decision about that case. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return NAME_LIKE.test(value) || DATE_LIKE.test(value) ? value : quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'a value of another kind';
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** "N1", "1 or 2", "one of N1, N2 or N3". */
export function oneOf(items: readonly string[]): string {
  return items.length <= 2 ? listWithOr(items) : `one of ${listWithOr(items)}`;
}

/** "not N1", "neither 1 nor 2", "not one of N1, N2 or N3". */
export function notOneOf(items: readonly string[]): string {
  if (items.length === 2) return `neither ${items[0]} nor ${items[1]}`;
  return `not ${oneOf(items)}`;
}

/** Clauses joined by "and", with a comma before it when a clause has commas of its own. */
export function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses.join('');
  return clauses.join(clauses.some((clause) => clause.includes(',')) ? ', and ' : ' and ');
}
