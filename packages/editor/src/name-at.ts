/** The token under the cursor, and what kind of name the grammar expects there. */
import { completionContextAt, tokenize, type SourceToken } from '@wt/dsl';
import type { DeclarationKind } from './declaration-index.js';
import { slotKinds } from './name-slots.js';

export function tokenAt(text: string, offset: number): SourceToken | undefined {
  return tokenize(text).find((token) => token.offset <= offset && offset <= token.offset + token.image.length && token.kind !== 'comment');
}

const FALLBACK_ORDER: readonly DeclarationKind[] = ['rule', 'event', 'fact', 'calendar', 'escalation', 'thresholds', 'attribute', 'policy'];

/** The kinds a name at this token may be, most likely first. */
export function kindsAt(text: string, token: SourceToken): DeclarationKind[] {
  const expected = [...slotKinds(completionContextAt(text, token.offset))].filter((kind): kind is DeclarationKind => kind !== 'enum-value');
  return [...expected, ...FALLBACK_ORDER.filter((kind) => !expected.includes(kind))];
}
