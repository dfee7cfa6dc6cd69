/**
 * What kind of name the grammar expects at a place, from the rule stacks that content assist gives
 * (`…/requirement/match/name` is an event) and the word before the place: where a name refers to a
 * declaration (`requires referral`) and where it declares one (`event referral`, or a rule of a base
 * policy that `timescale assessment { … }` overrides).
 */
import type { IToken } from 'chevrotain';
import type { CompletionContext } from './content-assist.js';
import type { DeclaredNameKind } from './declaration-index.js';
import { lexSource } from './lexer.js';
import { DateLiteral, DotDot, keywordSpellingOf, LBrace, LParen, Name, NumberLiteral, RBrace } from './tokens.js';

export type NameSlotKind = DeclaredNameKind | 'enum-value';

export interface NameSlot {
  kind: NameSlotKind;
  /** True where the name declares (or, for an override, redeclares) rather than refers. */
  declares: boolean;
}

/** The slots at a place, without duplicates, in the order content assist gives them. */
export function nameSlots(context: CompletionContext): NameSlot[] {
  const slots: NameSlot[] = [];
  for (const stack of context.nameSlots) {
    const slot = slotOf(stack, context.previousImage);
    if (slot !== undefined && !slots.some((other) => other.kind === slot.kind && other.declares === slot.declares)) slots.push(slot);
  }
  return slots;
}

function slotOf(stack: readonly string[], previous: string | undefined): NameSlot | undefined {
  const path = stack.join('/');
  const parent = stack[stack.length - 2] ?? '';
  const refers = (kind: NameSlotKind): NameSlot => ({ kind, declares: false });
  const declares = (kind: NameSlotKind): NameSlot => ({ kind, declares: true });
  if (path.includes('/value/')) return refers('enum-value');
  if (path.includes('/condition/')) return refers(path.includes('thresholdsDecl') ? 'fact' : 'attribute');
  switch (parent) {
    case 'match':
      return refers('event');
    case 'policyDecl':
      return previous === 'extends' ? refers('policy') : declares('policy');
    case 'policyItem':
      return refers(previous === 'calendar' ? 'calendar' : 'escalation');
    case 'ruleItem':
      return refers('escalation');
    case 'calendarDecl':
      return previous === 'extends' ? refers('calendar') : declares('calendar');
    case 'ruleDecl':
      return declares('rule');
    case 'removalDecl':
      return refers('rule');
    case 'escalationDecl':
      return declares('escalation');
    case 'thresholdsDecl':
      return declares('thresholds');
    case 'eventDecl':
      return declares('event');
    case 'factDecl':
      return declares('fact');
    case 'attribute':
      return declares('attribute');
    default:
      return undefined;
  }
}

function isWordLike(token: IToken): boolean {
  const type = token.tokenType;
  return type === Name || type === NumberLiteral || type === DateLiteral || keywordSpellingOf(type) !== undefined;
}

/** The tokens before `offset`, without the word the offset touches (the one being typed). */
export function tokensBefore(source: string, offset: number): IToken[] {
  const lexed = lexSource(source);
  const cursor = offset - lexed.bomLength;
  const before: IToken[] = [];
  for (const token of lexed.tokens) {
    if (token.startOffset >= cursor) break;
    if ((token.endOffset ?? token.startOffset) + 1 >= cursor && isWordLike(token)) break;
    before.push(token);
  }
  return before;
}

function spelling(token: IToken | undefined): string | undefined {
  return token === undefined ? undefined : (keywordSpellingOf(token.tokenType) ?? token.image);
}

/** Keywords that may stand inside a condition; any other keyword (or a brace) ends the search for `where`. */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'in', 'true', 'false']);

function mayStandInCondition(token: IToken): boolean {
  const keyword = keywordSpellingOf(token.tokenType);
  if (keyword !== undefined) return CONDITION_WORDS.has(keyword);
  return token.tokenType !== LBrace && token.tokenType !== RBrace && token.tokenType !== DotDot;
}

/** The event whose attributes a `where` filter reads: the name before the `where` of the condition being written. */
export function eventOfFilter(before: readonly IToken[]): string | undefined {
  for (let index = before.length - 1; index > 0; index--) {
    const token = before[index]!;
    if (spelling(token) === 'where') return before[index - 1]!.image;
    if (!mayStandInCondition(token)) return undefined;
  }
  return undefined;
}

/** The fact or attribute compared in `name = |`, `name != |` or `name in (a, |`. */
export function comparedName(before: readonly IToken[]): string | undefined {
  const last = before.length - 1;
  const lastImage = before[last]?.image;
  if (lastImage === '=' || lastImage === '!=') return before[last - 1]?.image;
  for (let index = last; index > 1; index--) {
    const token = before[index]!;
    if (token.tokenType === LParen) return spelling(before[index - 1]) === 'in' ? before[index - 2]!.image : undefined;
    if (token.image === ')') return undefined;
  }
  return undefined;
}
