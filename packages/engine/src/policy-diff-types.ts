/**
 * A semantic diff of two policies, as data: what changed in the domain's words (timescales, review
 * and decision points, calendars, escalation, thresholds), each change classed as stricter, looser,
 * neutral or not comparable, with the statutory-floor status of the result. Renderers turn it into
 * text, Markdown or HTML; tools read it as JSON.
 */
import type { RuleKind } from '@wt/dsl';
import type { ThresholdWitnessResult } from './threshold-witness.js';

/** How a change moves what the policy asks for. */
export type Direction = 'stricter' | 'looser' | 'neutral' | 'not-comparable';

/** A rule's overall direction: `mixed` when some of its changes are stricter and others looser. */
export type OverallDirection = Direction | 'mixed';

export interface PolicySummary {
  id: string;
  title?: string;
  version?: string;
  area?: string;
  effective?: string;
  /** `sha256:…` of the policy's canonical IR (`policyHash`). */
  hash: string;
}

/** One changed clause, in words. */
export interface ClauseChange {
  /** `start`, `requires`, `within`, `statutory`, `warn`, `while`, `unless`, `title`, `kind`, `cites`, `escalation`. */
  clause: string;
  /** The clause before and after, in words; absent when the clause was added or removed. */
  old?: string;
  new?: string;
  direction: Direction;
  /** Why it is classed so: "45 working days → 35 working days: due sooner". */
  reason: string;
}

export type FloorStatus =
  /** Neither version of the rule is statutory. */
  | 'not-statutory'
  /** The rule is statutory in the policy itself (a statutory baseline): it is the floor. */
  | 'statutory-baseline'
  /** The result keeps to the statutory floor set by a base policy. */
  | 'within-floor'
  /** The result lengthens, weakens or drops the statutory floor. */
  | 'breaks-floor'
  /** The result cannot be compared with the floor (another unit, another event). */
  | 'not-comparable'
  /** The base policy that sets the floor was not available. */
  | 'unknown';

export interface FloorVerdict {
  status: FloorStatus;
  /** The policy that made the rule statutory. */
  policy?: string;
  /** In words: "within the statutory floor of 45 working days (working-together-2013)". */
  text: string;
}

export interface RuleSnapshot {
  id: string;
  kind: RuleKind;
  title: string;
  /** The rule in one sentence: "Complete the assessment within 45 working days of the referral." */
  sentence: string;
  /** "within 45 working days of the referral". */
  deadline: string;
  statutory: boolean;
  statutoryIn?: string;
}

export type RuleDiff =
  | { change: 'added'; id: string; new: RuleSnapshot; direction: Direction; floor: FloorVerdict }
  | { change: 'removed'; id: string; old: RuleSnapshot; direction: Direction; floor: FloorVerdict }
  | {
      change: 'changed';
      id: string;
      old: RuleSnapshot;
      new: RuleSnapshot;
      clauses: ClauseChange[];
      direction: OverallDirection;
      floor: FloorVerdict;
    };

/** Rules removed and added in the same diff that do the same job: the initial and core assessments → one assessment. */
export interface RuleReplacement {
  removed: string[];
  added: string[];
  /** In plain English: "The initial and core assessments (…) were replaced by one assessment within 45 working days of the referral." */
  sentence: string;
}

export interface ItemChange {
  change: 'added' | 'removed' | 'changed';
  /** What the item is, in words: "closure day 2024-12-24 (Council closure)". */
  subject: string;
  old?: string;
  new?: string;
  direction: Direction;
  reason: string;
}

export interface CalendarDiff {
  oldId: string;
  newId: string;
  changes: ItemChange[];
}

export interface EscalationDiff {
  id: string;
  change: 'added' | 'removed' | 'changed';
  title?: string;
  changes: ItemChange[];
}

export interface ThresholdsDiff {
  id: string;
  change: 'added' | 'removed' | 'changed';
  title?: string;
  /** Level by level: label and criteria, in words. */
  changes: ItemChange[];
  /** For a changed document: a set of facts that gets a different level under OLD and NEW, or how hard we looked. */
  witness?: ThresholdWitnessResult;
}

export interface PolicyDiff {
  old: PolicySummary;
  new: PolicySummary;
  /** True when the two policies mean the same (their hashes are equal). */
  equal: boolean;
  /** Plain-English sentences, most important first. */
  summary: string[];
  header: ItemChange[];
  rules: RuleDiff[];
  replacements: RuleReplacement[];
  calendar?: CalendarDiff;
  escalations: EscalationDiff[];
  thresholds: ThresholdsDiff[];
  events: ItemChange[];
  facts: ItemChange[];
}

/** Two policy sets (directories of versions), version by version. */
export interface PolicySetDiff {
  old: PolicySummary;
  new: PolicySummary;
  equal: boolean;
  /** Pairs of versions, matched by id (or the only version on each side). */
  versions: PolicyDiff[];
  addedVersions: PolicySummary[];
  removedVersions: PolicySummary[];
}
