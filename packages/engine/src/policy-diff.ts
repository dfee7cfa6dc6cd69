/**
 * `diffPolicies(old, new)`: the semantic diff of two resolved policies, in the domain's words (see
 * policy-diff-types.ts). Pure: no I/O, runs in the browser too. `diffPolicySets` pairs the versions of
 * two policy sets by id and diffs each pair.
 */
import { policyHash, type ResolvedPolicy, type ResolvedRule } from '@wt/dsl';
import { diffCalendars } from './diff-calendar.js';
import { diffEvents, diffFacts, diffHeader } from './diff-declarations.js';
import { diffEscalations } from './diff-escalations.js';
import { findReplacements } from './diff-replacements.js';
import { diffRuleClauses, overallDirection, type RuleWording } from './diff-rules.js';
import { floorVerdict, type FloorContext, type FloorPolicyLookup } from './diff-statutory-floor.js';
import { diffSummary } from './diff-summary.js';
import { diffThresholds, type WitnessSearchOptions } from './diff-thresholds.js';
import { deadlinePhrase, eventLookup, ruleSentence, ruleTitle, type EventLookup } from './diff-wording.js';
import type { PolicyDiff, PolicySetDiff, PolicySummary, RuleDiff, RuleSnapshot } from './policy-diff-types.js';

export interface DiffOptions {
  /**
   * The resolved policy that made a rule statutory, by id (a base that NEW extends), so that each
   * change can be checked against the statutory floor. Without it the floor status of a rule made
   * statutory by a base policy is `unknown`.
   */
  floorPolicy?: FloorPolicyLookup;
  /** How hard to look for a threshold witness. */
  witness?: WitnessSearchOptions;
}

export function policySummary(policy: ResolvedPolicy, hash = policyHash(policy)): PolicySummary {
  const summary: PolicySummary = { id: policy.id, hash };
  if (policy.title !== undefined) summary.title = policy.title;
  if (policy.version !== undefined) summary.version = policy.version;
  if (policy.area !== undefined) summary.area = policy.area;
  if (policy.effective !== undefined) summary.effective = policy.effective;
  return summary;
}

function snapshot(rule: ResolvedRule, events: EventLookup): RuleSnapshot {
  const snap: RuleSnapshot = {
    id: rule.id,
    kind: rule.kind,
    title: ruleTitle(rule),
    sentence: ruleSentence(events, rule),
    deadline: deadlinePhrase(events, rule),
    statutory: rule.statutory,
  };
  if (rule.statutoryIn !== undefined) snap.statutoryIn = rule.statutoryIn;
  return snap;
}

export function diffPolicies(oldPolicy: ResolvedPolicy, newPolicy: ResolvedPolicy, options: DiffOptions = {}): PolicyDiff {
  const old = policySummary(oldPolicy);
  const next = policySummary(newPolicy);
  const words: RuleWording = { oldEvents: eventLookup(oldPolicy.events), newEvents: eventLookup(newPolicy.events) };
  const floor: FloorContext = { oldPolicy, newPolicy, ...(options.floorPolicy ? { floorPolicy: options.floorPolicy } : {}) };
  const equal = old.hash === next.hash;

  const newRules = new Map(newPolicy.rules.map((rule) => [rule.id, rule]));
  const oldIds = new Set(oldPolicy.rules.map((rule) => rule.id));
  const rules: RuleDiff[] = [];
  const removed: ResolvedRule[] = [];
  const added: ResolvedRule[] = [];
  for (const rule of oldPolicy.rules) {
    const counterpart = newRules.get(rule.id);
    if (counterpart === undefined) {
      removed.push(rule);
      rules.push({ change: 'removed', id: rule.id, old: snapshot(rule, words.oldEvents), direction: 'looser', floor: floorVerdict(rule, undefined, floor) });
      continue;
    }
    const clauses = diffRuleClauses(rule, counterpart, words);
    if (clauses.length === 0) continue;
    rules.push({
      change: 'changed',
      id: rule.id,
      old: snapshot(rule, words.oldEvents),
      new: snapshot(counterpart, words.newEvents),
      clauses,
      direction: overallDirection(clauses.map((clause) => clause.direction)),
      floor: floorVerdict(rule, counterpart, floor),
    });
  }
  for (const rule of newPolicy.rules) {
    if (oldIds.has(rule.id)) continue;
    added.push(rule);
    rules.push({ change: 'added', id: rule.id, new: snapshot(rule, words.newEvents), direction: 'stricter', floor: floorVerdict(undefined, rule, floor) });
  }

  const calendar = diffCalendars(oldPolicy.calendar, newPolicy.calendar);
  const diff: Omit<PolicyDiff, 'summary'> = {
    old,
    new: next,
    equal,
    header: diffHeader(oldPolicy, newPolicy),
    rules,
    replacements: findReplacements(removed, added, words.oldEvents, words.newEvents),
    ...(calendar !== undefined ? { calendar } : {}),
    escalations: diffEscalations(oldPolicy, newPolicy),
    thresholds: diffThresholds(oldPolicy, newPolicy, options.witness),
    events: diffEvents(oldPolicy, newPolicy),
    facts: diffFacts(oldPolicy, newPolicy),
  };
  return { ...diff, summary: diffSummary(diff) };
}

/** The summary of a set: the versions' ids and the hash of their hashes (as `compile` computes it). */
export function policySetSummary(versions: readonly ResolvedPolicy[]): PolicySummary {
  if (versions.length === 1) return policySummary(versions[0]!);
  const hashes = versions.map((version) => policyHash(version));
  return { id: versions.map((version) => version.id).join('+'), hash: policyHash(hashes) };
}

/**
 * Diffs two policy sets version by version: versions with the same id are paired; when exactly one
 * version on each side is left unpaired, those two are paired too.
 */
export function diffPolicySets(oldVersions: readonly ResolvedPolicy[], newVersions: readonly ResolvedPolicy[], options: DiffOptions = {}): PolicySetDiff {
  const newById = new Map(newVersions.map((version) => [version.id, version]));
  const pairs: [ResolvedPolicy, ResolvedPolicy][] = [];
  const unpairedOld: ResolvedPolicy[] = [];
  for (const version of oldVersions) {
    const counterpart = newById.get(version.id);
    if (counterpart === undefined) unpairedOld.push(version);
    else {
      pairs.push([version, counterpart]);
      newById.delete(version.id);
    }
  }
  const unpairedNew = newVersions.filter((version) => newById.has(version.id));
  if (unpairedOld.length === 1 && unpairedNew.length === 1) {
    pairs.push([unpairedOld.pop()!, unpairedNew.pop()!]);
  }
  const versions = pairs.map(([oldVersion, newVersion]) => diffPolicies(oldVersion, newVersion, options));
  const old = policySetSummary(oldVersions);
  const next = policySetSummary(newVersions);
  return {
    old,
    new: next,
    equal: old.hash === next.hash,
    versions,
    addedVersions: unpairedNew.map((version) => policySummary(version)),
    removedVersions: unpairedOld.map((version) => policySummary(version)),
  };
}
