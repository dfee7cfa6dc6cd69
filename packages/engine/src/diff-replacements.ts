/**
 * Rules removed and added in the same diff that do the same job, told as one replacement: "The initial
 * and core assessments (…) were replaced by one assessment within 45 working days of the referral."
 * A removed rule replaces into an added one when at least two of these hold: they start at the same
 * event; their completing events share a significant word (`initial-assessment-complete`,
 * `assessment-complete`); their names share one (`core-assessment`, `assessment`).
 */
import type { ResolvedRule } from '@wt/dsl';
import { capitalise, deadlinePhrase, idWords, listWithAnd, type EventLookup } from './diff-wording.js';
import type { RuleReplacement } from './policy-diff-types.js';

const GENERIC_WORDS = new Set(['complete', 'completed', 'completion', 'start', 'started', 'starts', 'end', 'ends', 'ended', 'done', 'first', 'last', 'the', 'of', 'a', 'an']);

function significantWords(name: string): Set<string> {
  return new Set(name.toLowerCase().split('-').filter((word) => word !== '' && !GENERIC_WORDS.has(word)));
}

function shareWord(a: string, b: string): boolean {
  const words = significantWords(a);
  return [...significantWords(b)].some((word) => words.has(word));
}

function related(removed: ResolvedRule, added: ResolvedRule): boolean {
  const sameStart = removed.start.event === added.start.event;
  const sameJob = shareWord(removed.requires.event, added.requires.event);
  const sameName = shareWord(removed.id, added.id);
  return Number(sameStart) + Number(sameJob) + Number(sameName) >= 2;
}

export function findReplacements(
  removed: readonly ResolvedRule[],
  added: readonly ResolvedRule[],
  oldEvents: EventLookup,
  newEvents: EventLookup,
): RuleReplacement[] {
  const replacements: RuleReplacement[] = [];
  const groups = added.map((rule) => ({ rule, replaces: [] as ResolvedRule[] }));
  for (const old of removed) {
    const group = groups.find((candidate) => related(old, candidate.rule));
    if (group === undefined) continue;
    group.replaces.push(old);
  }
  const byRemoved = new Map<string, ResolvedRule[]>();
  for (const group of groups) {
    if (group.replaces.length === 0) continue;
    const key = group.replaces.map((rule) => rule.id).join('\u0000');
    const list = byRemoved.get(key) ?? [];
    list.push(group.rule);
    byRemoved.set(key, list);
  }
  for (const group of groups) {
    if (group.replaces.length === 0) continue;
    const key = group.replaces.map((rule) => rule.id).join('\u0000');
    const addedRules = byRemoved.get(key);
    if (addedRules === undefined) continue;
    byRemoved.delete(key);
    replacements.push({
      removed: group.replaces.map((rule) => rule.id),
      added: addedRules.map((rule) => rule.id),
      sentence: replacementSentence(group.replaces, addedRules, oldEvents, newEvents),
    });
  }
  return replacements;
}

function plural(words: string): string {
  return words.endsWith('s') ? words : `${words}s`;
}

/** "the initial and core assessments", or "the initial assessment and the review". */
function removedNames(rules: readonly ResolvedRule[], commonSuffix: string | undefined): string {
  if (rules.length > 1 && commonSuffix !== undefined) {
    const prefixes = rules.map((rule) => idWords(rule.id.slice(0, rule.id.length - commonSuffix.length - 1)));
    return `the ${listWithAnd(prefixes)} ${plural(idWords(commonSuffix))}`;
  }
  return listWithAnd(rules.map((rule) => `the ${idWords(rule.id)}`));
}

function replacementSentence(
  removed: readonly ResolvedRule[],
  added: readonly ResolvedRule[],
  oldEvents: EventLookup,
  newEvents: EventLookup,
): string {
  const single = added.length === 1 ? added[0]! : undefined;
  const suffix = single !== undefined && removed.every((rule) => rule.id.endsWith(`-${single.id}`)) ? single.id : undefined;
  const oldDeadlines = removed.map((rule) => deadlinePhrase(oldEvents, rule));
  const was = removed.length === 1 ? 'was' : 'were';
  const subject = `${removedNames(removed, suffix)} (${oldDeadlines.join(', and ')})`;
  const replacement =
    single !== undefined
      ? `${removed.length > 1 ? 'one' : 'the'} ${idWords(single.id)} ${deadlinePhrase(newEvents, single)}`
      : listWithAnd(added.map((rule) => `the ${idWords(rule.id)} (${deadlinePhrase(newEvents, rule)})`));
  return `${capitalise(subject)} ${was} replaced by ${replacement}.`;
}
