/**
 * What changed in one rule (timescale, review point or decision point), clause by clause, in words,
 * each change classed as stricter, looser, neutral or not comparable:
 * - `within`: sooner is stricter, later is looser; other units are not comparable (see duration-compare);
 * - `starts at`: `last` → `first` is stricter (the clock starts earlier), `first` → `last` looser;
 *   `each` is stricter than `first` or `last` (one obligation for every occurrence, the first and the
 *   last among them); another event is not comparable;
 * - `requires`: a narrower filter on what completes the rule is stricter; another event is not comparable;
 * - `statutory` added is stricter, dropped is looser; a new `unless` or `while` is looser (fewer obligations);
 * - the warning window, title, kind, citations and escalation ladder are neutral: no due date moves.
 */
import type { AnchorIR, EventMatchIR, ResolvedRule } from '@wt/dsl';
import { compareDurations } from './duration-compare.js';
import { anchorPhrase, durationPhrase, matchPhrase, unlessPhrase, whilePhrase, type EventLookup } from './diff-wording.js';
import { compareFilters, meaningKey, sameMeaning } from './diff-same-meaning.js';
import type { ClauseChange, Direction, OverallDirection } from './policy-diff-types.js';

export interface RuleWording {
  oldEvents: EventLookup;
  newEvents: EventLookup;
}

export function diffRuleClauses(oldRule: ResolvedRule, newRule: ResolvedRule, words: RuleWording): ClauseChange[] {
  const changes: ClauseChange[] = [];
  const push = (change: ClauseChange | undefined) => {
    if (change !== undefined) changes.push(change);
  };
  if (oldRule.kind !== newRule.kind) {
    push({ clause: 'kind', old: kindWords(oldRule.kind), new: kindWords(newRule.kind), direction: 'neutral', reason: 'what the rule is called, not what it asks' });
  }
  if ((oldRule.title ?? '') !== (newRule.title ?? '')) {
    push({ clause: 'title', old: oldRule.title ?? '(none)', new: newRule.title ?? '(none)', direction: 'neutral', reason: 'the wording only' });
  }
  push(diffAnchor(oldRule.start, newRule.start, words));
  push(diffRequirement(oldRule.requires, newRule.requires, words));
  push(diffWithin(oldRule, newRule));
  push(diffStatutory(oldRule, newRule));
  push(diffWarn(oldRule, newRule));
  push(diffWhile(oldRule, newRule, words));
  changes.push(...diffUnless(oldRule.unless ?? [], newRule.unless ?? [], words));
  if (!sameMeaning(oldRule.cites, newRule.cites)) {
    push({ clause: 'cites', old: (oldRule.cites ?? []).join('; ') || '(none)', new: (newRule.cites ?? []).join('; ') || '(none)', direction: 'neutral', reason: 'the sources cited' });
  }
  if ((oldRule.escalation ?? '') !== (newRule.escalation ?? '')) {
    push({
      clause: 'escalation',
      old: oldRule.escalation ?? 'the policy default',
      new: newRule.escalation ?? 'the policy default',
      direction: 'neutral',
      reason: 'who is told when it is due or overdue, not when it is due',
    });
  }
  return changes;
}

/** The direction of a rule from its clauses: any not-comparable wins, then stricter with looser is `mixed`. */
export function overallDirection(directions: readonly Direction[]): OverallDirection {
  if (directions.includes('not-comparable')) return 'not-comparable';
  const stricter = directions.includes('stricter');
  const looser = directions.includes('looser');
  if (stricter && looser) return 'mixed';
  return stricter ? 'stricter' : looser ? 'looser' : 'neutral';
}

function kindWords(kind: ResolvedRule['kind']): string {
  return kind.replace('-', ' ');
}

const WHICH_ORDER: Record<string, Direction> = {
  'first→last': 'looser',
  'last→first': 'stricter',
  'first→each': 'stricter',
  'last→each': 'stricter',
  'each→first': 'looser',
  'each→last': 'looser',
};

const WHICH_REASONS: Record<string, string> = {
  'first→last': 'the clock starts at the last occurrence, so later',
  'last→first': 'the clock starts at the first occurrence, so earlier',
  'first→each': 'one obligation for every occurrence, not only the first',
  'last→each': 'one obligation for every occurrence, not only the last',
  'each→first': 'one obligation in all, from the first occurrence only',
  'each→last': 'one obligation in all, from the last occurrence only',
};

function diffAnchor(oldAnchor: AnchorIR, newAnchor: AnchorIR, words: RuleWording): ClauseChange | undefined {
  if (sameMeaning(oldAnchor, newAnchor)) return undefined;
  const texts = { old: anchorPhrase(words.oldEvents, oldAnchor, true), new: anchorPhrase(words.newEvents, newAnchor, true) };
  const change = (direction: Direction, reason: string): ClauseChange => ({ clause: 'start', ...texts, direction, reason });
  if (oldAnchor.event !== newAnchor.event) return change('not-comparable', 'the clock starts at another event');
  const sameFallback = sameMeaning(oldAnchor.fallback, newAnchor.fallback);
  const filter = compareFilters(oldAnchor.where, newAnchor.where);
  if (oldAnchor.which !== newAnchor.which) {
    if (!sameFallback || filter !== 'same') return change('not-comparable', 'the start changed in more than one way');
    const key = `${oldAnchor.which}→${newAnchor.which}`;
    return change(WHICH_ORDER[key] ?? 'not-comparable', WHICH_REASONS[key] ?? 'the start changed');
  }
  if (!sameFallback) {
    if (filter !== 'same') return change('not-comparable', 'the start changed in more than one way');
    if (oldAnchor.fallback === undefined) return change('stricter', 'a fallback start: cases where the first choice matches no event now have the obligation too');
    if (newAnchor.fallback === undefined) return change('looser', 'no fallback start: cases where the first choice matches no event no longer have the obligation');
    return change('not-comparable', 'another fallback start');
  }
  if (filter === 'narrower') return change('looser', 'fewer events start the clock');
  if (filter === 'wider') return change('stricter', 'more events start the clock');
  return change('not-comparable', 'other events start the clock');
}

function diffRequirement(oldMatch: EventMatchIR, newMatch: EventMatchIR, words: RuleWording): ClauseChange | undefined {
  const strip = (match: EventMatchIR) => ({ event: match.event, where: match.where });
  if (sameMeaning(strip(oldMatch), strip(newMatch))) return undefined;
  const texts = { old: matchPhrase(words.oldEvents, oldMatch), new: matchPhrase(words.newEvents, newMatch) };
  if (oldMatch.event !== newMatch.event) return { clause: 'requires', ...texts, direction: 'not-comparable', reason: 'another event completes it' };
  const filter = compareFilters(oldMatch.where, newMatch.where);
  if (filter === 'narrower') return { clause: 'requires', ...texts, direction: 'stricter', reason: 'fewer events count as done' };
  if (filter === 'wider') return { clause: 'requires', ...texts, direction: 'looser', reason: 'more events count as done' };
  return { clause: 'requires', ...texts, direction: 'not-comparable', reason: 'other events count as done' };
}

function diffWithin(oldRule: ResolvedRule, newRule: ResolvedRule): ClauseChange | undefined {
  const oldWithin = oldRule.requires.within;
  const newWithin = newRule.requires.within;
  if (sameMeaning(oldWithin, newWithin)) return undefined;
  const texts = { old: durationPhrase(oldWithin), new: durationPhrase(newWithin) };
  const { order, note } = compareDurations(oldWithin, newWithin);
  const because = note === undefined ? '' : ` (${note})`;
  switch (order) {
    case 'shorter':
      return { clause: 'within', ...texts, direction: 'stricter', reason: `due sooner${because}` };
    case 'longer':
      return { clause: 'within', ...texts, direction: 'looser', reason: `due later${because}` };
    case 'same':
      return { clause: 'within', ...texts, direction: 'neutral', reason: `the same time${because}` };
    case 'not-comparable':
      return { clause: 'within', ...texts, direction: 'not-comparable', reason: note ?? 'the durations cannot be compared' };
  }
}

function diffStatutory(oldRule: ResolvedRule, newRule: ResolvedRule): ClauseChange | undefined {
  if (oldRule.statutory === newRule.statutory) return undefined;
  return newRule.statutory
    ? { clause: 'statutory', old: 'not statutory', new: 'statutory', direction: 'stricter', reason: 'a policy that extends this one may no longer loosen or drop it' }
    : { clause: 'statutory', old: 'statutory', new: 'not statutory', direction: 'looser', reason: 'a policy that extends this one may now loosen or drop it' };
}

function diffWarn(oldRule: ResolvedRule, newRule: ResolvedRule): ClauseChange | undefined {
  if (sameMeaning(oldRule.warn, newRule.warn)) return undefined;
  const text = (rule: ResolvedRule) => (rule.warn === undefined ? 'no warning window' : `warn ${durationPhrase(rule.warn)} before due`);
  let reason = 'changes only when an open obligation shows as due soon; no due date moves';
  if (oldRule.warn !== undefined && newRule.warn !== undefined) {
    const { order } = compareDurations(oldRule.warn, newRule.warn);
    if (order === 'longer') reason = `shows as due soon earlier; no due date moves`;
    if (order === 'shorter') reason = `shows as due soon later; no due date moves`;
  }
  return { clause: 'warn', old: text(oldRule), new: text(newRule), direction: 'neutral', reason };
}

function diffWhile(oldRule: ResolvedRule, newRule: ResolvedRule, words: RuleWording): ClauseChange | undefined {
  if (sameMeaning(oldRule.while, newRule.while)) return undefined;
  if (oldRule.while === undefined) {
    return { clause: 'while', new: whilePhrase(words.newEvents, newRule.while!), direction: 'looser', reason: 'it now applies only in that state' };
  }
  if (newRule.while === undefined) {
    return { clause: 'while', old: whilePhrase(words.oldEvents, oldRule.while), direction: 'stricter', reason: 'it now applies at all times' };
  }
  return {
    clause: 'while',
    old: whilePhrase(words.oldEvents, oldRule.while),
    new: whilePhrase(words.newEvents, newRule.while),
    direction: 'not-comparable',
    reason: 'it applies in another state',
  };
}

function diffUnless(oldCancels: readonly EventMatchIR[], newCancels: readonly EventMatchIR[], words: RuleWording): ClauseChange[] {
  const oldKeys = oldCancels.map(meaningKey);
  const newKeys = newCancels.map(meaningKey);
  const removed = oldCancels.filter((_, position) => !newKeys.includes(oldKeys[position]!));
  const added = newCancels.filter((_, position) => !oldKeys.includes(newKeys[position]!));
  const changes: ClauseChange[] = [];
  const matched = new Set<EventMatchIR>();
  for (const cancel of added) {
    const before = removed.find((candidate) => candidate.event === cancel.event && !matched.has(candidate));
    if (before !== undefined) {
      matched.add(before);
      const filter = compareFilters(before.where, cancel.where);
      const direction: Direction = filter === 'narrower' ? 'stricter' : filter === 'wider' ? 'looser' : 'not-comparable';
      const reason = filter === 'narrower' ? 'it is cancelled in fewer cases' : filter === 'wider' ? 'it is cancelled in more cases' : 'it is cancelled in other cases';
      changes.push({ clause: 'unless', old: unlessPhrase(words.oldEvents, [before]), new: unlessPhrase(words.newEvents, [cancel]), direction, reason });
      continue;
    }
    changes.push({ clause: 'unless', new: unlessPhrase(words.newEvents, [cancel]), direction: 'looser', reason: 'a new way to cancel it' });
  }
  for (const cancel of removed) {
    if (matched.has(cancel)) continue;
    changes.push({ clause: 'unless', old: unlessPhrase(words.oldEvents, [cancel]), direction: 'stricter', reason: 'it can no longer be cancelled that way' });
  }
  return changes;
}
