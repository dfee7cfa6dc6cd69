/**
 * Small builders for resolved policies and cases, for the evaluator's tests. Policies are written as
 * the checker would resolve them, so that these tests do not depend on the parser.
 */
import type {
  AnchorIR,
  ConditionIR,
  DurationIR,
  EscalationIR,
  EventIR,
  EventMatchIR,
  ResolvedCalendar,
  ResolvedPolicy,
  ResolvedRule,
} from '@wt/dsl';
import { compile, type CompiledPolicy } from '../src/compile-policy.js';
import type { PolicySetInput } from '../src/policy-set.js';
import type { CaseRecord } from '../src/case-timeline.js';
import { parseIsoDate } from '../src/day-number.js';
import type { CaseResult } from '../src/case-result.js';

export const englandAndWales: ResolvedCalendar = {
  id: 'england-and-wales',
  weekend: ['saturday', 'sunday'],
  holidays: { kind: 'region', region: 'GB-ENG' },
  closed: [],
  counting: 'exclusive',
  chain: ['england-and-wales'],
};

export const workingDays = (amount: number): DurationIR => ({ amount, unit: 'working-days' });
export const days = (amount: number): DurationIR => ({ amount, unit: 'days' });
export const months = (amount: number, rounding?: DurationIR['rounding']): DurationIR =>
  rounding ? { amount, unit: 'months', rounding } : { amount, unit: 'months' };

export const isTrue = (ref: string): ConditionIR => ({ op: 'is-true', ref });
export const equals = (ref: string, value: string | number | boolean): ConditionIR => ({
  op: 'compare',
  operator: '=',
  left: { ref },
  right: { value },
});

export function anchor(which: AnchorIR['which'], event: string, where?: ConditionIR, fallback?: AnchorIR): AnchorIR {
  return { which, event, ...(where ? { where } : {}), ...(fallback ? { fallback } : {}) };
}

export function match(event: string, where?: ConditionIR): EventMatchIR {
  return where ? { event, where } : { event };
}

export interface RuleSpec {
  start: AnchorIR;
  requires: string | EventMatchIR;
  within: DurationIR;
  while?: [string, string];
  unless?: (string | EventMatchIR)[];
  warn?: DurationIR;
  escalation?: string;
  statutory?: boolean;
  title?: string;
  cites?: string[];
}

export function rule(id: string, spec: RuleSpec, policyId = 'test-policy'): ResolvedRule {
  const requires = typeof spec.requires === 'string' ? { event: spec.requires } : spec.requires;
  const result: ResolvedRule = {
    kind: 'timescale',
    id,
    start: spec.start,
    requires: { ...requires, within: spec.within },
    statutory: spec.statutory ?? false,
    cites: spec.cites ?? [],
    declaredIn: policyId,
    definedIn: policyId,
  };
  if (spec.title) result.title = spec.title;
  if (spec.while) result.while = { from: { event: spec.while[0] }, to: { event: spec.while[1] } };
  if (spec.unless) result.unless = spec.unless.map((entry) => (typeof entry === 'string' ? { event: entry } : entry));
  if (spec.warn) result.warn = spec.warn;
  if (spec.escalation) result.escalation = spec.escalation;
  if (spec.statutory) result.statutoryIn = policyId;
  return result;
}

export function event(id: string, attributes: EventIR['attributes'] = [], description?: string): EventIR {
  return description ? { id, description, attributes } : { id, attributes };
}

/** The events the tests use, with WT2013's attributes. */
export const standardEvents: EventIR[] = [
  event('referral', [], 'Referral'),
  event('decision'),
  event('assessment-complete', [], 'Assessment completed'),
  event('strategy-discussion', [{ name: 's47', type: { kind: 'boolean' } }], 'Strategy discussion'),
  event('icpc', [], 'Initial child protection conference'),
  event('icpc-not-required'),
  event('plan-start', [], 'Child protection plan starts'),
  event('plan-end', [], 'Child protection plan ends'),
  event('core-group', [], 'Core group meeting'),
  event('review-conference', [], 'Review conference'),
  event('referral-closed', [{ name: 'outcome', type: { kind: 'enum', values: ['nfa', 'early-help', 'moved-away'] } }], 'Referral closed'),
  event('initial-assessment-complete'),
  event('allegation'),
  event('lado-report'),
];

export const standardLadder: EscalationIR = {
  id: 'standard',
  steps: [
    { action: 'warn', role: 'Allocated social worker', when: 'before-due', offset: workingDays(2) },
    { action: 'notify', role: 'Team manager', when: 'overdue', offset: workingDays(1) },
    { action: 'notify', role: 'Head of service', when: 'overdue', offset: workingDays(5) },
  ],
};

export function policy(id: string, rules: ResolvedRule[], extra: Partial<ResolvedPolicy> = {}): ResolvedPolicy {
  return {
    id,
    chain: [id],
    calendar: englandAndWales,
    events: standardEvents,
    facts: [],
    rules,
    escalations: [],
    thresholds: [],
    ...extra,
  };
}

export function compiled(input: ResolvedPolicy | PolicySetInput): CompiledPolicy {
  const result = compile(input);
  if (!result.compiled) throw new Error(`fixture policy does not compile: ${result.errors.join('; ')}`);
  return result.compiled;
}

export function day(text: string): number {
  const parsed = parseIsoDate(text);
  if (parsed === undefined) throw new Error(`bad test date ${text}`);
  return parsed;
}

type EventSpec = [type: string, date: string, attributes?: Record<string, unknown>];

/** A validated case from `[type, date, attributes?]` triples. */
export function caseOf(policyCompiled: CompiledPolicy, events: EventSpec[], facts: Record<string, unknown> = {}, id = 'C-1'): CaseRecord {
  const input = { id, events: events.map(([type, date, attributes]) => ({ type, date, ...attributes })), facts };
  const outcome = policyCompiled.validate(input, { index: 0 });
  if (!outcome.record) throw new Error(`fixture case is invalid: ${outcome.errors.map((error) => error.message).join('; ')}`);
  return outcome.record;
}

/** Evaluates events as of a date and returns the result. */
export function evaluateAt(
  policyCompiled: CompiledPolicy,
  events: EventSpec[],
  asOf: string,
  options: { explain?: boolean; facts?: Record<string, unknown> } = {},
): CaseResult {
  return policyCompiled.evaluate(caseOf(policyCompiled, events, options.facts), day(asOf), { explain: options.explain ?? false });
}
