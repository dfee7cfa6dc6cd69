import type { RuleKind } from '@wt/dsl';
import type { CaseEvent } from './case-timeline.js';
import type { CompiledAnchor, CompiledMatch } from './compiled-rule.js';
import type { CompiledVersion } from './compiled-version.js';
import { formatIsoDate } from './day-number.js';
import { dayWithWeekday } from './duration-words.js';
import type { VersionWindow } from './policy-set.js';

const KIND_WORDS: Record<RuleKind, string> = {
  timescale: 'timescale',
  'review-point': 'review point',
  'decision-point': 'decision point',
};

export function kindWords(kind: RuleKind): string {
  return KIND_WORDS[kind] ?? kind;
}

/** Descriptions that are sentences ("Child protection plan starts") do not read as nouns. */
const CLAUSE_ENDINGS = new Set(['starts', 'ends', 'begins', 'stops', 'closes', 'opens', 'happens', 'occurs', 'changes']);

/** "The strategy discussion …": the first letter of a sentence in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How an event type reads in a sentence: its description when short ("the strategy discussion"), else
 * its name ("the icpc-not-required event").
 */
export function eventNoun(version: CompiledVersion, type: string): string {
  const description = version.eventTitles.get(type);
  const words = description?.split(/\s+/) ?? [];
  const clause = CLAUSE_ENDINGS.has((words[words.length - 1] ?? '').toLowerCase());
  if (description && words.length <= 6 && !clause && !/[:;(]/.test(description)) {
    const first = description.charAt(0);
    const second = description.charAt(1);
    const lowered = second && second === second.toLowerCase() ? first.toLowerCase() + description.slice(1) : description;
    return `the ${lowered}`;
  }
  return `the ${type} event`;
}

/** "the strategy discussion on Tue 2024-05-07". */
export function eventOn(version: CompiledVersion, event: CaseEvent): string {
  return `${eventNoun(version, event.type)} on ${dayWithWeekday(event.day)}`;
}

/** "`strategy-discussion where s47 is true`". */
export function matchText(match: CompiledMatch): string {
  return `\`${match.event}${match.filterText ? ` where ${match.filterText}` : ''}\``;
}

/** "`first strategy-discussion where s47 is true`". */
export function alternativeText(alternative: CompiledAnchor): string {
  return `\`${alternative.which} ${alternative.match.event}${alternative.match.filterText ? ` where ${alternative.match.filterText}` : ''}\``;
}

/** "from 2013-04-15", "from 2010-03-26 until 2013-04-14", "at all times". */
export function windowText(window: VersionWindow): string {
  const from = Number.isFinite(window.from) ? `from ${formatIsoDate(window.from)}` : '';
  const until = Number.isFinite(window.until) ? `until ${formatIsoDate(window.until)}` : '';
  return [from, until].filter(Boolean).join(' ') || 'at all times';
}

export function plural(count: number, singular: string, pluralForm: string): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
