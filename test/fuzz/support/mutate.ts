/**
 * Mutations of real input files, as plain data (so that fast-check prints a failing one readably):
 * delete, duplicate or swap characters, tokens or lines; insert a hostile string; rename a name to
 * `__proto__`; cut the file short; switch to CRLF or tabs. Positions are drawn as naturals and taken
 * modulo the text's length, so that any mutation applies to any text.
 */
import fc from 'fast-check';
import { hostileString, OBJECT_PROPERTY_NAMES } from './hostile.js';

export type Unit = 'char' | 'token' | 'line';

export type Mutation =
  | { kind: 'delete'; unit: Unit; at: number; count: number }
  | { kind: 'duplicate'; unit: Unit; at: number; count: number }
  | { kind: 'swap'; unit: Unit; at: number; other: number }
  | { kind: 'insert'; at: number; text: string; onBoundary: boolean }
  | { kind: 'rename'; at: number; name: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'crlf' }
  | { kind: 'tabs' };

interface Span {
  start: number;
  end: number;
}

/** Words, quoted strings and single punctuation marks: what a person or a broken tool moves around. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"?|[A-Za-z0-9_][\w.-]*|[^\s]/g;

function spans(text: string, unit: Unit): Span[] {
  if (unit === 'char') return [];
  if (unit === 'line') {
    const found: Span[] = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === '\n') {
        found.push({ start, end: Math.min(i + 1, text.length) });
        start = i + 1;
      }
    }
    return found;
  }
  return [...text.matchAll(TOKEN)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

function pick<T>(items: readonly T[], at: number): T | undefined {
  return items.length === 0 ? undefined : items[at % items.length];
}

function unitSpan(text: string, unit: Unit, at: number, count: number): Span | undefined {
  if (unit === 'char') {
    if (text.length === 0) return undefined;
    const start = at % text.length;
    return { start, end: Math.min(text.length, start + count) };
  }
  const all = spans(text, unit);
  if (all.length === 0) return undefined;
  const first = at % all.length;
  const last = Math.min(all.length - 1, first + count - 1);
  return { start: all[first]!.start, end: all[last]!.end };
}

export function applyMutation(text: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'delete': {
      const span = unitSpan(text, mutation.unit, mutation.at, mutation.count);
      return span === undefined ? text : text.slice(0, span.start) + text.slice(span.end);
    }
    case 'duplicate': {
      const span = unitSpan(text, mutation.unit, mutation.at, mutation.count);
      return span === undefined ? text : text.slice(0, span.end) + text.slice(span.start, span.end) + text.slice(span.end);
    }
    case 'swap': {
      const a = unitSpan(text, mutation.unit, mutation.at, 1);
      const b = unitSpan(text, mutation.unit, mutation.other, 1);
      if (a === undefined || b === undefined || a.end > b.start) return text;
      return text.slice(0, a.start) + text.slice(b.start, b.end) + text.slice(a.end, b.start) + text.slice(a.start, a.end) + text.slice(b.end);
    }
    case 'insert': {
      const boundary = mutation.onBoundary ? pick(spans(text, 'token'), mutation.at) : undefined;
      const at = boundary !== undefined ? boundary.end : text.length === 0 ? 0 : mutation.at % (text.length + 1);
      const glue = boundary !== undefined ? ' ' : '';
      return text.slice(0, at) + glue + mutation.text + text.slice(at);
    }
    case 'rename': {
      const names = spans(text, 'token').filter((span) => /^[A-Za-z]/.test(text.slice(span.start, span.end)));
      const span = pick(names, mutation.at);
      return span === undefined ? text : text.slice(0, span.start) + mutation.name + text.slice(span.end);
    }
    case 'truncate':
      return text.slice(0, mutation.at % (text.length + 1));
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'tabs':
      return text.replace(/^( {2})+/gm, (indent) => '\t'.repeat(indent.length / 2));
  }
}

export function applyMutations(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, text);
}

const unit = fc.constantFrom<Unit>('char', 'token', 'line');
const at = fc.nat();

const anyMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), unit, at, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), unit, at, count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('swap' as const), unit, at, other: at }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: hostileString, onBoundary: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), at, name: fc.constantFrom(...OBJECT_PROPERTY_NAMES) }) },
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'tabs' as const }),
);

/** A mutation that fast-check prints briefly (an inserted 5 MB string is not printed whole). */
export const mutation: fc.Arbitrary<Mutation> = anyMutation.map((value) => {
  const copy = { ...value };
  return Object.defineProperty(copy, fc.toStringMethod, { value: () => describeMutations([copy]), enumerable: false });
});

/** One to four mutations, applied in order. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** Prints a mutation list for a failure message without dumping megabytes of inserted text. */
export function describeMutations(list: readonly Mutation[]): string {
  return JSON.stringify(list, (key, value: unknown) =>
    key === 'text' && typeof value === 'string' && value.length > 80 ? `<${value.length} chars: ${JSON.stringify(value.slice(0, 20))}…>` : value,
  );
}
