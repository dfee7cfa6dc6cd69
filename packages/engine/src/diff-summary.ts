/** The diff in a few plain-English sentences, most important first: what an auditor reads before the detail. */
import type { Literal } from '@wt/dsl';
import { countOf, listWithAnd } from './diff-wording.js';
import type { ItemChange, PolicyDiff, RuleDiff, ThresholdsDiff } from './policy-diff-types.js';
import type { ThresholdWitness, ThresholdWitnessResult } from './threshold-witness.js';

export function diffSummary(diff: Omit<PolicyDiff, 'summary'>): string[] {
  if (diff.equal) return [`The two policies are the same: both have the fingerprint ${diff.new.hash}.`];
  const sentences: string[] = [];
  const replaced = new Set(diff.replacements.flatMap((replacement) => [...replacement.removed, ...replacement.added]));
  for (const replacement of diff.replacements) sentences.push(replacement.sentence);
  const wordingOnly: string[] = [];
  for (const rule of diff.rules) {
    if (replaced.has(rule.id)) continue;
    if (rule.change === 'changed' && rule.direction === 'neutral') wordingOnly.push(rule.id);
    else sentences.push(ruleSentence(rule));
  }
  if (wordingOnly.length > 0) {
    sentences.push(`Only wording, citations or warning windows changed in ${countOf(wordingOnly.length, 'rule')} (neutral: no due date moves): ${listWithAnd(wordingOnly)}.`);
  }
  if (diff.calendar !== undefined && diff.calendar.changes.length > 0) sentences.push(calendarSentence(diff.calendar.changes));
  for (const ladder of diff.escalations) {
    if (ladder.changes.length === 0) continue;
    sentences.push(`Escalation ${ladder.id}: ${ladder.changes.map(itemWords).join('; ')}.`);
  }
  for (const doc of diff.thresholds) sentences.push(thresholdsSentence(doc));
  if (sentences.length === 0) {
    sentences.push('No timescale, review point, decision point, calendar, escalation or threshold changed; the policies differ only in their description.');
  }
  return sentences;
}

function ruleSentence(rule: RuleDiff): string {
  switch (rule.change) {
    case 'added':
      return `Added ${rule.new.kind.replace('-', ' ')} ${rule.id}: ${rule.new.sentence}`;
    case 'removed':
      return `Removed ${rule.old.kind.replace('-', ' ')} ${rule.id} (${rule.old.deadline}); ${rule.floor.text}.`;
    case 'changed': {
      const clauses = rule.clauses
        .filter((clause) => clause.direction !== 'neutral')
        .map((clause) => `${clause.clause} ${clause.old ?? '(none)'} → ${clause.new ?? '(none)'}`);
      const floor = rule.floor.status === 'not-statutory' ? '' : `; ${rule.floor.text}`;
      return `${rule.id} is ${directionWords(rule.direction)}: ${clauses.join('; ')}${floor}.`;
    }
  }
}

export function directionWords(direction: string): string {
  return direction === 'not-comparable' ? 'not comparable' : direction === 'mixed' ? 'stricter in some ways and looser in others' : direction;
}

function itemWords(item: ItemChange): string {
  if (item.change === 'changed') return `${item.subject} ${item.old ?? ''} → ${item.new ?? ''} (${directionWords(item.direction)})`;
  return `${item.change} ${item.subject} (${directionWords(item.direction)})`;
}

function calendarSentence(changes: readonly ItemChange[]): string {
  const closuresAdded = changes.filter((change) => change.change === 'added' && change.subject.startsWith('closure day'));
  const closuresRemoved = changes.filter((change) => change.change === 'removed' && change.subject.startsWith('closure day'));
  const other = changes.filter((change) => !closuresAdded.includes(change) && !closuresRemoved.includes(change));
  const parts: string[] = [];
  const days = (items: readonly ItemChange[]) => listWithAnd(items.map((item) => item.subject.slice('closure day '.length)));
  if (closuresAdded.length > 0) parts.push(`adds ${countOf(closuresAdded.length, 'closure day')} (looser: working-day deadlines that cross ${closuresAdded.length === 1 ? 'it' : 'them'} move later): ${days(closuresAdded)}`);
  if (closuresRemoved.length > 0) parts.push(`removes ${countOf(closuresRemoved.length, 'closure day')} (stricter): ${days(closuresRemoved)}`);
  parts.push(...other.map(itemWords));
  return `The calendar ${parts.join('; ')}.`;
}

function thresholdsSentence(doc: ThresholdsDiff): string {
  const name = `The threshold document ${doc.id}`;
  if (doc.change !== 'changed') return `${name} was ${doc.change}.`;
  const what = doc.changes.map((change) => change.subject).join(', ');
  return `${name} changed (${what}). ${witnessSentence(doc.witness)}`.trim();
}

/** "For example, … gets level 2 (Early help) under the old policy and level 3 (Child in need) under the new one." */
export function witnessSentence(result: ThresholdWitnessResult | undefined): string {
  if (result === undefined) return '';
  if (!result.found || result.witness === undefined) {
    const how = result.search === 'exhaustive' ? `${countOf(result.tried, 'combination')} of the boundary values` : `${countOf(result.tried, 'random try', 'random tries')}`;
    return `No difference found in ${how}: the levels agree on every one tried.`;
  }
  const witness = result.witness;
  const share = `${result.differing} of the ${countOf(result.tried, result.search === 'exhaustive' ? 'combination' : 'try', result.search === 'exhaustive' ? 'combinations' : 'tries')} tried get a different level`;
  return `For example, a case with ${factsWords(witness)} gets ${levelWords(witness.old)} under the old policy and ${levelWords(witness.new)} under the new one (${share}).`;
}

export function factsWords(witness: ThresholdWitness): string {
  const present = Object.keys(witness.facts).map((fact) => `${fact} ${literalWords(witness.facts[fact]!)}`);
  const missing = witness.missing.length === 0 ? [] : [`${listWithAnd(witness.missing)} missing`];
  const all = [...present, ...missing];
  return all.length === 0 ? 'no facts' : listWithAnd(all);
}

function literalWords(value: Literal): string {
  return typeof value === 'string' ? `= ${value}` : `= ${String(value)}`;
}

export function levelWords(outcome: ThresholdWitness['old']): string {
  if (outcome.level === null) return outcome.reason ?? 'no level';
  return outcome.label === null ? `level ${outcome.level}` : `level ${outcome.level} (${outcome.label})`;
}
