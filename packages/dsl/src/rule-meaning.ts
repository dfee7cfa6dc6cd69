/**
 * A rule in plain English, as Markdown paragraphs for a hover: what must happen within what time of
 * what ("Within 45 working days of the first `referral`, `assessment-complete` is required"), what
 * limits or cancels it, whether it is statutory, its statutory floor when it overrides a statutory
 * rule of a base policy, and its citations. Policy text is escaped; names are inline code.
 */
import { escapeMarkdown, markdownCode } from './escape-markdown.js';
import type { AnchorIR, DurationIR, EventMatchIR, RuleIR } from './ir.js';
import { conditionText, durationText } from './message-text.js';
import type { StatutoryFloor } from './rule-layers.js';
import { compareWithStatutory } from './statutory-floor.js';

export interface RuleMeaningInput {
  /** The rule as in force (see `mergeRuleLayers`). */
  rule: RuleIR;
  /** The description of an event, to say what it is. */
  eventText: (event: string) => string | undefined;
  /** The floor the bases set, when the rule overrides a statutory rule of a base policy. */
  floor?: StatutoryFloor;
  /** The policy the rule comes from, when it is not the one being edited. */
  declaredIn?: string;
  /** The policy that made the rule statutory, when that is a base. */
  statutoryIn?: string;
  /** True when the policy being edited removes the rule. */
  removed?: boolean;
}

const KIND_WORDS: Readonly<Record<RuleIR['kind'], string>> = {
  timescale: 'timescale',
  'review-point': 'review point',
  'decision-point': 'decision point',
};

function matchText(match: EventMatchIR, eventText: RuleMeaningInput['eventText']): string {
  const description = eventText(match.event);
  const named = description === undefined ? markdownCode(match.event) : `${markdownCode(match.event)} (${escapeMarkdown(description)})`;
  return match.where === undefined ? named : `${named} where ${markdownCode(conditionText(match.where))}`;
}

function anchorText(anchor: AnchorIR, eventText: RuleMeaningInput['eventText']): string {
  const own = `${anchor.which === 'each' ? 'each' : `the ${anchor.which}`} ${matchText(anchor, eventText)}`;
  return anchor.fallback === undefined ? own : `${own} (or, when there is none, ${anchorText(anchor.fallback, eventText)})`;
}

/** How a local duration stands to the statutory floor, in words. */
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

function headline(input: RuleMeaningInput): string {
  const { rule } = input;
  const title = rule.title === undefined ? markdownCode(rule.id) : `**${escapeMarkdown(rule.title)}** (${markdownCode(rule.id)})`;
  const from = input.declaredIn === undefined ? '' : `, from ${markdownCode(input.declaredIn)}`;
  return `${title} — ${rule.statutory === true ? 'a statutory' : 'a local'} ${KIND_WORDS[rule.kind] ?? 'rule'}${from}.`;
}

function requirementText(rule: RuleIR, eventText: RuleMeaningInput['eventText']): string | undefined {
  const { start, requires } = rule;
  if (requires === undefined) return start === undefined ? undefined : `The clock starts at ${anchorText(start, eventText)}.`;
  const within = durationText(requires.within);
  if (start === undefined) return `${matchText(requires, eventText)} is required within ${within}.`;
  return `Within ${within} of ${anchorText(start, eventText)}, ${matchText(requires, eventText)} is required.`;
}

function statusText(input: RuleMeaningInput): string {
  const { rule, floor } = input;
  if (input.removed === true) {
    return rule.statutory === true
      ? `**Statutory**${input.statutoryIn === undefined ? '' : ` in ${markdownCode(input.statutoryIn)}`}: a local protocol cannot remove it.`
      : 'This policy removes it.';
  }
  if (floor !== undefined) {
    const floorText = `**Statutory floor:** within ${durationText(floor.duration)} (${markdownCode(floor.policy)}).`;
    const local = rule.requires?.within;
    return local === undefined ? floorText : `${floorText} This policy: within ${durationText(local)}, ${floorComparison(local, floor.duration)}.`;
  }
  if (rule.statutory === true) return '**Statutory:** a local protocol may shorten it, but never lengthen or remove it.';
  return '**Not statutory:** a local protocol may change or remove it.';
}

/** Markdown paragraphs, the headline first. */
export function ruleMeaning(input: RuleMeaningInput): string[] {
  const { rule, eventText } = input;
  const lines = [headline(input)];
  const requirement = requirementText(rule, eventText);
  if (requirement !== undefined) lines.push(requirement);
  if (rule.while !== undefined) lines.push(`It applies only between ${matchText(rule.while.from, eventText)} and ${matchText(rule.while.to, eventText)}.`);
  for (const stop of rule.unless ?? []) lines.push(`It is cancelled when ${matchText(stop, eventText)} happens first.`);
  if (rule.warn !== undefined) lines.push(`It shows as due soon ${durationText(rule.warn)} before it is due.`);
  if (rule.escalation !== undefined) lines.push(`Escalation ladder: ${markdownCode(rule.escalation)}.`);
  lines.push(statusText(input));
  for (const cite of rule.cites ?? []) lines.push(`**Cites:** ${escapeMarkdown(cite)}`);
  return lines;
}
