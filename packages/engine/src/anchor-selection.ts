import type { CaseEvent, CaseRecord } from './case-timeline.js';
import type { CompiledAnchor, CompiledMatch } from './compiled-rule.js';
import type { DayNumber } from './day-number.js';

const NO_EVENTS: readonly CaseEvent[] = [];

/**
 * The events a match looks at. A record validated by the same compiled policy has them in an array
 * indexed by the policy's event type numbers (no hashing); any other record is looked up by name.
 */
export function eventsOfType(record: CaseRecord, match: CompiledMatch): readonly CaseEvent[] {
  const index = record.typeIndex;
  if (index !== undefined && index.ids === match.typeIds) return index.lists[match.typeId] ?? NO_EVENTS;
  return record.eventsByType.get(match.event) ?? NO_EVENTS;
}

export function matches(match: CompiledMatch, event: CaseEvent): boolean {
  return match.test === undefined || match.test(event.attributes);
}

/** The earliest matching event on or before the as-of date (ties: input order, as events are sorted). */
export function firstMatch(events: readonly CaseEvent[], match: CompiledMatch, asOf: DayNumber): CaseEvent | undefined {
  for (const event of events) {
    if (event.day > asOf) return undefined;
    if (matches(match, event)) return event;
  }
  return undefined;
}

/** The latest matching event on or before the as-of date (ties: the last in input order). */
export function lastMatch(events: readonly CaseEvent[], match: CompiledMatch, asOf: DayNumber): CaseEvent | undefined {
  let found: CaseEvent | undefined;
  for (const event of events) {
    if (event.day > asOf) break;
    if (matches(match, event)) found = event;
  }
  return found;
}

/** How many matching events lie on or before the as-of date. */
export function countMatches(events: readonly CaseEvent[], match: CompiledMatch, asOf: DayNumber): number {
  let count = 0;
  for (const event of events) {
    if (event.day > asOf) break;
    if (matches(match, event)) count++;
  }
  return count;
}

/**
 * The alternative of a rule's anchor that applies as of a date: the primary anchor when it matches some
 * event on or before as-of, else the first `otherwise` fallback that does; undefined when none does.
 */
export function selectAlternative(anchor: CompiledAnchor, record: CaseRecord, asOf: DayNumber): CompiledAnchor | undefined {
  for (let alternative: CompiledAnchor | undefined = anchor; alternative; alternative = alternative.fallback) {
    if (firstMatch(eventsOfType(record, alternative.match), alternative.match, asOf)) return alternative;
  }
  return undefined;
}

/**
 * The anchor events of a rule as of a date, for callers that want them as a list (the evaluator walks
 * them without allocating): one event for `first` and `last`, every matching occurrence for `each`.
 */
export function selectAnchors(anchor: CompiledAnchor, record: CaseRecord, asOf: DayNumber): { alternative: CompiledAnchor; anchors: CaseEvent[] } | undefined {
  const alternative = selectAlternative(anchor, record, asOf);
  if (!alternative) return undefined;
  const events = eventsOfType(record, alternative.match);
  if (alternative.which === 'first') return { alternative, anchors: [firstMatch(events, alternative.match, asOf)!] };
  if (alternative.which === 'last') return { alternative, anchors: [lastMatch(events, alternative.match, asOf)!] };
  const anchors: CaseEvent[] = [];
  for (const event of events) {
    if (event.day > asOf) break;
    if (matches(alternative.match, event)) anchors.push(event);
  }
  return { alternative, anchors };
}
