/**
 * Checks keyed by declaration kind, in the manner of Langium's ValidationRegistry: each check is a small
 * function over one declaration; the registry runs every check registered for each declaration of a
 * document. `policy` checks see the whole document (duplicates, header).
 */
import type { CheckContext } from './check-context.js';
import type {
  CalendarIR,
  EscalationIR,
  EventIR,
  FactIR,
  PolicyIR,
  RemovalIR,
  RuleIR,
  ThresholdsIR,
} from './ir.js';

export interface Declarations {
  policy: PolicyIR;
  calendar: CalendarIR;
  event: EventIR;
  fact: FactIR;
  rule: RuleIR;
  removal: RemovalIR;
  escalation: EscalationIR;
  thresholds: ThresholdsIR;
}

export type DeclarationKind = keyof Declarations;

export type Check<K extends DeclarationKind> = (declaration: Declarations[K], context: CheckContext) => void;

export type ChecksByKind = { [K in DeclarationKind]?: Check<K>[] };

export class ValidationRegistry {
  private readonly checks: { [K in DeclarationKind]: Check<K>[] } = {
    policy: [],
    calendar: [],
    event: [],
    fact: [],
    rule: [],
    removal: [],
    escalation: [],
    thresholds: [],
  };

  register(checks: ChecksByKind): this {
    this.add('policy', checks.policy);
    this.add('calendar', checks.calendar);
    this.add('event', checks.event);
    this.add('fact', checks.fact);
    this.add('rule', checks.rule);
    this.add('removal', checks.removal);
    this.add('escalation', checks.escalation);
    this.add('thresholds', checks.thresholds);
    return this;
  }

  run(ir: PolicyIR, context: CheckContext): void {
    this.runAll('policy', [ir], context);
    this.runAll('calendar', ir.calendars, context);
    this.runAll('event', ir.events, context);
    this.runAll('fact', ir.facts, context);
    this.runAll('rule', ir.rules, context);
    this.runAll('removal', ir.removals, context);
    this.runAll('escalation', ir.escalations, context);
    this.runAll('thresholds', ir.thresholds, context);
  }

  private add<K extends DeclarationKind>(kind: K, checks: Check<K>[] | undefined): void {
    if (checks !== undefined) this.checks[kind].push(...checks);
  }

  private runAll<K extends DeclarationKind>(kind: K, declarations: readonly Declarations[K][], context: CheckContext): void {
    for (const declaration of declarations) {
      for (const check of this.checks[kind]) check(declaration, context);
    }
  }
}
