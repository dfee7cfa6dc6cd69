/**
 * Hostile pieces of input: names that reach into JavaScript's objects, control and invisible
 * characters, byte-order marks, markup, deep nesting and a 5 MB string. The fuzz tests insert them
 * into real files; the bad-input corpus and the pollution tests use them whole.
 */
import fc from 'fast-check';
import { LONG_SESSION } from './fuzz-parameters.js';

/** Keys that would reach Object.prototype if a reader used a plain object as a map. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Names that are also properties of every JavaScript object. */
export const OBJECT_PROPERTY_NAMES = [...PROTOTYPE_KEYS, 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'] as const;

/** 5 MB of text, built once (5 × 2^20 characters). */
export const FIVE_MB = 'x'.repeat(5 * 1024 * 1024);

/** Characters and short strings that confuse lexers, line counters and terminals. */
export const HOSTILE_FRAGMENTS = [
  '\u0000',
  '\r\n',
  '\r',
  '\t',
  '\ufeff',
  '\ufffe',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u001b[31m',
  '"',
  "'",
  '\\',
  '\\u0000',
  '`',
  '${process.exit()}',
  '<script>alert(1)</script>',
  '</title><img src=x onerror=alert(1)>',
  '&amp;&lt;',
  '{{constructor.constructor("return process")()}}',
  '=cmd|" /C calc"!A0',
  '-1e309',
  '1e400',
  'NaN',
  '9007199254740993',
  '0x10',
  '2023-02-30',
  '0000-00-00',
  '9999-12-31',
  '-271821-04-20',
  '*alias',
  '&anchor',
  '!!js/function',
  '---',
  '...',
  ': ',
  '- ',
  '#',
  '//',
  '/*',
] as const;

/** `depth` opening brackets, a name, and as many closing ones: a condition or value nested deep. */
export function nested(depth: number, open = '(', inner = 'x', close = ')'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/**
 * A hostile string to insert somewhere. Big ones are rare so that thousands of runs stay quick; the
 * 5 MB string is inserted at random only in a long session (CI tests it whole, in its own tests).
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 10, arbitrary: fc.constantFrom(...OBJECT_PROPERTY_NAMES) },
  { weight: 5, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  { weight: 3, arbitrary: fc.nat({ max: 3000 }).map((depth) => nested(depth)) },
  { weight: 2, arbitrary: fc.nat({ max: 3000 }).map((depth) => nested(depth, '[', '1', ']')) },
  { weight: 2, arbitrary: fc.nat({ max: 3000 }).map((depth) => nested(depth, '{"a":', '1', '}')) },
  { weight: 2, arbitrary: fc.nat({ max: 600 }).map((depth) => 'not '.repeat(depth) + 'x') },
  { weight: 2, arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((length) => 'y'.repeat(length)) },
  { weight: LONG_SESSION ? 1 : 0, arbitrary: fc.constant(FIVE_MB) },
);
