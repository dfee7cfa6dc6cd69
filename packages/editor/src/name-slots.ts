/**
 * What kind of name the grammar expects at a place, from the rule stack that content assist gives
 * (`…/requirement/match/name` is an event) and the word before the cursor.
 */
import type { CompletionContext } from '@wt/dsl';
import type { DeclarationKind } from './declaration-index.js';

export type NameSlot = DeclarationKind | 'enum-value';

export function slotKinds(context: CompletionContext): Set<NameSlot> {
  const kinds = new Set<NameSlot>();
  const previous = context.previousImage;
  for (const stack of context.nameSlots) {
    const path = stack.join('/');
    const parent = stack[stack.length - 2] ?? '';
    if (path.includes('/value/')) {
      kinds.add('enum-value');
      continue;
    }
    if (path.includes('/condition/')) {
      kinds.add(path.includes('thresholdsDecl') ? 'fact' : 'attribute');
      continue;
    }
    if (parent === 'match') kinds.add('event');
    else if (parent === 'policyDecl') {
      if (previous === 'extends') kinds.add('policy');
    } else if (parent === 'policyItem' || parent === 'ruleItem') {
      kinds.add(previous === 'calendar' ? 'calendar' : 'escalation');
    } else if (parent === 'calendarDecl') {
      if (previous === 'extends') kinds.add('calendar');
    } else if (parent === 'ruleDecl' || parent === 'removalDecl') kinds.add('rule');
    else if (parent === 'escalationDecl') kinds.add('escalation');
  }
  return kinds;
}

/** The event whose attributes a `where` filter reads: the name before the last `where` in the text. */
export function eventBeforeWhere(textBeforeCursor: string): string | undefined {
  const matches = [...textBeforeCursor.matchAll(/([A-Za-z][A-Za-z0-9-]*)\s+where\b/g)];
  return matches[matches.length - 1]?.[1];
}

/** The fact or attribute compared in `name = |` or `name in (a, |`. */
export function comparedName(textBeforeCursor: string): string | undefined {
  const match = /([A-Za-z][A-Za-z0-9-]*)\s*(?:=|!=|\bin\s*\([^)]*)\s*[A-Za-z0-9-]*$/.exec(textBeforeCursor);
  return match?.[1];
}
