/**
 * `caseloadImpact(old, new, records, asOf)`: every case whose obligations change due date or status
 * (or whose threshold level changes) when NEW replaces OLD, counted by rule and by kind of change,
 * with a few example cases explained side by side. Obligations are paired by rule and start date.
 * A record is validated by each policy on its own; events of a type that a policy does not declare
 * are left out for that policy (so a WT2010 case can be evaluated under WT2013). Pure: no I/O.
 */
import type { CaseResult, ObligationResult, ObligationStatus, ThresholdResult } from './case-result.js';
import type { RecordError, RecordOrigin } from './case-record.js';
import type { CaseRecord } from './case-timeline.js';
import type { CompiledPolicy } from './compile-policy.js';
import { dayText } from './day-text.js';
import type { DayNumber } from './day-number.js';
import type {
  CaseImpact,
  ImpactExample,
  ImpactRejection,
  ImpactReport,
  ObligationChange,
  ObligationState,
  ThresholdChange,
} from './caseload-impact-types.js';

export interface ImpactOptions {
  /** How many example cases to explain side by side; default 3. */
  examples?: number;
  /** How many changed cases to list; default 1000 (the counts always cover every case). */
  maxListed?: number;
  /** Called for every record that a policy rejects (or that could not be read), as it happens. */
  onReject?: (rejection: ImpactRejection) => void;
  /**
   * Rules that replaced others (`PolicyDiff.replacements`): an obligation of a removed rule and one of
   * its replacement with the same start date are compared as one, under the rule `initial-assessment →
   * assessment`, rather than counted as no longer required and newly required.
   */
  replacements?: readonly { removed: readonly string[]; added: readonly string[] }[];
}

const MAX_REJECTIONS_KEPT = 20;

export function caseloadImpact(
  oldPolicy: CompiledPolicy,
  newPolicy: CompiledPolicy,
  records: Iterable<unknown>,
  asOf: DayNumber,
  options: ImpactOptions = {},
): ImpactReport {
  const collector = new ImpactCollector(oldPolicy, newPolicy, asOf, options);
  let index = 0;
  for (const record of records) collector.add(record, { index: index++ });
  return collector.report();
}

/** The incremental form, for callers that stream records: `add` each, then `report`. */
export class ImpactCollector {
  private cases = 0;
  private evaluated = 0;
  private rejected = 0;
  private readonly rejections: ImpactRejection[] = [];
  private readonly ignored = { old: 0, new: 0 };
  private changedObligations = 0;
  private readonly changed: CaseImpact[] = [];
  private changedCases = 0;
  private readonly byRule = new Map<string, { rule: string; kind: string; count: number }>();
  private readonly byKind = new Map<string, number>();
  private readonly thresholdCounts = new Map<string, { thresholds: string; old: string; new: string; count: number }>();
  private readonly exampleCandidates: { records: [CaseRecord, CaseRecord]; change: ObligationChange }[] = [];
  private readonly exampleKinds = new Set<string>();
  private readonly exampleLimit: number;
  private readonly maxListed: number;
  private readonly onReject: ((rejection: ImpactRejection) => void) | undefined;
  private readonly replacedBy: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(
    private readonly oldPolicy: CompiledPolicy,
    private readonly newPolicy: CompiledPolicy,
    private readonly asOf: DayNumber,
    options: ImpactOptions = {},
  ) {
    this.exampleLimit = Math.max(0, options.examples ?? 3);
    this.maxListed = Math.max(0, options.maxListed ?? 1000);
    this.onReject = options.onReject;
    const replacedBy = new Map<string, Set<string>>();
    for (const replacement of options.replacements ?? []) {
      for (const removed of replacement.removed) {
        const set = replacedBy.get(removed) ?? new Set<string>();
        for (const added of replacement.added) set.add(added);
        replacedBy.set(removed, set);
      }
    }
    this.replacedBy = replacedBy;
  }

  /** A record that could not even be read (not JSON, a broken CSV row): counted as rejected. */
  addUnreadable(error: RecordError): void {
    this.cases++;
    this.rejected++;
    this.keepRejection({ side: 'input', errors: [error] });
  }

  private keepRejection(rejection: ImpactRejection): void {
    if (this.rejections.length < MAX_REJECTIONS_KEPT) this.rejections.push(rejection);
    this.onReject?.(rejection);
  }

  add(input: unknown, origin: RecordOrigin): void {
    this.cases++;
    const oldRecord = this.validate('old', this.oldPolicy, input, origin);
    const newRecord = oldRecord === undefined ? undefined : this.validate('new', this.newPolicy, input, origin);
    if (oldRecord === undefined || newRecord === undefined) {
      this.rejected++;
      return;
    }
    this.evaluated++;
    const oldResult = this.oldPolicy.evaluate(oldRecord, this.asOf);
    const newResult = this.newPolicy.evaluate(newRecord, this.asOf);
    const obligations = compareObligations(oldResult.obligations, newResult.obligations, this.replacedBy);
    const thresholds = compareThresholds(oldResult.thresholds, newResult.thresholds);
    if (obligations.length === 0 && thresholds.length === 0) return;
    this.changedCases++;
    if (this.changed.length < this.maxListed) this.changed.push({ case: oldResult.case, obligations, thresholds });
    for (const change of obligations) this.count(change, [oldRecord, newRecord]);
    for (const change of thresholds) {
      const key = `${change.thresholds}\u0000${change.old}\u0000${change.new}`;
      const entry = this.thresholdCounts.get(key) ?? { ...change, count: 0 };
      entry.count++;
      this.thresholdCounts.set(key, entry);
    }
  }

  private validate(side: 'old' | 'new', policy: CompiledPolicy, input: unknown, origin: RecordOrigin): CaseRecord | undefined {
    const { value, dropped } = withoutUndeclaredEvents(input, policy);
    this.ignored[side] += dropped;
    const outcome = policy.validate(value, origin);
    if (outcome.record !== undefined) return outcome.record;
    this.keepRejection({ side, errors: outcome.errors });
    return undefined;
  }

  private count(change: ObligationChange, records: [CaseRecord, CaseRecord]): void {
    this.changedObligations++;
    const key = `${change.rule}\u0000${change.kind}`;
    const entry = this.byRule.get(key) ?? { rule: change.rule, kind: change.kind, count: 0 };
    entry.count++;
    this.byRule.set(key, entry);
    this.byKind.set(change.kind, (this.byKind.get(change.kind) ?? 0) + 1);
    if (this.exampleCandidates.length < this.exampleLimit && !this.exampleKinds.has(key)) {
      this.exampleKinds.add(key);
      this.exampleCandidates.push({ records, change });
    }
  }

  report(): ImpactReport {
    const byRule = [...this.byRule.values()].sort((a, b) => (a.rule === b.rule ? b.count - a.count : a.rule < b.rule ? -1 : 1));
    const byKind = [...this.byKind.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
    return {
      asOf: dayText(this.asOf),
      old: { id: this.oldPolicy.id, version: this.oldPolicy.version, hash: this.oldPolicy.hash },
      new: { id: this.newPolicy.id, version: this.newPolicy.version, hash: this.newPolicy.hash },
      cases: this.cases,
      evaluated: this.evaluated,
      rejected: this.rejected,
      rejections: this.rejections,
      ignoredEvents: { ...this.ignored },
      changedCases: this.changedCases,
      changedObligations: this.changedObligations,
      byRule,
      byKind,
      thresholds: [...this.thresholdCounts.values()],
      changed: this.changed,
      truncated: this.changedCases > this.changed.length,
      examples: this.exampleCandidates.map(({ records, change }) => this.explainExample(records, change)),
    };
  }

  private explainExample(records: [CaseRecord, CaseRecord], change: ObligationChange): ImpactExample {
    const explain = { explain: true };
    const [oldRule, newRule] = change.rule.includes(REPLACED) ? change.rule.split(REPLACED) : [change.rule, change.rule];
    const find = (result: CaseResult, rule: string | undefined) =>
      result.obligations.find((obligation) => obligation.rule === rule && obligation.start === change.start);
    const oldObligation = find(this.oldPolicy.evaluate(records[0], this.asOf, explain), oldRule);
    const newObligation = find(this.newPolicy.evaluate(records[1], this.asOf, explain), newRule);
    const example: ImpactExample = { case: records[0].id, rule: change.rule, start: change.start, kind: change.kind };
    if (oldObligation !== undefined) example.old = oldObligation;
    if (newObligation !== undefined) example.new = newObligation;
    return example;
  }
}

/** The record without the events whose type the policy does not declare, and how many were left out. */
function withoutUndeclaredEvents(input: unknown, policy: CompiledPolicy): { value: unknown; dropped: number } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { value: input, dropped: 0 };
  const events = (input as { events?: unknown }).events;
  if (!Array.isArray(events)) return { value: input, dropped: 0 };
  const kept = events.filter((event) => {
    const type = typeof event === 'object' && event !== null ? (event as { type?: unknown }).type : undefined;
    return typeof type !== 'string' || policy.schema.events.has(type);
  });
  if (kept.length === events.length) return { value: input, dropped: 0 };
  return { value: { ...(input as Record<string, unknown>), events: kept }, dropped: events.length - kept.length };
}

const STATUS_WORDS: Record<ObligationStatus, string> = {
  met: 'met',
  late: 'late',
  open: 'open',
  'due-soon': 'due soon',
  overdue: 'overdue',
  cancelled: 'cancelled',
};

function state(obligation: ObligationResult): ObligationState {
  return { due: obligation.due, status: obligation.status, completed: obligation.completed };
}

function changeKind(oldObligation: ObligationResult | undefined, newObligation: ObligationResult | undefined): string | undefined {
  if (oldObligation === undefined) return `newly required (${STATUS_WORDS[newObligation!.status]})`;
  if (newObligation === undefined) return `no longer required (was ${STATUS_WORDS[oldObligation.status]})`;
  if (oldObligation.status !== newObligation.status) return `${STATUS_WORDS[oldObligation.status]} → ${STATUS_WORDS[newObligation.status]}`;
  if (oldObligation.due === newObligation.due) return undefined;
  if (oldObligation.due === null || newObligation.due === null) return `due date ${newObligation.due === null ? 'withdrawn' : 'given'} (${STATUS_WORDS[newObligation.status]})`;
  return `due ${newObligation.due < oldObligation.due ? 'earlier' : 'later'} (${STATUS_WORDS[newObligation.status]})`;
}

function obligationKey(obligation: ObligationResult): string {
  return `${obligation.rule}\u0000${obligation.start}`;
}

/** Joins the names of a removed rule and the rule that replaced it: `initial-assessment → assessment`. */
const REPLACED = ' → ';

function compareObligations(
  oldObligations: readonly ObligationResult[],
  newObligations: readonly ObligationResult[],
  replacedBy: ReadonlyMap<string, ReadonlySet<string>>,
): ObligationChange[] {
  const unmatched = new Map<string, ObligationResult[]>();
  for (const obligation of newObligations) {
    const list = unmatched.get(obligationKey(obligation)) ?? [];
    list.push(obligation);
    unmatched.set(obligationKey(obligation), list);
  }
  const changes: ObligationChange[] = [];
  const record = (oldObligation: ObligationResult | undefined, newObligation: ObligationResult | undefined) => {
    const kind = changeKind(oldObligation, newObligation);
    if (kind === undefined) return;
    const either = (oldObligation ?? newObligation)!;
    const rule = oldObligation !== undefined && newObligation !== undefined && oldObligation.rule !== newObligation.rule ? `${oldObligation.rule}${REPLACED}${newObligation.rule}` : either.rule;
    const change: ObligationChange = { rule, start: either.start, kind };
    if (oldObligation !== undefined) change.old = state(oldObligation);
    if (newObligation !== undefined) change.new = state(newObligation);
    changes.push(change);
  };
  const orphans: ObligationResult[] = [];
  for (const obligation of oldObligations) {
    const counterpart = unmatched.get(obligationKey(obligation))?.shift();
    if (counterpart === undefined && replacedBy.has(obligation.rule)) orphans.push(obligation);
    else record(obligation, counterpart);
  }
  for (const obligation of orphans) {
    const successors = replacedBy.get(obligation.rule)!;
    let counterpart: ObligationResult | undefined;
    for (const list of unmatched.values()) {
      const position = list.findIndex((candidate) => successors.has(candidate.rule) && candidate.start === obligation.start);
      if (position !== -1) {
        counterpart = list.splice(position, 1)[0];
        break;
      }
    }
    record(obligation, counterpart);
  }
  for (const list of unmatched.values()) for (const obligation of list) record(undefined, obligation);
  return changes;
}

/** "level 3 (Child in need (section 17))", "cannot decide: missing significant-harm". */
export function thresholdOutcomeWords(result: ThresholdResult | undefined): string {
  if (result === undefined) return 'no threshold document';
  if (result.level === null) return result.undecided?.reason ?? 'no level';
  return `level ${result.level} (${result.label ?? ''})`;
}

function compareThresholds(oldResults: readonly ThresholdResult[], newResults: readonly ThresholdResult[]): ThresholdChange[] {
  const ids = [...new Set([...oldResults, ...newResults].map((result) => result.thresholds))];
  const changes: ThresholdChange[] = [];
  for (const id of ids) {
    const before = thresholdOutcomeWords(oldResults.find((result) => result.thresholds === id));
    const after = thresholdOutcomeWords(newResults.find((result) => result.thresholds === id));
    if (before !== after) changes.push({ thresholds: id, old: before, new: after });
  }
  return changes;
}
