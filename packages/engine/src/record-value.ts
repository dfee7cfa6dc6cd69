import type { AttributeType } from '@wt/dsl';
import { formatIsoDate, parseIsoDate } from './day-number.js';

/** Returned by `acceptValue` for a value of the wrong type. */
export const REJECTED: unique symbol = Symbol('rejected');

/**
 * The value as the engine keeps it, when it has one of the accepted types: dates become `YYYY-MM-DD`
 * (a time of day is dropped), everything else is kept as it is.
 */
export function acceptValue(types: readonly AttributeType[], value: unknown): unknown {
  for (const type of types) {
    switch (type.kind) {
      case 'boolean':
        if (typeof value === 'boolean') return value;
        break;
      case 'number':
        if (typeof value === 'number' && Number.isFinite(value)) return value;
        break;
      case 'string':
        if (typeof value === 'string') return value;
        break;
      case 'date':
        if (typeof value === 'string') {
          const day = parseIsoDate(value);
          if (day !== undefined) return value.length === 10 ? value : formatIsoDate(day);
        }
        break;
      case 'enum':
        if (typeof value === 'string' && type.values.includes(value)) return value;
        break;
    }
  }
  return REJECTED;
}

/** "a boolean", "a number", "one of nfa, transferred" — what was expected, never what was found. */
export function describeTypes(types: readonly AttributeType[]): string {
  return types
    .map((type) => {
      switch (type.kind) {
        case 'boolean':
          return 'a boolean (true or false)';
        case 'number':
          return 'a number';
        case 'string':
          return 'a string';
        case 'date':
          return 'a date (YYYY-MM-DD)';
        case 'enum':
          return `one of ${type.values.join(', ')}`;
      }
    })
    .join(' or ');
}
