import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { caseSchemaInfo } from '../src/case-schema-info.js';
import { caseRecordSchema, formatRecordError, MAX_EVENTS_PER_CASE, validateCase } from '../src/case-validation.js';
import { day, policy, standardEvents } from './eval-fixtures.js';

const schema = caseSchemaInfo([
  policy('p', [], {
    events: [...standardEvents, { id: 'visit', attributes: [{ name: 'on', type: { kind: 'date' } }, { name: 'score', type: { kind: 'number' } }] }],
    facts: [
      { id: 'needs-score', type: { kind: 'number' } },
      { id: 'significant-harm', type: { kind: 'boolean' } },
      { id: 'primary-need', type: { kind: 'enum', values: ['N1', 'N2'] } },
    ],
  }),
]);
const origin = { index: 4, line: 5 };

function errorsOf(input: unknown) {
  const outcome = validateCase(input, schema, origin);
  expect(outcome.record).toBeUndefined();
  return outcome.errors;
}

describe('a valid record', () => {
  it('orders events by date (same day: input order) and indexes them by type', () => {
    const outcome = validateCase(
      {
        id: 'C-1',
        events: [
          { type: 'icpc', date: '2024-05-29' },
          { type: 'strategy-discussion', date: '2024-05-07T16:30:00+01:00', s47: true, id: 'ev-9' },
          { type: 'referral', date: '2024-05-07' },
        ],
        facts: { 'needs-score': 3, 'significant-harm': null },
      },
      schema,
      origin,
    );
    expect(outcome.errors).toEqual([]);
    const record = outcome.record!;
    expect(record.id).toBe('C-1');
    expect(record.events.map((event) => [event.type, event.day, event.index])).toEqual([
      ['strategy-discussion', day('2024-05-07'), 1],
      ['referral', day('2024-05-07'), 2],
      ['icpc', day('2024-05-29'), 0],
    ]);
    expect(record.events[0]!.id).toBe('ev-9');
    expect({ ...record.events[0]!.attributes }).toEqual({ s47: true });
    expect(record.eventsByType.get('icpc')).toEqual([record.events[2]]);
    // A null fact is missing, not false.
    expect({ ...record.facts }).toEqual({ 'needs-score': 3 });
    expect(record.warnings).toEqual([]);
  });

  it('keeps date attributes as YYYY-MM-DD, dropping a time of day', () => {
    const outcome = validateCase({ id: 'C', events: [{ type: 'visit', date: '2024-05-07', on: '2024-05-06T09:00:00Z' }] }, schema, origin);
    expect(outcome.record!.events[0]!.attributes.on).toBe('2024-05-06');
  });

  it('accepts undeclared attributes and facts with one warning each, naming the key only', () => {
    const outcome = validateCase(
      {
        id: 'C',
        events: [
          { type: 'referral', date: '2024-05-02', worker: 'Jane Smith' },
          { type: 'referral', date: '2024-05-03', worker: 'Jane Smith' },
        ],
        facts: { 'child-name': 'Sam' },
      },
      schema,
      origin,
    );
    expect(outcome.warnings).toEqual([
      '/events/0 (referral) has an attribute `worker` that the policy does not declare',
      'the fact `child-name` is not declared by the policy',
    ]);
    expect(outcome.record!.warnings).toEqual(outcome.warnings);
    expect(outcome.record!.events[0]!.attributes.worker).toBe('Jane Smith');
  });

  it('reads keys like __proto__ and constructor as plain data', () => {
    const input = JSON.parse('{"id":"C","events":[{"type":"referral","date":"2024-05-02","__proto__":{"x":1}}],"facts":{"constructor":1}}');
    const outcome = validateCase(input, schema, origin);
    expect(outcome.record).toBeDefined();
    expect(Object.getPrototypeOf(outcome.record!.facts)).toBeNull();
    expect(Object.getPrototypeOf(outcome.record!.events[0]!.attributes)).toBeNull();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('rejected records', () => {
  it('not an object', () => {
    for (const input of [null, [], 'C-1', 42]) {
      expect(errorsOf(input).map((error) => error.code)).toEqual(['WT701']);
    }
  });

  it('no id, or an empty one', () => {
    expect(errorsOf({ events: [] })).toEqual([{ origin, field: '/id', code: 'WT702', message: '/id is missing' }]);
    expect(errorsOf({ id: '', events: [] }).map((error) => [error.field, error.code])).toEqual([['/id', 'WT702']]);
  });

  it('a date that does not exist, without quoting it', () => {
    const errors = errorsOf({ id: 'C-7', events: [{ type: 'referral', date: '2024-05-02' }, { type: 'referral', date: '2023-02-30' }] });
    expect(errors).toEqual([
      { origin, caseId: 'C-7', field: '/events/1/date', code: 'WT704', message: '/events/1/date is not a valid date (YYYY-MM-DD)' },
    ]);
    expect(formatRecordError(errors[0]!)).toBe('line 5, case C-7: /events/1/date is not a valid date (YYYY-MM-DD) [WT704]');
  });

  it('an unknown event type, with the closest known type as a hint', () => {
    const errors = errorsOf({ id: 'C', events: [{ type: 'refferal', date: '2024-05-02' }] });
    expect(errors.map((error) => [error.field, error.code, error.message])).toEqual([
      ['/events/0/type', 'WT705', '/events/0/type: the event type `refferal` is not declared by the policy (did you mean `referral`?)'],
    ]);
  });

  it('attributes and facts of the wrong type or outside their enum', () => {
    const errors = errorsOf({
      id: 'C',
      events: [
        { type: 'strategy-discussion', date: '2024-05-02', s47: 'yes' },
        { type: 'referral-closed', date: '2024-05-03', outcome: 'closed-by-Jane' },
      ],
      facts: { 'needs-score': '3', 'primary-need': 'N9' },
    });
    expect(errors.map((error) => [error.field, error.code, error.message])).toEqual([
      ['/events/0/s47', 'WT706', '/events/0/s47 must be a boolean (true or false)'],
      ['/events/1/outcome', 'WT706', '/events/1/outcome must be one of nfa, early-help, moved-away'],
      ['/facts/needs-score', 'WT707', '/facts/needs-score must be a number'],
      ['/facts/primary-need', 'WT707', '/facts/primary-need must be one of N1, N2'],
    ]);
  });

  it('shape errors from the JSON Schema: events not an array, an event without a type', () => {
    expect(errorsOf({ id: 'C', events: {} }).map((error) => [error.field, error.code])).toEqual([['/events', 'WT703']]);
    expect(errorsOf({ id: 'C', events: [{ date: '2024-05-02' }] }).map((error) => [error.field, error.code])).toEqual([
      ['/events/0/type', 'WT703'],
    ]);
    expect(errorsOf({ id: 'C', events: [{ type: 'referral', date: 20240502 }] }).map((error) => [error.field, error.code])).toEqual([
      ['/events/0/date', 'WT704'],
    ]);
  });

  it('never quotes an attribute or fact value in a message (personal data)', () => {
    const secret = fc.string({ minLength: 4 }).filter((text) => !/^(?:true|false|nfa|early-help|moved-away|N1|N2)$/.test(text));
    fc.assert(
      fc.property(secret, fc.string({ minLength: 4 }), (value, date) => {
        const outcome = validateCase(
          {
            id: 'C',
            events: [
              { type: 'strategy-discussion', date: `x${date}`, s47: value },
              { type: 'referral-closed', date: '2024-05-03', outcome: value },
            ],
            facts: { 'primary-need': value, 'needs-score': value },
          },
          schema,
          origin,
        );
        for (const error of outcome.errors) {
          expect(error.message).not.toContain(value);
          expect(error.message).not.toContain(`x${date}`);
        }
        expect(outcome.errors.length).toBeGreaterThanOrEqual(4);
      }),
    );
  });
});

describe('the limit on problems per record', () => {
  it('lists at most 50 problems of one record', () => {
    // 60 events with dates that do not exist: 60 problems, 50 listed.
    const errors = errorsOf({ id: 'C-1', events: Array.from({ length: 60 }, () => ({ type: 'referral', date: '2023-02-30' })) });
    expect(errors).toHaveLength(50);
    expect(errors[49]!.field).toBe('/events/49/date');
  });
});

describe('the limit on events per case', () => {
  const referral = { type: 'referral', date: '2024-05-02' };

  it('takes a case with exactly MAX_EVENTS_PER_CASE events', () => {
    const outcome = validateCase({ id: 'C-1', events: new Array(MAX_EVENTS_PER_CASE).fill(referral) }, schema, origin);
    expect(outcome.errors).toEqual([]);
    expect(outcome.record!.events).toHaveLength(MAX_EVENTS_PER_CASE);
  });

  it('rejects one more with WT708, before looking at any event (bounded work)', () => {
    // The events are not even objects: the count alone rejects the record.
    const errors = errorsOf({ id: 'C-1', events: new Array(MAX_EVENTS_PER_CASE + 1).fill(42) });
    expect(errors).toEqual([
      { origin, caseId: 'C-1', field: '/events', code: 'WT708', message: 'the case has 100001 events, more than the 100000 a case may have' },
    ]);
  });
});

describe('caseRecordSchema', () => {
  it('documents every property', () => {
    const properties = caseRecordSchema.properties as Record<string, { description?: string }>;
    expect(Object.keys(properties)).toEqual(['id', 'events', 'facts']);
    for (const property of Object.values(properties)) expect(property.description).toBeTruthy();
  });
});
