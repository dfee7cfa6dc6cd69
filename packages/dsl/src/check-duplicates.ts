/**
 * Two declarations of the same name in one document: events, facts, rules (all three kinds share one
 * name space), calendars, escalation ladders, threshold documents, removals; attributes of one event;
 * values of one `one of` type; level numbers of one threshold document. The second is reported, with
 * the first as related.
 */
import type { CheckContext } from './check-context.js';
import type { AttributeType, EventIR, FactIR, PolicyIR, ThresholdsIR } from './ir.js';
import type { SourceRange } from './source-range.js';
import type { ChecksByKind } from './validation-registry.js';

interface Named {
  name: string;
  loc?: SourceRange | undefined;
}

function reportDuplicates(items: readonly Named[], code: string, describe: (name: string) => string, context: CheckContext): void {
  const first = new Map<string, Named>();
  for (const item of items) {
    const earlier = first.get(item.name);
    if (earlier === undefined) {
      first.set(item.name, item);
      continue;
    }
    context.error(code, `${describe(item.name)} is declared twice`, item.loc, {
      related: [context.relatedAt('first declared here', earlier.loc)],
    });
  }
}

function checkDocumentDuplicates(policy: PolicyIR, context: CheckContext): void {
  const byId = (items: readonly { id: string; loc?: SourceRange | undefined }[]) =>
    items.map((item) => ({ name: item.id, loc: item.loc }));
  reportDuplicates(byId(policy.events), 'WT210', (name) => `event \`${name}\``, context);
  reportDuplicates(byId(policy.facts), 'WT211', (name) => `fact \`${name}\``, context);
  reportDuplicates(byId(policy.rules), 'WT212', (name) => `rule \`${name}\``, context);
  reportDuplicates(byId(policy.calendars), 'WT213', (name) => `calendar \`${name}\``, context);
  reportDuplicates(byId(policy.escalations), 'WT214', (name) => `escalation ladder \`${name}\``, context);
  reportDuplicates(byId(policy.thresholds), 'WT215', (name) => `threshold document \`${name}\``, context);
  reportDuplicates(byId(policy.removals), 'WT212', (name) => `the removal of \`${name}\``, context);
}

function checkAttributeDuplicates(event: EventIR, context: CheckContext): void {
  const attributes = event.attributes.map((attribute) => ({ name: attribute.name, loc: attribute.loc }));
  reportDuplicates(attributes, 'WT216', (name) => `attribute \`${name}\` of event \`${event.id}\``, context);
  for (const attribute of event.attributes) checkEnumValues(attribute.type, attribute.loc ?? event.loc, context);
}

function checkFactEnumValues(fact: FactIR, context: CheckContext): void {
  checkEnumValues(fact.type, fact.loc, context);
}

function checkEnumValues(type: AttributeType, range: SourceRange | undefined, context: CheckContext): void {
  if (type.kind !== 'enum') return;
  const seen = new Set<string>();
  for (const value of type.values) {
    if (seen.has(value)) context.error('WT220', `\`${value}\` is listed twice in \`one of (…)\``, range);
    seen.add(value);
  }
}

function checkLevelDuplicates(thresholds: ThresholdsIR, context: CheckContext): void {
  const levels: Named[] = thresholds.levels.map((level) => ({ name: String(level.level), loc: level.loc }));
  if (thresholds.otherwise !== undefined) {
    levels.push({ name: String(thresholds.otherwise.level), loc: thresholds.otherwise.loc });
  }
  reportDuplicates(levels, 'WT217', (name) => `level ${name} of \`${thresholds.id}\``, context);
}

export const duplicateChecks: ChecksByKind = {
  policy: [checkDocumentDuplicates],
  event: [checkAttributeDuplicates],
  fact: [checkFactEnumValues],
  thresholds: [checkLevelDuplicates],
};
