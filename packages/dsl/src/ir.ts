/**
 * The policy IR: plain JSON that both spellings of the language (text `.wt` and `.yaml`) compile to,
 * and that the engine consumes. Every declaration carries the range of its source (`loc`), which is
 * ignored when two IRs are compared or hashed (see `canonical-ir.ts`).
 *
 * A policy that `extends` another holds only what it adds or overrides: an override of an inherited
 * rule may leave out any field, which is then taken from the base (see `resolve-policy.ts`).
 */
import type { SourceRange } from './source-range.js';

export const IR_VERSION = 1;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export type DurationUnit = 'working-days' | 'days' | 'weeks' | 'months';

/**
 * How `N months` treats a start date whose day does not exist N months later (31 Jan + 1 month):
 * `last-day` — the last day of that month (Dodds v Walker, the default);
 * `next-month-start` — the first day of the following month (Catala's "round up");
 * `refuse` — no due date; the obligation carries a warning (Catala's "ambiguous").
 */
export type MonthRounding = 'last-day' | 'next-month-start' | 'refuse';

export interface DurationIR {
  amount: number;
  unit: DurationUnit;
  /** Only meaningful for months; absent means `last-day`. */
  rounding?: MonthRounding;
  loc?: SourceRange;
}

export type Literal = string | number | boolean;

/** One side of a comparison: a named fact (thresholds) or event attribute (filters), or a literal. */
export type Operand = { ref: string; loc?: SourceRange } | { value: Literal; loc?: SourceRange };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * A condition. In thresholds, names are facts of the case; in `where` filters, names are attributes
 * of the event being matched. Dates are compared as `YYYY-MM-DD` strings given as `{ value }`.
 */
export type ConditionIR =
  | { op: 'and'; args: ConditionIR[]; loc?: SourceRange }
  | { op: 'or'; args: ConditionIR[]; loc?: SourceRange }
  | { op: 'not'; arg: ConditionIR; loc?: SourceRange }
  | { op: 'compare'; operator: ComparisonOperator; left: Operand; right: Operand; loc?: SourceRange }
  | { op: 'in'; left: Operand; values: Literal[]; loc?: SourceRange }
  /** A boolean fact or attribute used on its own: `when significant-harm`. */
  | { op: 'is-true'; ref: string; loc?: SourceRange }
  | { op: 'constant'; value: boolean; loc?: SourceRange };

export type AttributeType =
  | { kind: 'boolean' }
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'date' }
  | { kind: 'enum'; values: string[] };

export interface AttributeIR {
  name: string;
  type: AttributeType;
  loc?: SourceRange;
}

export interface EventIR {
  id: string;
  description?: string;
  attributes: AttributeIR[];
  loc?: SourceRange;
}

export interface FactIR {
  id: string;
  description?: string;
  type: AttributeType;
  loc?: SourceRange;
}

/** An event type with an optional filter on its attributes: `strategy-discussion where s47 = true`. */
export interface EventMatchIR {
  event: string;
  where?: ConditionIR;
  loc?: SourceRange;
}

export type AnchorWhich = 'first' | 'last' | 'each';

/**
 * `starts at first strategy-discussion where s47 = true otherwise last strategy-discussion`:
 * the anchor; when it matches no event, the fallback is tried.
 */
export interface AnchorIR extends EventMatchIR {
  which: AnchorWhich;
  fallback?: AnchorIR;
}

export interface RequirementIR extends EventMatchIR {
  within: DurationIR;
}

/** `while plan-start .. plan-end`: the obligation exists only while the case is in that state. */
export interface WhileIR {
  from: EventMatchIR;
  to: EventMatchIR;
  loc?: SourceRange;
}

export type RuleKind = 'timescale' | 'review-point' | 'decision-point';

export interface RuleIR {
  kind: RuleKind;
  id: string;
  title?: string;
  start?: AnchorIR;
  requires?: RequirementIR;
  while?: WhileIR;
  /** Events that cancel the obligation when they happen before it is met. */
  unless?: EventMatchIR[];
  statutory?: boolean;
  cites?: string[];
  /** The due-soon window: `warn 2 working days before due`. */
  warn?: DurationIR;
  /** The escalation ladder for this rule; absent means the policy's default ladder. */
  escalation?: string;
  loc?: SourceRange;
  /** Where the `statutory` keyword stands, for diagnostics that point at it. */
  statutoryLoc?: SourceRange;
}

/** `remove timescale x` in a policy that extends another. */
export interface RemovalIR {
  kind: RuleKind;
  id: string;
  loc?: SourceRange;
}

export type HolidaySourceIR =
  /** A date-holidays region with the project's corrections: `GB-ENG`, `GB-SCT`, `GB-NIR`. */
  | { kind: 'region'; region: string; loc?: SourceRange }
  /** A GOV.UK `bank-holidays.json` file and one of its divisions. */
  | { kind: 'govuk-file'; path: string; division: string; loc?: SourceRange };

export interface ClosureIR {
  date: IsoDate;
  label?: string;
  loc?: SourceRange;
}

/**
 * `exclusive`: the start date is day 0 and "within N working days" is the Nth working day after it
 * (Working Together). `inclusive`: the start date counts as day 1, whatever day it falls on, so the
 * due date is the (N − 1)th working day after it (the DfE CIN census validator).
 */
export type DayCounting = 'exclusive' | 'inclusive';

export interface CalendarIR {
  id: string;
  title?: string;
  extends?: string;
  weekend?: Weekday[];
  holidays?: HolidaySourceIR;
  closed?: ClosureIR[];
  counting?: DayCounting;
  loc?: SourceRange;
}

export type EscalationAction = 'warn' | 'notify';

export interface EscalationStepIR {
  action: EscalationAction;
  role: string;
  /** `before-due`: active from `offset` before the due date; `overdue`: once overdue by `offset`. */
  when: 'before-due' | 'overdue';
  offset: DurationIR;
  loc?: SourceRange;
}

export interface EscalationIR {
  id: string;
  title?: string;
  steps: EscalationStepIR[];
  loc?: SourceRange;
}

export interface ThresholdLevelIR {
  level: number;
  label: string;
  when: ConditionIR;
  loc?: SourceRange;
}

export interface ThresholdsIR {
  id: string;
  title?: string;
  levels: ThresholdLevelIR[];
  otherwise?: { level: number; label: string; loc?: SourceRange };
  loc?: SourceRange;
}

export interface PolicyIR {
  irVersion: typeof IR_VERSION;
  id: string;
  title?: string;
  version?: string;
  area?: string;
  effective?: IsoDate;
  /** The last day the policy is in force (inclusive). */
  until?: IsoDate;
  extends?: string;
  calendar?: string;
  /** The default escalation ladder of the policy's rules. */
  escalation?: string;
  source?: string;
  calendars: CalendarIR[];
  events: EventIR[];
  facts: FactIR[];
  rules: RuleIR[];
  removals: RemovalIR[];
  escalations: EscalationIR[];
  thresholds: ThresholdsIR[];
  loc?: SourceRange;
  /** Where `extends X` stands in the header. */
  extendsLoc?: SourceRange;
  /** Where the header's `calendar`, `escalation`, `effective` and `until` lines stand. */
  calendarLoc?: SourceRange;
  escalationLoc?: SourceRange;
  effectiveLoc?: SourceRange;
  untilLoc?: SourceRange;
}
