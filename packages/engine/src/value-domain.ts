import type { AttributeType, Literal } from '@wt/dsl';
import { parseIsoDate } from './day-number.js';

/**
 * The domain a condition compares its values in. Values are normalised before they are compared:
 * numbers and booleans stay as they are, text stays text (an enum is text restricted to its members),
 * and dates (`YYYY-MM-DD`, or an ISO date-time whose time is ignored) become day numbers, which order
 * exactly as their `YYYY-MM-DD` strings do.
 */
export type ValueKind = 'number' | 'string' | 'boolean' | 'date';

export interface ValueDomain {
  kind: ValueKind;
  /** The members of an enum (`one of (N1, N2)`); absent for plain text. */
  members?: readonly string[];
}

/** The outcome of normalising a value that does not belong to the domain. */
export const MISMATCH: unique symbol = Symbol('mismatch');

export type Normalised = number | string | boolean;

export type Normaliser = (value: unknown) => Normalised | typeof MISMATCH;

const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}$/;

export function domainOfType(type: AttributeType): ValueDomain {
  if (type.kind === 'enum') return { kind: 'string', members: type.values };
  return { kind: type.kind };
}

/** The domain a literal implies when its name has no declared type: `2024-04-01` is a date. */
export function domainOfLiteral(literal: Literal): ValueDomain {
  if (typeof literal === 'number') return { kind: 'number' };
  if (typeof literal === 'boolean') return { kind: 'boolean' };
  return isDateLiteral(literal) ? { kind: 'date' } : { kind: 'string' };
}

export function isDateLiteral(text: string): boolean {
  return DATE_LITERAL.test(text) && parseIsoDate(text) !== undefined;
}

export function normaliser(domain: ValueDomain): Normaliser {
  switch (domain.kind) {
    case 'number':
      return (value) => (typeof value === 'number' && !Number.isNaN(value) ? value : MISMATCH);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : MISMATCH);
    case 'date':
      return (value) => (typeof value === 'string' ? (parseIsoDate(value) ?? MISMATCH) : MISMATCH);
    case 'string': {
      const members = domain.members;
      if (members === undefined) return (value) => (typeof value === 'string' ? value : MISMATCH);
      const memberSet = new Set(members);
      return (value) => (typeof value === 'string' && memberSet.has(value) ? value : MISMATCH);
    }
  }
}

/** "a number", "one of N1, N2 or N3": what a value of the domain is, for warnings. */
export function describeDomain(domain: ValueDomain): string {
  switch (domain.kind) {
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a date (YYYY-MM-DD)';
    case 'string':
      return domain.members === undefined ? 'text' : `one of ${listWithOr(domain.members)}`;
  }
}

/** What kind of value was given, never the value itself: case data is personal data. */
export function describeKindOf(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'not a number' : 'a number';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return 'true or false';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return 'a value of another kind';
}

/** "a", "a or b", "a, b or c". */
export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
