import type { AttributeType, ResolvedPolicy } from '@wt/dsl';

/**
 * What a policy (or every version of a policy set) declares about case records: the known event types
 * with their attributes, and the facts. A name declared with different types by different versions
 * accepts a value of any of them.
 */
export interface CaseSchemaInfo {
  readonly events: ReadonlyMap<string, ReadonlyMap<string, readonly AttributeType[]>>;
  readonly facts: ReadonlyMap<string, readonly AttributeType[]>;
  /** A number for each event type, so that validated records index their events by array position. */
  readonly eventTypeIds: ReadonlyMap<string, number>;
}

function addType(types: Map<string, AttributeType[]>, name: string, type: AttributeType): void {
  const known = types.get(name);
  if (!known) {
    types.set(name, [type]);
    return;
  }
  const key = JSON.stringify(type);
  if (!known.some((candidate) => JSON.stringify(candidate) === key)) known.push(type);
}

export function caseSchemaInfo(policies: readonly ResolvedPolicy[]): CaseSchemaInfo {
  const events = new Map<string, Map<string, AttributeType[]>>();
  const facts = new Map<string, AttributeType[]>();
  for (const policy of policies) {
    for (const event of policy.events) {
      let attributes = events.get(event.id);
      if (!attributes) {
        attributes = new Map();
        events.set(event.id, attributes);
      }
      for (const attribute of event.attributes) addType(attributes, attribute.name, attribute.type);
    }
    for (const fact of policy.facts) addType(facts, fact.id, fact.type);
  }
  const eventTypeIds = new Map<string, number>();
  for (const type of events.keys()) eventTypeIds.set(type, eventTypeIds.size);
  return { events, facts, eventTypeIds };
}
