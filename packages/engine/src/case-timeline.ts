import type { DayNumber } from './day-number.js';

/** One validated event: its date as a day number, its position in the input, and its attributes. */
export interface CaseEvent {
  readonly type: string;
  readonly day: DayNumber;
  /** 0-based position of the event in the input record (`/events/<index>`). */
  readonly index: number;
  /** The event's own id in the source system, when it has one. */
  readonly id?: string;
  /** Declared and undeclared attributes (not `type`, `date` or `id`), in a null-prototype object. */
  readonly attributes: Readonly<Record<string, unknown>>;
}

/**
 * A validated case, ready to evaluate: events ordered by (day, input position), and indexed by type
 * once so that every rule finds its events without scanning the whole timeline.
 */
export interface CaseRecord {
  readonly id: string;
  readonly events: readonly CaseEvent[];
  /** Events of each type, in the same order as `events`. */
  readonly eventsByType: ReadonlyMap<string, readonly CaseEvent[]>;
  /** Facts present in the record (null-prototype object; a null fact is left out: it is missing). */
  readonly facts: Readonly<Record<string, unknown>>;
  /**
   * The same lists by event type number, when the record was validated against a policy's schema: `ids`
   * is that schema's numbering (compared by identity before use), `lists[id]` the events of the type.
   */
  readonly typeIndex?: { readonly ids: ReadonlyMap<string, number>; readonly lists: readonly (readonly CaseEvent[])[] };
  /** Things worth telling about the record that did not stop it being evaluated; copied into the result. */
  readonly warnings: readonly string[];
}

function compareEvents(a: CaseEvent, b: CaseEvent): number {
  return a.day - b.day || a.index - b.index;
}

/** Orders events by (day, input position) and indexes them by type. Takes ownership of `events`. */
export function buildCaseRecord(
  id: string,
  events: CaseEvent[],
  facts: Record<string, unknown>,
  warnings: string[],
  typeIds?: ReadonlyMap<string, number>,
): CaseRecord {
  let sorted = true;
  for (let i = 1; i < events.length; i++) {
    if (compareEvents(events[i - 1]!, events[i]!) > 0) {
      sorted = false;
      break;
    }
  }
  if (!sorted) events.sort(compareEvents);
  const eventsByType = new Map<string, CaseEvent[]>();
  for (const event of events) {
    const list = eventsByType.get(event.type);
    if (list) list.push(event);
    else eventsByType.set(event.type, [event]);
  }
  if (!typeIds) return { id, events, eventsByType, facts, warnings };
  const lists: CaseEvent[][] = [];
  for (const [type, list] of eventsByType) {
    const typeId = typeIds.get(type);
    if (typeId !== undefined) lists[typeId] = list;
  }
  return { id, events, eventsByType, facts, warnings, typeIndex: { ids: typeIds, lists } };
}
