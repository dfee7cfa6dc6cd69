/**
 * The cases shown in the editor, held in memory only: they are never saved to the browser's storage
 * and never sent anywhere. Each case is a plain record (`{ id, events, facts }`) as systems send it.
 */
import type { CaseEventInput, CaseRecordInput } from '@wt/engine';

export interface EditableEvent {
  type: string;
  date: string;
  /** Attributes other than type and date, kept as they came. */
  attributes: Map<string, unknown>;
}

export interface EditableCase {
  id: string;
  events: EditableEvent[];
  facts: Map<string, unknown>;
}

type Listener = () => void;

export class CaseStore {
  private cases: EditableCase[] = [];
  private selected: string | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(records: readonly unknown[] = []) {
    this.replaceAll(records);
  }

  onChange(listener: Listener): void {
    this.listeners.add(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  all(): readonly EditableCase[] {
    return this.cases;
  }

  get selectedId(): string | undefined {
    return this.selected;
  }

  selectedCase(): EditableCase | undefined {
    return this.cases.find((c) => c.id === this.selected);
  }

  select(id: string): void {
    if (this.selected === id || !this.cases.some((c) => c.id === id)) return;
    this.selected = id;
    this.changed();
  }

  replaceAll(records: readonly unknown[]): void {
    this.cases = records.map((record, index) => toEditable(record, index));
    this.selected = this.cases[0]?.id;
    this.changed();
  }

  /** Adds cases; a case whose id is already present replaces it. Returns how many were added or replaced. */
  addAll(records: readonly unknown[]): number {
    const incoming = records.map((record, index) => toEditable(record, this.cases.length + index));
    for (const record of incoming) {
      const at = this.cases.findIndex((c) => c.id === record.id);
      if (at >= 0) this.cases[at] = record;
      else this.cases.push(record);
    }
    if (incoming[0] !== undefined) this.selected = incoming[0].id;
    this.changed();
    return incoming.length;
  }

  addEvent(caseId: string, event: { type: string; date: string }): void {
    const record = this.cases.find((c) => c.id === caseId);
    if (record === undefined) return;
    record.events.push({ type: event.type, date: event.date, attributes: new Map() });
    this.changed();
  }

  updateEvent(caseId: string, index: number, change: { type?: string; date?: string }): void {
    const event = this.cases.find((c) => c.id === caseId)?.events[index];
    if (event === undefined) return;
    if (change.type !== undefined) event.type = change.type;
    if (change.date !== undefined) event.date = change.date;
    this.changed();
  }

  removeEvent(caseId: string, index: number): void {
    const record = this.cases.find((c) => c.id === caseId);
    if (record === undefined || index < 0 || index >= record.events.length) return;
    record.events.splice(index, 1);
    this.changed();
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toEditable(record: unknown, index: number): EditableCase {
  const source = isObject(record) ? record : {};
  const id = typeof source['id'] === 'string' && source['id'] !== '' ? source['id'] : `case-${index + 1}`;
  const events = Array.isArray(source['events']) ? source['events'] : [];
  const facts = new Map<string, unknown>(isObject(source['facts']) ? Object.entries(source['facts']) : []);
  return {
    id,
    facts,
    events: events.map((event) => {
      const fields = isObject(event) ? event : {};
      const attributes = new Map<string, unknown>();
      for (const [key, value] of Object.entries(fields)) if (key !== 'type' && key !== 'date') attributes.set(key, value);
      return { type: String(fields['type'] ?? ''), date: String(fields['date'] ?? ''), attributes };
    }),
  };
}

/** The case as the engine reads it. Built on a null-prototype object so no key can reach Object.prototype. */
export function toCaseInput(record: EditableCase): CaseRecordInput {
  const events = record.events.map((event) => {
    const input = Object.create(null) as CaseEventInput;
    for (const [key, value] of event.attributes) input[key] = value;
    input.type = event.type;
    input.date = event.date;
    return input;
  });
  const facts = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of record.facts) facts[key] = value;
  return { id: record.id, events, facts };
}
