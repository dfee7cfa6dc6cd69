/** The token at an offset, and what kinds of declaration a name there may stand for. */
import { completionContextAt } from './content-assist.js';
import type { DeclaredNameKind } from './declaration-index.js';
import { eventOfFilter, nameSlots, tokensBefore, type NameSlot } from './name-slots.js';
import { tokenize, type SourceToken } from './tokenize.js';

/** The word (or other token) the offset is in or just after; comments are not tokens here. */
export function tokenAt(source: string, offset: number): SourceToken | undefined {
  const touching = tokenize(source).filter((token) => token.kind !== 'comment' && token.offset <= offset && offset <= token.offset + token.image.length);
  return touching.find((token) => token.kind === 'name' || token.kind === 'keyword' || token.kind === 'weekday') ?? touching[0];
}

const FALLBACK_ORDER: readonly DeclaredNameKind[] = ['event', 'rule', 'fact', 'calendar', 'escalation', 'thresholds', 'attribute', 'policy'];

export interface NameAt {
  token: SourceToken;
  /** What the grammar expects there (empty when it expects no name). */
  slots: NameSlot[];
  /** The kinds to look the name up as: those the grammar expects, or every kind where it expects no name. */
  kinds: DeclaredNameKind[];
  /** For an attribute in a `where` filter: the event it belongs to. */
  filterEvent?: string;
}

/** The name at an offset, or undefined when the offset is not on a name. */
export function nameAt(source: string, offset: number): NameAt | undefined {
  const token = tokenAt(source, offset);
  return token === undefined ? undefined : nameOfToken(source, token);
}

/** What a token (from `tokenAt`) names, or undefined when it is not a name. */
export function nameOfToken(source: string, token: SourceToken): NameAt | undefined {
  if (token.kind !== 'name') return undefined;
  const slots = nameSlots(completionContextAt(source, token.offset));
  const expected = slots.map((slot) => slot.kind).filter((kind): kind is DeclaredNameKind => kind !== 'enum-value');
  const kinds = slots.length === 0 ? [...FALLBACK_ORDER] : [...new Set(expected)];
  const filterEvent = expected.includes('attribute') ? eventOfFilter(tokensBefore(source, token.offset)) : undefined;
  return { token, slots, kinds, ...(filterEvent === undefined ? {} : { filterEvent }) };
}
