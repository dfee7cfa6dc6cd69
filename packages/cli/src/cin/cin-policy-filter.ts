/**
 * Keeps of a census case only what a policy declares: its event types, their attributes, its facts.
 * The census records more than any one policy reads (assessment starts, CIN plans, pre-proceedings),
 * and a policy rejects a case that holds an event type it does not declare; dropping what the policy
 * cannot use loses nothing its rules or thresholds could see. So one census file can be checked
 * against the statutory baseline, the census-aware policy and any local protocol alike.
 */
import type { CinCase } from './cin-episode-case.js';

export interface CinDeclarations {
  event(type: string): boolean;
  attribute(type: string, name: string): boolean;
  fact(name: string): boolean;
}

export interface FilteredCase {
  value: CinCase;
  /** Event types and facts left out, each once. */
  dropped: string[];
}

const RESERVED = new Set(['type', 'date']);

export function filterToPolicy(value: CinCase, declared: CinDeclarations): FilteredCase {
  const dropped = new Set<string>();
  const events: CinCase['events'] = [];
  for (const event of value.events) {
    if (!declared.event(event.type)) {
      dropped.add(`event ${event.type}`);
      continue;
    }
    const kept: CinCase['events'][number] = { type: event.type, date: event.date };
    for (const [name, attribute] of Object.entries(event)) {
      if (RESERVED.has(name)) continue;
      if (declared.attribute(event.type, name)) kept[name] = attribute;
      else dropped.add(`attribute ${event.type}.${name}`);
    }
    events.push(kept);
  }
  const facts: Record<string, unknown> = {};
  for (const [name, fact] of Object.entries(value.facts)) {
    if (declared.fact(name)) facts[name] = fact;
    else dropped.add(`fact ${name}`);
  }
  return { value: { id: value.id, child: value.child, events, facts }, dropped: [...dropped] };
}
