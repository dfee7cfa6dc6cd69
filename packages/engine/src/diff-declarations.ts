/**
 * What changed in the policy's header (title, version, area, dates, source, what it extends) and in its
 * declarations of events and facts. These are neutral: they say what the policy is and what a case
 * record may carry, not what it asks; the rules that use them show any effect.
 */
import type { AttributeType, EventIR, FactIR, ResolvedPolicy } from '@wt/dsl';
import { sameMeaning } from './diff-same-meaning.js';
import type { ItemChange } from './policy-diff-types.js';

const HEADER_FIELDS = ['id', 'title', 'version', 'area', 'effective', 'until', 'source'] as const;

export function diffHeader(oldPolicy: ResolvedPolicy, newPolicy: ResolvedPolicy): ItemChange[] {
  const changes: ItemChange[] = [];
  const field = (subject: string, oldValue: string | undefined, newValue: string | undefined, reason: string) => {
    if ((oldValue ?? '') === (newValue ?? '')) return;
    const change: ItemChange = { change: oldValue === undefined ? 'added' : newValue === undefined ? 'removed' : 'changed', subject, direction: 'neutral', reason };
    if (oldValue !== undefined) change.old = oldValue;
    if (newValue !== undefined) change.new = newValue;
    changes.push(change);
  };
  for (const name of HEADER_FIELDS) field(name, oldPolicy[name], newPolicy[name], name === 'effective' || name === 'until' ? 'when the policy is in force' : 'what the policy is called');
  field('extends', baseOf(oldPolicy), baseOf(newPolicy), 'the policy it builds on');
  field('calendar', oldPolicy.calendar.id, newPolicy.calendar.id, 'the working-day calendar (its days are compared below)');
  field('default escalation', oldPolicy.defaultEscalation, newPolicy.defaultEscalation, 'the ladder of rules that name none');
  return changes;
}

function baseOf(policy: ResolvedPolicy): string | undefined {
  return policy.chain.length > 1 ? policy.chain.slice(0, -1).join(' → ') : undefined;
}

function typeText(type: AttributeType): string {
  return type.kind === 'enum' ? `one of (${type.values.join(', ')})` : type.kind;
}

function eventText(event: EventIR): string {
  const attributes = event.attributes.map((attribute) => `${attribute.name}: ${typeText(attribute.type)}`).join(', ');
  return `${event.description ?? event.id}${attributes === '' ? '' : ` { ${attributes} }`}`;
}

function factText(fact: FactIR): string {
  return `${fact.description ?? fact.id} (${typeText(fact.type)})`;
}

function diffNamed<T extends { id: string }>(oldItems: readonly T[], newItems: readonly T[], text: (item: T) => string, noun: string): ItemChange[] {
  const changes: ItemChange[] = [];
  const newById = new Map(newItems.map((item) => [item.id, item]));
  const oldIds = new Set(oldItems.map((item) => item.id));
  for (const item of oldItems) {
    const next = newById.get(item.id);
    if (next === undefined) changes.push({ change: 'removed', subject: `${noun} ${item.id}`, old: text(item), direction: 'neutral', reason: `no longer ${article(noun)} ${noun} of the policy` });
    else if (!sameMeaning(item, next)) changes.push({ change: 'changed', subject: `${noun} ${item.id}`, old: text(item), new: text(next), direction: 'neutral', reason: 'its description or type' });
  }
  for (const item of newItems) {
    if (!oldIds.has(item.id)) changes.push({ change: 'added', subject: `${noun} ${item.id}`, new: text(item), direction: 'neutral', reason: `a new ${noun}` });
  }
  return changes;
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? 'an' : 'a';
}

export function diffEvents(oldPolicy: ResolvedPolicy, newPolicy: ResolvedPolicy): ItemChange[] {
  return diffNamed(oldPolicy.events, newPolicy.events, eventText, 'event');
}

export function diffFacts(oldPolicy: ResolvedPolicy, newPolicy: ResolvedPolicy): ItemChange[] {
  return diffNamed(oldPolicy.facts, newPolicy.facts, factText, 'fact');
}
