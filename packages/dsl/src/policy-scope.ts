/**
 * Everything a policy can name once its `extends` chain is applied up to one document: the declarations
 * in force and, for each, where it came from. Checks look names up here (a local protocol uses events
 * declared by its base); `resolve-policy.ts` builds it layer by layer and turns it into a ResolvedPolicy.
 */
import type {
  CalendarIR,
  EscalationIR,
  EventIR,
  FactIR,
  PolicyIR,
  RuleIR,
  ThresholdsIR,
} from './ir.js';

/** The policy and file a declaration (or a field of a rule) comes from. */
export interface Origin {
  policy: string;
  file: string;
}

export interface Declared<T> {
  node: T;
  origin: Origin;
}

/** A field of a rule that an override may give or leave out. */
export type RuleField = Exclude<keyof RuleIR, 'kind' | 'id'>;

/** A rule with its overrides applied; possibly incomplete (no `starts at` or no `requires`). */
export interface RuleDraft {
  rule: RuleIR;
  declaredIn: Origin;
  definedIn: Origin;
  statutoryIn?: Origin;
  /** Where each field in force was written. */
  origins: Partial<Record<RuleField, Origin>>;
}

export interface PolicyScope {
  policy: PolicyIR;
  origin: Origin;
  /** Root of the `extends` chain first, this policy last. */
  chain: Origin[];
  /** The policy's calendar (its own or inherited) and where it was named. */
  calendar?: Declared<string>;
  defaultEscalation?: Declared<string>;
  events: Map<string, Declared<EventIR>>;
  facts: Map<string, Declared<FactIR>>;
  calendars: Map<string, Declared<CalendarIR>>;
  escalations: Map<string, Declared<EscalationIR>>;
  thresholds: Map<string, Declared<ThresholdsIR>>;
  rules: Map<string, RuleDraft>;
}

export function isFromBase(declared: { origin: Origin }, scope: PolicyScope): boolean {
  return declared.origin.file !== scope.origin.file || declared.origin.policy !== scope.origin.policy;
}
