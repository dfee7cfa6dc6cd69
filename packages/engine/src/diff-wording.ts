/**
 * The words that the policy diff and the published protocol share, so that both read alike:
 * "45 working days", "the referral", "each review child protection conference", "the first strategy
 * discussion where s47 is true, otherwise the last strategy discussion", and a rule as one sentence:
 * "Team manager reviews the assessment within 10 working days of the referral."
 */
import type { AnchorIR, AttributeType, DurationIR, EventIR, EventMatchIR, ResolvedRule, WhileIR } from '@wt/dsl';
import { describeCondition } from './describe-condition.js';
import { durationWords } from './duration-words.js';
import { nameTypes } from './name-types.js';

/** The events of a policy by id, for wording. */
export type EventLookup = ReadonlyMap<string, EventIR>;

export function eventLookup(events: readonly EventIR[]): EventLookup {
  return new Map(events.map((event) => [event.id, event]));
}

const ROUNDING_WORDS = {
  'last-day': '',
  'next-month-start': ' (a missing day rounds to the 1st of the next month)',
  refuse: ' (no due date when the day does not exist)',
} as const;

/** "45 working days", "3 months", "1 month (a missing day rounds to the 1st of the next month)". */
export function durationPhrase(duration: DurationIR): string {
  const rounding = duration.unit === 'months' ? ROUNDING_WORDS[duration.rounding ?? 'last-day'] : '';
  return `${durationWords(duration.amount, duration.unit)}${rounding}`;
}

/** Descriptions that are clauses ("Child protection plan starts") do not read as nouns. */
const CLAUSE_ENDINGS = new Set(['starts', 'started', 'ends', 'ended', 'begins', 'stops', 'closes', 'closed', 'opens', 'happens', 'completed', 'received', 'changes']);
const MAX_NOUN_WORDS = 4;

/**
 * How an event reads after "the" or "each": its description when it is a short noun phrase
 * ("strategy discussion"), its name when that is one word ("referral"), else "plan-start event".
 */
export function eventNoun(events: EventLookup, id: string): string {
  const description = events.get(id)?.description?.trim();
  if (description !== undefined && description !== '') {
    const words = description.split(/\s+/);
    const last = (words[words.length - 1] ?? '').toLowerCase();
    const clause = CLAUSE_ENDINGS.has(last) || (words.length > 1 && last.endsWith('ed'));
    if (words.length <= MAX_NOUN_WORDS && !clause && !/[:;(),.]/.test(description)) return lowerFirstWord(description);
  }
  return /^[a-z0-9]+$/i.test(id) ? id : `${id} event`;
}

/** "Strategy discussion" → "strategy discussion"; "ICPC held" keeps its capitals. */
function lowerFirstWord(text: string): string {
  const second = text.charAt(1);
  return second !== '' && second === second.toLowerCase() ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function attributeTypes(events: EventLookup, eventId: string) {
  const attributes = events.get(eventId)?.attributes ?? [];
  return nameTypes(attributes.map((attribute): [string, AttributeType] => [attribute.name, attribute.type]));
}

/** " where s47 is true", or nothing. */
export function filterPhrase(events: EventLookup, match: EventMatchIR): string {
  if (match.where === undefined) return '';
  return ` where ${describeCondition(match.where, { types: attributeTypes(events, match.event) })}`;
}

/** "the strategy discussion where s47 is true". */
export function matchPhrase(events: EventLookup, match: EventMatchIR): string {
  return `the ${eventNoun(events, match.event)}${filterPhrase(events, match)}`;
}

/**
 * "the referral" (or "the first referral" when `explicit`), "the last strategy discussion",
 * "each plan-start event", with the fallback: "…, otherwise the last strategy discussion".
 */
export function anchorPhrase(events: EventLookup, anchor: AnchorIR, explicit = false): string {
  const noun = `${eventNoun(events, anchor.event)}${filterPhrase(events, anchor)}`;
  const which = anchor.which === 'each' ? `each ${noun}` : anchor.which === 'last' || explicit || anchor.fallback ? `the ${anchor.which} ${noun}` : `the ${noun}`;
  return anchor.fallback === undefined ? which : `${which}, otherwise ${anchorPhrase(events, anchor.fallback, true)}`;
}

/** "only between the plan-start event and the plan-end event". */
export function whilePhrase(events: EventLookup, state: WhileIR): string {
  return `only between ${matchPhrase(events, state.from)} and ${matchPhrase(events, state.to)}`;
}

/** "cancelled by the referral-closed event where outcome is nfa". */
export function unlessPhrase(events: EventLookup, cancels: readonly EventMatchIR[]): string {
  return `cancelled by ${cancels.map((match) => matchPhrase(events, match)).join(' or ')}`;
}

/** "initial-assessment" → "initial assessment". */
export function idWords(id: string): string {
  return id.replace(/-/g, ' ');
}

/** The rule's title, or its name in words. */
export function ruleTitle(rule: Pick<ResolvedRule, 'id' | 'title'>): string {
  const title = rule.title?.trim();
  return title !== undefined && title !== '' ? title : capitalise(idWords(rule.id));
}

/** "within 45 working days of the referral". */
export function deadlinePhrase(events: EventLookup, rule: Pick<ResolvedRule, 'start' | 'requires'>): string {
  return `within ${durationPhrase(rule.requires.within)} of ${anchorPhrase(events, rule.start)}`;
}

/** "Team manager reviews the assessment within 10 working days of the referral." */
export function ruleSentence(events: EventLookup, rule: ResolvedRule): string {
  const state = rule.while === undefined ? '' : `, ${whilePhrase(events, rule.while)}`;
  return `${ruleTitle(rule)} ${deadlinePhrase(events, rule)}${state}.`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function listWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
