/**
 * What changed in the threshold documents, level by level, with a witness for every document whose
 * criteria changed: a set of facts that gets a different level under OLD and NEW (see
 * threshold-witness.ts). Criteria changes are "not comparable": a threshold decides which help a
 * child gets, not how soon; the witness search says how many combinations get a higher or lower level.
 */
import type { FactIR, ResolvedPolicy, ThresholdsIR } from '@wt/dsl';
import { describeCondition } from './describe-condition.js';
import { nameTypes } from './name-types.js';
import { sameMeaning } from './diff-same-meaning.js';
import type { ItemChange, ThresholdsDiff } from './policy-diff-types.js';
import { findThresholdWitness, type ThresholdWitnessOptions } from './threshold-witness.js';

export type WitnessSearchOptions = Pick<ThresholdWitnessOptions, 'maxExhaustive' | 'tries' | 'seed'>;

export function diffThresholds(oldPolicy: ResolvedPolicy, newPolicy: ResolvedPolicy, options: WitnessSearchOptions = {}): ThresholdsDiff[] {
  const diffs: ThresholdsDiff[] = [];
  const newById = new Map(newPolicy.thresholds.map((doc) => [doc.id, doc]));
  const oldIds = new Set(oldPolicy.thresholds.map((doc) => doc.id));
  for (const oldDoc of oldPolicy.thresholds) {
    const newDoc = newById.get(oldDoc.id);
    if (newDoc === undefined) {
      diffs.push(withTitle({ id: oldDoc.id, change: 'removed', changes: levelItems('removed', oldDoc, oldPolicy.facts) }, oldDoc));
      continue;
    }
    const changed = diffDocument(oldDoc, newDoc, oldPolicy.facts, newPolicy.facts);
    if (changed === undefined) continue;
    if (changed.criteriaChanged) {
      changed.diff.witness = findThresholdWitness(oldDoc, newDoc, { ...options, oldFacts: oldPolicy.facts, newFacts: newPolicy.facts });
    }
    diffs.push(changed.diff);
  }
  for (const newDoc of newPolicy.thresholds) {
    if (!oldIds.has(newDoc.id)) diffs.push(withTitle({ id: newDoc.id, change: 'added', changes: levelItems('added', newDoc, newPolicy.facts) }, newDoc));
  }
  return diffs;
}

function withTitle(diff: ThresholdsDiff, doc: ThresholdsIR): ThresholdsDiff {
  if (doc.title !== undefined) diff.title = doc.title;
  return diff;
}

/** "needs-score is at least 3 and significant-harm is not true". */
export function criteriaText(level: ThresholdsIR['levels'][number], facts: readonly FactIR[]): string {
  return describeCondition(level.when, { types: nameTypes(facts.map((fact) => [fact.id, fact.type] as const)) });
}

function levelName(level: { level: number; label: string }): string {
  return `level ${level.level} (${level.label})`;
}

function levelItems(change: 'added' | 'removed', doc: ThresholdsIR, facts: readonly FactIR[]): ItemChange[] {
  const items: ItemChange[] = doc.levels.map((level) => ({
    change,
    subject: levelName(level),
    [change === 'added' ? 'new' : 'old']: criteriaText(level, facts),
    direction: 'not-comparable',
    reason: change === 'added' ? 'a new threshold document' : 'the threshold document was removed',
  }));
  if (doc.otherwise !== undefined) {
    items.push({ change, subject: levelName(doc.otherwise), [change === 'added' ? 'new' : 'old']: 'otherwise', direction: 'not-comparable', reason: 'when no other level applies' });
  }
  return items;
}

function diffDocument(
  oldDoc: ThresholdsIR,
  newDoc: ThresholdsIR,
  oldFacts: readonly FactIR[],
  newFacts: readonly FactIR[],
): { diff: ThresholdsDiff; criteriaChanged: boolean } | undefined {
  const changes: ItemChange[] = [];
  let criteriaChanged = false;
  if ((oldDoc.title ?? '') !== (newDoc.title ?? '')) {
    changes.push({ change: 'changed', subject: 'title', old: oldDoc.title ?? '(none)', new: newDoc.title ?? '(none)', direction: 'neutral', reason: 'the wording only' });
  }
  const newLevels = new Map(newDoc.levels.map((level) => [level.level, level]));
  const oldLevels = new Map(oldDoc.levels.map((level) => [level.level, level]));
  for (const level of oldDoc.levels) {
    const next = newLevels.get(level.level);
    if (next === undefined) {
      criteriaChanged = true;
      changes.push({ change: 'removed', subject: levelName(level), old: criteriaText(level, oldFacts), direction: 'not-comparable', reason: 'cases it decided now get another level' });
      continue;
    }
    if (level.label !== next.label) {
      changes.push({ change: 'changed', subject: `level ${level.level} label`, old: level.label, new: next.label, direction: 'neutral', reason: 'the wording only' });
    }
    if (!sameMeaning(level.when, next.when)) {
      criteriaChanged = true;
      changes.push({
        change: 'changed',
        subject: `${levelName(next)} criteria`,
        old: criteriaText(level, oldFacts),
        new: criteriaText(next, newFacts),
        direction: 'not-comparable',
        reason: 'some cases get another level (see the witness)',
      });
    }
  }
  for (const level of newDoc.levels) {
    if (oldLevels.has(level.level)) continue;
    criteriaChanged = true;
    changes.push({ change: 'added', subject: levelName(level), new: criteriaText(level, newFacts), direction: 'not-comparable', reason: 'a new level' });
  }
  const order = (doc: ThresholdsIR) => doc.levels.map((level) => level.level).join(',');
  const sharedOrder = (doc: ThresholdsIR, other: Map<number, unknown>) =>
    doc.levels.filter((level) => other.has(level.level)).map((level) => level.level).join(',');
  if (sharedOrder(oldDoc, newLevels) !== sharedOrder(newDoc, oldLevels)) {
    criteriaChanged = true;
    changes.push({ change: 'changed', subject: 'order of the levels', old: order(oldDoc), new: order(newDoc), direction: 'not-comparable', reason: 'the first level that applies is the level' });
  }
  if (!sameMeaning(oldDoc.otherwise, newDoc.otherwise)) {
    criteriaChanged = criteriaChanged || oldDoc.otherwise?.level !== newDoc.otherwise?.level;
    changes.push({
      change: oldDoc.otherwise === undefined ? 'added' : newDoc.otherwise === undefined ? 'removed' : 'changed',
      subject: 'otherwise level',
      ...(oldDoc.otherwise !== undefined ? { old: levelName(oldDoc.otherwise) } : {}),
      ...(newDoc.otherwise !== undefined ? { new: levelName(newDoc.otherwise) } : {}),
      direction: oldDoc.otherwise?.level === newDoc.otherwise?.level ? 'neutral' : 'not-comparable',
      reason: 'the level when no other applies',
    });
  }
  if (changes.length === 0) return undefined;
  return { diff: withTitle({ id: newDoc.id, change: 'changed', changes }, newDoc), criteriaChanged };
}
