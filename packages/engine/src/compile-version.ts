import { policyHash, type AnchorIR, type EventMatchIR, type ResolvedPolicy } from '@wt/dsl';
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

function compileMatch(match: EventMatchIR, typesByEvent: Map<string, NameTypes>, context: string): CompiledMatch {
  if (!match.where) return { event: match.event, test: undefined, source: match, filterText: undefined };
  const types = typesByEvent.get(match.event) ?? NO_ATTRIBUTES;
  const evaluate = compileCondition(match.where, { types, context }).evaluate;
  // A filter that cannot be decided (an attribute is missing) does not match.
  const test: EventTest = (attributes) => evaluate(attributes) === true;
  return { event: match.event, test, source: match, filterText: describeCondition(match.where, { types }) };
}

function compileAnchor(anchor: AnchorIR, typesByEvent: Map<string, NameTypes>, context: string, depth: number): CompiledAnchor {
  return {
    which: anchor.which,
    match: compileMatch(anchor, typesByEvent, context),
    fallback: anchor.fallback ? compileAnchor(anchor.fallback, typesByEvent, context, depth + 1) : undefined,
    depth,
  };
}

/** Compiles one version of a policy: its calendar, rules, ladders and thresholds. */
export function compileVersion(
  policy: ResolvedPolicy,
  window: VersionWindow,
  options: BuildCalendarOptions,
): { version: CompiledVersion | undefined; errors: string[] } {
  const built = buildCalendar(policy.calendar, options);
  const errors = built.errors.map((error) => `${policy.id}: ${error}`);
  if (!built.calendar) return { version: undefined, errors };
  const typesByEvent = attributeTypesByEvent(policy);
  const rules: CompiledRule[] = policy.rules.map((rule) => {
    const context = `rule ${rule.id}`;
    return {
      rule,
      anchor: compileAnchor(rule.start, typesByEvent, context, 0),
      requires: compileMatch(rule.requires, typesByEvent, context),
      within: rule.requires.within,
      stateFrom: rule.while ? compileMatch(rule.while.from, typesByEvent, context) : undefined,
      stateTo: rule.while ? compileMatch(rule.while.to, typesByEvent, context) : undefined,
      unless: (rule.unless ?? []).map((unless) => compileMatch(unless, typesByEvent, context)),
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
