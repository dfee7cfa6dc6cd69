/**
 * A policy with its `extends` chain resolved: every inherited declaration merged in, every override
 * applied, every rule complete. This is what the engine compiles.
 */
import type {
  AnchorIR,
  ClosureIR,
  DayCounting,
  EscalationIR,
  EventIR,
  FactIR,
  HolidaySourceIR,
  IsoDate,
  RequirementIR,
  RuleIR,
  ThresholdsIR,
  Weekday,
} from './ir.js';

export interface ResolvedCalendar {
  id: string;
  title?: string;
  weekend: Weekday[];
  holidays?: HolidaySourceIR;
  closed: ClosureIR[];
  counting: DayCounting;
  /** Calendar ids from the root of its `extends` chain to this one. */
  chain: string[];
}

export interface ResolvedRule extends RuleIR {
  start: AnchorIR;
  requires: RequirementIR;
  statutory: boolean;
  cites: string[];
  /** The policy that declared the rule first. */
  declaredIn: string;
  /** The policy whose version of the rule is in force (the last override). */
  definedIn: string;
  /** The policy that made the rule statutory, when it is. */
  statutoryIn?: string;
}

export interface ResolvedPolicy {
  id: string;
  title?: string;
  version?: string;
  area?: string;
  effective?: IsoDate;
  until?: IsoDate;
  source?: string;
  /** Policy ids from the root of the `extends` chain to this policy. */
  chain: string[];
  calendar: ResolvedCalendar;
  events: EventIR[];
  facts: FactIR[];
  rules: ResolvedRule[];
  escalations: EscalationIR[];
  defaultEscalation?: string;
  thresholds: ThresholdsIR[];
}
