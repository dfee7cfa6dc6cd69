/**
 * The events of the selected case, editable: change an event's type or date, remove it, or add one.
 * Every change re-evaluates the case at once. The case's facts are shown for reference.
 */
import type { CaseStore, EditableCase } from './case-store.js';
import { clear, h } from './dom.js';

export interface EventsPanelOptions {
  container: HTMLElement;
  store: CaseStore;
  /** The event types the policy declares, for the type pickers. */
  eventTypes: () => readonly string[];
  defaultDate: () => string;
}

function typeSelect(types: readonly string[], current: string, attrs: Record<string, string>): HTMLSelectElement {
  const options = types.includes(current) || current === '' ? types : [current, ...types];
  const select = h('select', attrs, options.map((type) => h('option', { value: type, text: type })));
  select.value = current;
  return select;
}

function eventRows(record: EditableCase, options: EventsPanelOptions): HTMLElement[] {
  const types = options.eventTypes();
  return record.events.map((event, index) => {
    const type = typeSelect(types, event.type, { 'aria-label': `Type of event ${index + 1}`, 'data-key': `type-${index}` });
    type.addEventListener('change', () => options.store.updateEvent(record.id, index, { type: type.value }));
    const date = h('input', { type: 'date', value: event.date, 'aria-label': `Date of event ${index + 1}`, 'data-key': `date-${index}`, required: true });
    date.addEventListener('change', () => {
      if (date.value !== '') options.store.updateEvent(record.id, index, { date: date.value });
    });
    const remove = h('button', { type: 'button', 'data-key': `remove-${index}`, 'aria-label': `Remove event ${index + 1} (${event.type}, ${event.date})`, text: 'Remove' });
    remove.addEventListener('click', () => options.store.removeEvent(record.id, index));
    const details = [...event.attributes].filter(([key]) => key !== 'id').map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join(', ');
    return h('tr', {}, [h('td', { class: 'number', text: String(index + 1) }), h('td', {}, [type]), h('td', {}, [date]), h('td', { text: details }), h('td', {}, [remove])]);
  });
}

function addEventForm(record: EditableCase, options: EventsPanelOptions): HTMLElement {
  const type = typeSelect(options.eventTypes(), '', { id: 'new-event-type', 'data-key': 'new-type' });
  const date = h('input', { type: 'date', id: 'new-event-date', value: options.defaultDate(), 'data-key': 'new-date' });
  const add = h('button', { type: 'button', id: 'add-event', 'data-key': 'add', text: 'Add event' });
  add.addEventListener('click', () => {
    if (type.value === '' || date.value === '') return;
    options.store.addEvent(record.id, { type: type.value, date: date.value });
  });
  return h('div', { class: 'add-event' }, [
    h('label', { for: 'new-event-type' }, ['New event', type]),
    h('label', { for: 'new-event-date' }, ['on', date]),
    add,
  ]);
}

export function renderEvents(options: EventsPanelOptions): void {
  const { container, store } = options;
  const focusedKey = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement.dataset['key'] : undefined;
  clear(container);
  const record = store.selectedCase();
  if (record === undefined) {
    container.append(h('p', { class: 'muted', text: 'No case is selected.' }));
    return;
  }
  container.append(
    h('table', { class: 'events-table' }, [
      h('caption', { text: `${record.events.length} event${record.events.length === 1 ? '' : 's'}` }),
      h('thead', {}, [h('tr', {}, ['#', 'Event', 'Date', 'Details', 'Actions'].map((name) => h('th', { scope: 'col', text: name })))]),
      h('tbody', {}, eventRows(record, options)),
    ]),
    addEventForm(record, options),
  );
  if (record.facts.size > 0) {
    container.append(
      h('table', { class: 'facts' }, [
        h('caption', { text: 'Facts' }),
        h('tbody', {}, [...record.facts].map(([name, value]) => h('tr', {}, [h('th', { scope: 'row', text: name }), h('td', { text: JSON.stringify(value) })]))),
      ]),
    );
  }
  if (focusedKey !== undefined) container.querySelector<HTMLElement>(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
}
