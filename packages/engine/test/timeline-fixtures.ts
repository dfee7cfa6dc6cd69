/** Hand-made timelines and matches for the evaluator's unit tests. */
import { buildCaseRecord, type CaseEvent, type CaseRecord } from '../src/case-timeline.js';
import type { CompiledMatch } from '../src/compiled-rule.js';
import { eventsOfType } from '../src/anchor-selection.js';
import { day } from './eval-fixtures.js';

/** A case from `[type, date, attributes?]`, in input order. */
export function timeline(events: [string, string, Record<string, unknown>?][]): CaseRecord {
  const list: CaseEvent[] = events.map(([type, date, attributes], index) => ({ type, day: day(date), index, attributes: attributes ?? {} }));
  return buildCaseRecord('T', list, {}, []);
}

const NO_TYPE_IDS: ReadonlyMap<string, number> = new Map();

/** A match on an event type, optionally filtered by one attribute being true. */
export function matchOf(event: string, attribute?: string): CompiledMatch {
  return {
    event,
    test: attribute === undefined ? undefined : (attributes) => attributes[attribute] === true,
    source: { event },
    filterText: attribute === undefined ? undefined : `${attribute} is true`,
    typeIds: NO_TYPE_IDS,
    typeId: -1,
  };
}

export function typed(record: CaseRecord, type: string): readonly CaseEvent[] {
  return eventsOfType(record, matchOf(type));
}
