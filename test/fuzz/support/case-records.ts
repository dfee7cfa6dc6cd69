/**
 * Random case records shaped by what a policy declares: mostly declared event types, dates that
 * exist, attributes and facts of the right type, mixed with everything a real feed gets wrong
 * (unknown types, impossible dates, wrong types, hostile keys and values).
 */
import type { AttributeType } from '@wt/dsl';
import { dayText, type CaseSchemaInfo } from '@wt/engine';
import fc from 'fast-check';
import { HOSTILE_FRAGMENTS, nested, OBJECT_PROPERTY_NAMES } from './hostile.js';

/** Day numbers of 1990-01-01 and 2045-12-31 (days since 1970-01-01). */
const FIRST_DAY = 7305;
const LAST_DAY = 27759;

export const isoDate: fc.Arbitrary<string> = fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map((day) => dayText(day));

const oddDate = fc.constantFrom('2023-02-30', '2024-02-29', '2024-02-29T23:59:59+14:00', '0000-01-01', '9999-12-31', '2024-13-01', '2024-5-2', '', '02/05/2024', '2024-05-02 ', '２０２４-05-02');

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_FRAGMENTS),
  fc.constantFrom(null, true, false, 0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER),
  fc.constant({ __proto__: null, polluted: 1 }),
  fc.constant([]),
  fc.nat({ max: 200 }).map((depth) => JSON.parse(nested(depth, '[', '1', ']')) as unknown),
  fc.string({ maxLength: 8 }).map((text) => `SECRET-${text}`),
);

const hostileKey = fc.constantFrom(...OBJECT_PROPERTY_NAMES, '', ' ', 'a/b', '~', 'type ', 'Date', 'x'.repeat(300));

function valueOf(type: AttributeType): fc.Arbitrary<unknown> {
  switch (type.kind) {
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double({ noNaN: true }));
    case 'string':
      return fc.string({ maxLength: 12 });
    case 'date':
      return isoDate;
    case 'enum':
      return fc.constantFrom(...(type.values.length > 0 ? type.values : ['x']));
  }
}

function declaredValue(types: readonly AttributeType[]): fc.Arbitrary<unknown> {
  const right = fc.oneof(...types.map(valueOf));
  return fc.oneof({ weight: 30, arbitrary: right }, { weight: 1, arbitrary: hostileValue });
}

/** Object.fromEntries keeps a key spelled `__proto__` an own property, as JSON.parse does. */
function objectOf(entries: fc.Arbitrary<[string, unknown][]>): fc.Arbitrary<Record<string, unknown>> {
  return entries.map((pairs) => Object.fromEntries(pairs));
}

/** A day within `span` days after `base` (a case's events cluster around its start), as a date. */
function near(base: number, span: number): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: span }).map((offset) => dayText(base + offset));
}

/**
 * A case record and an as-of date for it. Most records are valid (each piece goes wrong rarely) and
 * their events and as-of date fall within a year or so of each other, so that every status occurs.
 */
export function caseRecordAndAsOf(schema: CaseSchemaInfo): fc.Arbitrary<[unknown, string]> {
  return fc.integer({ min: FIRST_DAY, max: LAST_DAY }).chain((base) =>
    fc.tuple(caseRecord(schema, fc.oneof({ weight: 10, arbitrary: near(base, 300) }, { weight: 1, arbitrary: isoDate })), near(base, 500)),
  );
}

export function caseRecord(schema: CaseSchemaInfo, dates: fc.Arbitrary<string> = isoDate): fc.Arbitrary<unknown> {
  const types = [...schema.events.keys()];
  const eventType = fc.oneof({ weight: 60, arbitrary: fc.constantFrom(...types) }, { weight: 1, arbitrary: fc.oneof(hostileKey, fc.string({ maxLength: 6 })) });
  const event = eventType.chain((type) => {
    const declared = schema.events.get(type);
    const attributes = declared === undefined ? [] : [...declared.entries()].map(([name, kinds]) => fc.tuple(fc.constant(name), declaredValue(kinds)));
    const attribute = fc.oneof(...(attributes.length > 0 ? attributes : [fc.tuple(fc.constant('note'), fc.string({ maxLength: 4 }))]), fc.tuple(hostileKey, hostileValue));
    return fc.record({
      type: fc.oneof({ weight: 100, arbitrary: fc.constant<unknown>(type) }, { weight: 1, arbitrary: hostileValue }),
      date: fc.oneof({ weight: 100, arbitrary: dates }, { weight: 1, arbitrary: oddDate }, { weight: 1, arbitrary: hostileValue }),
      extra: fc.array(attribute, { maxLength: 3 }),
      id: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
    }).map(({ type: t, date, extra, id }) => Object.fromEntries<unknown>([['type', t], ['date', date], ...(id === undefined ? [] : [['id', id]]), ...extra] as [string, unknown][]));
  });
  const facts = [...schema.facts.entries()].map(([name, kinds]) => fc.tuple(fc.constant(name), declaredValue(kinds)));
  const fact = fc.oneof(
    { weight: 10, arbitrary: fc.oneof(...(facts.length > 0 ? facts : [fc.tuple(fc.constant('x'), fc.boolean())])) },
    { weight: 1, arbitrary: fc.tuple(hostileKey, hostileValue) },
  );
  return fc
    .record({
      id: fc.oneof({ weight: 40, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) }, { weight: 1, arbitrary: hostileValue }, { weight: 1, arbitrary: hostileKey }),
      events: fc.oneof({ weight: 60, arbitrary: fc.array(event, { maxLength: 25 }) }, { weight: 1, arbitrary: hostileValue }),
      facts: fc.option(objectOf(fc.array(fact, { maxLength: 6 })), { nil: undefined }),
      extra: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 1 }),
    })
    .map(({ id, events, facts: f, extra }) => Object.fromEntries<unknown>([['id', id], ['events', events], ...(f === undefined ? [] : [['facts', f]]), ...extra] as [string, unknown][]));
}
