import { policyHash, type AnchorIR, type ConditionIR, type EventMatchIR, type ResolvedPolicy } from '@wt/dsl';
import { buildCalendar, type BuildCalendarOptions } from './build-calendar.js';
import { compileCondition } from './compile-condition.js';
import { compileThresholds } from './compile-thresholds.js';
import type { CompiledAnchor, CompiledMatch, CompiledRule, EventTest } from './compiled-rule.js';
import type { CompiledVersion } from './compiled-version.js';
import { describeCondition } from './describe-condition.js';
import { nameTypes, type NameTypes } from './name-types.js';
import type { VersionWindow } from './policy-set.js';

function attributeTypesByEvent(policy: ResolvedPolicy): Map<string, NameTypes> {
  const byEvent = new Map<string, NameTypes>();
  for (const event of policy.events) {
    byEvent.set(event.id, nameTypes(event.attributes.map((attribute) => [attribute.name, attribute.type] as const)));
  }
  return byEvent;
}

const NO_ATTRIBUTES: NameTypes = () => undefined;

interface MatchContext {
  readonly typesByEvent: Map<string, NameTypes>;
  readonly typeIds: ReadonlyMap<string, number>;
  readonly where: string;
}

/**
 * A filter as a closure that says whether an event matches. A filter that cannot be decided (an
 * attribute is missing) does not match. The commonest filters, `where flag` and `where name = literal`,
 * get a direct test with the same outcome as the general compiled condition on validated attributes.
 */
export function compileFilter(condition: ConditionIR, types: NameTypes, where: string): EventTest {
  if (condition.op === 'is-true') {
    const name = condition.ref;
    return (attributes) => attributes[name] === true && hasOwn(attributes, name);
  }
  if (condition.op === 'compare' && condition.operator === '=' && 'ref' in condition.left && 'value' in condition.right) {
    const name = condition.left.ref;
    const literal = condition.right.value;
    const type = types(name);
    const direct = type !== undefined && type.kind !== 'date' && (typeof literal === 'string' ? type.kind !== 'number' : typeof literal === type.kind);
    if (direct) return (attributes) => attributes[name] === literal && hasOwn(attributes, name);
  }
  const evaluate = compileCondition(condition, { types, context: where }).evaluate;
  return (attributes) => evaluate(attributes) === true;
}

function hasOwn(attributes: Readonly<Record<string, unknown>>, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(attributes, name);
}

function compileMatch(match: EventMatchIR, context: MatchContext): CompiledMatch {
  const typeIds = context.typeIds;
  const typeId = typeIds.get(match.event) ?? -1;
  if (!match.where) return { event: match.event, test: undefined, source: match, filterText: undefined, typeIds, typeId };
  const types = context.typesByEvent.get(match.event) ?? NO_ATTRIBUTES;
  return {
    event: match.event,
    test: compileFilter(match.where, types, context.where),
    source: match,
    filterText: describeCondition(match.where, { types }),
    typeIds,
    typeId,
  };
}

function compileAnchor(anchor: AnchorIR, context: MatchContext, depth: number): CompiledAnchor {
  return {
    which: anchor.which,
    match: compileMatch(anchor, context),
    fallback: anchor.fallback ? compileAnchor(anchor.fallback, context, depth + 1) : undefined,
    depth,
  };
}

/** Compiles one version of a policy: its calendar, rules, ladders and thresholds. */
export function compileVersion(
  policy: ResolvedPolicy,
  window: VersionWindow,
  options: BuildCalendarOptions,
  typeIds: ReadonlyMap<string, number>,
): { version: CompiledVersion | undefined; errors: string[] } {
  const built = buildCalendar(policy.calendar, options);
  const errors = built.errors.map((error) => `${policy.id}: ${error}`);
  if (!built.calendar) return { version: undefined, errors };
  const typesByEvent = attributeTypesByEvent(policy);
  const rules: CompiledRule[] = policy.rules.map((rule) => {
    const context: MatchContext = { typesByEvent, typeIds, where: `rule ${rule.id}` };
    return {
      rule,
      anchor: compileAnchor(rule.start, context, 0),
      requires: compileMatch(rule.requires, context),
      within: rule.requires.within,
      stateFrom: rule.while ? compileMatch(rule.while.from, context) : undefined,
      stateTo: rule.while ? compileMatch(rule.while.to, context) : undefined,
      unless: (rule.unless ?? []).map((unless) => compileMatch(unless, context)),
    };
  });
  const factTypes = nameTypes(policy.facts.map((fact) => [fact.id, fact.type] as const));
  return {
    version: {
      policy,
      hash: policyHash(policy),
      window,
      calendar: built.calendar,
      rules,
      ladders: new Map(policy.escalations.map((ladder) => [ladder.id, ladder])),
      thresholds: policy.thresholds.map((document) => compileThresholds(document, { types: factTypes })),
      eventTitles: new Map(policy.events.flatMap((event) => (event.description ? [[event.id, event.description] as const] : []))),
    },
    errors,
  };
}
