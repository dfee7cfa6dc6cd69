/**
 * Resolution of the `extends` chain, one document at a time, base first. Resolution is mechanical: it
 * applies what each document says and never refuses anything; the checks (the statutory floor among
 * them) say what is wrong. So a preview of a policy with errors shows what its author wrote.
 *
 * - Identity fields (title, version, area, effective, until, source) are the policy's own, never
 *   inherited. `calendar` and the default `escalation` are inherited when the policy names none.
 * - Events and facts merge by id. A redeclaration identical to the base's (same attributes, same type)
 *   takes the local description; a different one is an error (WT218/WT219) and the base's stands.
 * - Calendars, escalation ladders and threshold documents: a declaration with the id of a base's
 *   replaces the base's whole declaration. Within one document the first of two duplicates stands.
 * - Rules: `remove` deletes the inherited rule. An override merges field by field: a field it leaves
 *   out is inherited; `unless` and `cites` lists REPLACE the base's lists when given (an override that
 *   wants to keep a base citation repeats it). A rule stays statutory once a base made it statutory;
 *   its kind is the kind of the first declaration. Rules keep the order of first declaration.
 */
import type { EventIR, FactIR, PolicyIR, RuleIR } from './ir.js';
import type { PolicyDocument } from './policy-document.js';
import type { Declared, Origin, PolicyScope, RuleDraft, RuleField } from './policy-scope.js';
import type { ResolvedCalendar, ResolvedPolicy, ResolvedRule } from './resolved-policy.js';
import { resolveCalendar, WEEKENDS_ONLY_CALENDAR } from './resolve-calendar.js';
import { sameStructure } from './same-structure.js';

export function extendScope(base: PolicyScope | undefined, document: PolicyDocument): PolicyScope {
  const ir = document.ir;
  const origin: Origin = { policy: ir.id, file: document.file };
  const scope: PolicyScope = {
    policy: ir,
    origin,
    chain: [...(base?.chain ?? []), origin],
    events: new Map(base?.events),
    facts: new Map(base?.facts),
    calendars: new Map(base?.calendars),
    escalations: new Map(base?.escalations),
    thresholds: new Map(base?.thresholds),
    rules: new Map(base?.rules),
  };
  const calendar = ir.calendar !== undefined ? { node: ir.calendar, origin } : base?.calendar;
  if (calendar !== undefined) scope.calendar = calendar;
  const escalation = ir.escalation !== undefined ? { node: ir.escalation, origin } : base?.defaultEscalation;
  if (escalation !== undefined) scope.defaultEscalation = escalation;

  for (const event of ir.events) mergeTyped(scope.events, event, origin, sameAttributes);
  for (const fact of ir.facts) mergeTyped(scope.facts, fact, origin, (a, b) => sameStructure(a.type, b.type));
  for (const calendar of ir.calendars) replaceById(scope.calendars, calendar, origin);
  for (const escalation of ir.escalations) replaceById(scope.escalations, escalation, origin);
  for (const thresholds of ir.thresholds) replaceById(scope.thresholds, thresholds, origin);
  for (const removal of ir.removals) {
    const inherited = scope.rules.get(removal.id);
    if (inherited !== undefined && inherited.definedIn !== origin) scope.rules.delete(removal.id);
  }
  for (const rule of ir.rules) {
    const inherited = scope.rules.get(rule.id);
    if (inherited === undefined) scope.rules.set(rule.id, newRule(rule, origin));
    else if (inherited.definedIn !== origin) scope.rules.set(rule.id, overrideRule(inherited, rule, origin));
  }
  return scope;
}

/** Events and facts: same id from the base → the local one when its type agrees; duplicates: the first. */
function mergeTyped<T extends EventIR | FactIR>(
  declarations: Map<string, Declared<T>>,
  node: T,
  origin: Origin,
  sameType: (a: T, b: T) => boolean,
): void {
  const existing = declarations.get(node.id);
  if (existing === undefined) declarations.set(node.id, { node, origin });
  else if (existing.origin !== origin && sameType(existing.node, node)) declarations.set(node.id, { node, origin });
}

export function sameAttributes(a: EventIR, b: EventIR): boolean {
  if (a.attributes.length !== b.attributes.length) return false;
  return a.attributes.every((attribute) =>
    b.attributes.some((other) => other.name === attribute.name && sameStructure(other.type, attribute.type)),
  );
}

function replaceById<T extends { id: string }>(declarations: Map<string, Declared<T>>, node: T, origin: Origin): void {
  const existing = declarations.get(node.id);
  if (existing === undefined || existing.origin !== origin) declarations.set(node.id, { node, origin });
}

const RULE_FIELDS: readonly RuleField[] = [
  'title',
  'start',
  'requires',
  'while',
  'unless',
  'cites',
  'warn',
  'escalation',
  'loc',
];

function newRule(rule: RuleIR, origin: Origin): RuleDraft {
  const draft: RuleDraft = { rule: { ...rule }, declaredIn: origin, definedIn: origin, origins: {} };
  for (const field of RULE_FIELDS) if (rule[field] !== undefined) draft.origins[field] = origin;
  if (rule.statutory === true) {
    draft.statutoryIn = origin;
    draft.origins.statutory = origin;
    if (rule.statutoryLoc !== undefined) draft.origins.statutoryLoc = origin;
  } else {
    delete draft.rule.statutory;
    delete draft.rule.statutoryLoc;
  }
  return draft;
}

function overrideRule(inherited: RuleDraft, local: RuleIR, origin: Origin): RuleDraft {
  const merged: RuleIR = { ...inherited.rule };
  const origins = { ...inherited.origins };
  for (const field of RULE_FIELDS) {
    if (local[field] === undefined) continue;
    copyField(merged, local, field);
    origins[field] = origin;
  }
  const draft: RuleDraft = { rule: merged, declaredIn: inherited.declaredIn, definedIn: origin, origins };
  if (inherited.statutoryIn !== undefined) {
    draft.statutoryIn = inherited.statutoryIn;
  } else if (local.statutory === true) {
    merged.statutory = true;
    draft.statutoryIn = origin;
    origins.statutory = origin;
    if (local.statutoryLoc !== undefined) {
      merged.statutoryLoc = local.statutoryLoc;
      origins.statutoryLoc = origin;
    }
  }
  return draft;
}

function copyField<F extends RuleField>(target: RuleIR, source: RuleIR, field: F): void {
  target[field] = source[field];
}

export function resolveScopeCalendar(scope: PolicyScope): ResolvedCalendar {
  if (scope.calendar === undefined) return WEEKENDS_ONLY_CALENDAR;
  const resolution = resolveCalendar(scope.calendar.node, (id) => scope.calendars.get(id)?.node);
  return resolution.ok ? resolution.calendar : WEEKENDS_ONLY_CALENDAR;
}

/** Complete rules only: an incomplete one (reported as an error) cannot be evaluated. */
export function toResolvedPolicy(scope: PolicyScope): ResolvedPolicy {
  const ir: PolicyIR = scope.policy;
  const resolved: ResolvedPolicy = {
    id: ir.id,
    chain: scope.chain.map((origin) => origin.policy),
    calendar: resolveScopeCalendar(scope),
    events: [...scope.events.values()].map((declared) => declared.node),
    facts: [...scope.facts.values()].map((declared) => declared.node),
    rules: [...scope.rules.values()].flatMap((draft) => toResolvedRule(draft) ?? []),
    escalations: [...scope.escalations.values()].map((declared) => declared.node),
    thresholds: [...scope.thresholds.values()].map((declared) => declared.node),
  };
  if (ir.title !== undefined) resolved.title = ir.title;
  if (ir.version !== undefined) resolved.version = ir.version;
  if (ir.area !== undefined) resolved.area = ir.area;
  if (ir.effective !== undefined) resolved.effective = ir.effective;
  if (ir.until !== undefined) resolved.until = ir.until;
  if (ir.source !== undefined) resolved.source = ir.source;
  if (scope.defaultEscalation !== undefined) resolved.defaultEscalation = scope.defaultEscalation.node;
  return resolved;
}

function toResolvedRule(draft: RuleDraft): ResolvedRule | undefined {
  const { start, requires } = draft.rule;
  if (start === undefined || requires === undefined) return undefined;
  const rule: ResolvedRule = {
    ...draft.rule,
    start,
    requires,
    statutory: draft.statutoryIn !== undefined,
    cites: draft.rule.cites ?? [],
    declaredIn: draft.declaredIn.policy,
    definedIn: draft.definedIn.policy,
  };
  if (draft.statutoryIn !== undefined) rule.statutoryIn = draft.statutoryIn.policy;
  return rule;
}
