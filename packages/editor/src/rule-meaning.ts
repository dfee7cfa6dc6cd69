/**
 * A rule in plain English, for hovers: when its clock starts, what must happen and how soon, what
 * cancels it, its citations, and its statutory floor (the time the law sets, which a local protocol
 * may shorten but never lengthen).
 */
import { compareWithStatutory, spellDuration, type AnchorIR, type DurationIR, type EventMatchIR, type RuleIR } from '@wt/dsl';
import { describeCondition } from '@wt/engine';

export interface StatutoryFloor {
  duration: DurationIR;
  /** The policy that sets the floor. */
  policy: string;
}

export interface RuleMeaningInput {
  rule: RuleIR;
  /** Descriptions of the events, to say what they are. */
  eventText: (event: string) => string | undefined;
  floor?: StatutoryFloor;
  /** The policy the rule comes from, when it is not the draft. */
  declaredIn?: string;
}

const KIND_WORDS: Readonly<Record<RuleIR['kind'], string>> = {
  timescale: 'timescale',
  'review-point': 'review point',
  'decision-point': 'decision point',
};

function matchText(match: EventMatchIR, eventText: RuleMeaningInput['eventText']): string {
  const description = eventText(match.event);
  const named = description === undefined ? `\`${match.event}\`` : `\`${match.event}\` (${description})`;
  return match.where === undefined ? named : `${named} where ${describeCondition(match.where)}`;
}

function anchorText(anchor: AnchorIR, eventText: RuleMeaningInput['eventText']): string {
  const own = `${anchor.which === 'each' ? 'each' : `the ${anchor.which}`} ${matchText(anchor, eventText)}`;
  return anchor.fallback === undefined ? own : `${own}; when there is none, ${anchorText(anchor.fallback, eventText)}`;
}

export function floorComparison(local: DurationIR, floor: DurationIR): string {
  switch (compareWithStatutory(local, floor)) {
    case 'same':
      return 'the same as the statutory floor';
    case 'shorter':
      return 'stricter than the statutory floor';
    case 'longer':
      return 'looser than the statutory floor: not allowed';
    case 'other-unit':
      return 'in other units than the statutory floor, so it cannot be compared';
    case 'other-rounding':
      return 'rounded differently from the statutory floor';
  }
}

/** Paragraphs of Markdown-free plain text, first the summary line. */
export function ruleMeaning(input: RuleMeaningInput): string[] {
  const { rule, eventText } = input;
  const title = rule.title ?? rule.id;
  const lines = [`${title} — ${rule.statutory ? 'a statutory' : 'a local'} ${KIND_WORDS[rule.kind]}${input.declaredIn === undefined ? '' : ` (from ${input.declaredIn})`}.`];
  if (rule.start !== undefined) lines.push(`The clock starts at ${anchorText(rule.start, eventText)}.`);
  if (rule.requires !== undefined) lines.push(`Then ${matchText(rule.requires, eventText)} must happen within ${spellDuration(rule.requires.within)}.`);
  if (rule.while !== undefined) lines.push(`It applies only between ${matchText(rule.while.from, eventText)} and ${matchText(rule.while.to, eventText)}.`);
  for (const stop of rule.unless ?? []) lines.push(`It is cancelled when ${matchText(stop, eventText)} happens first.`);
  if (rule.warn !== undefined) lines.push(`It shows as due soon ${spellDuration(rule.warn)} before it is due.`);
  if (input.floor !== undefined) {
    const floorText = `Statutory floor: within ${spellDuration(input.floor.duration)} (${input.floor.policy}).`;
    lines.push(rule.requires === undefined ? floorText : `${floorText} This policy: ${spellDuration(rule.requires.within)}, ${floorComparison(rule.requires.within, input.floor.duration)}.`);
  } else if (!rule.statutory) lines.push('Not statutory: a local protocol may change or remove it.');
  for (const cite of rule.cites ?? []) lines.push(`Cites: ${cite}`);
  return lines;
}
