/**
 * A policy as the document a local area publishes: who it is for and when it is in force, every
 * timescale, review point and decision point in plain English, the threshold levels with their
 * criteria, the escalation ladders, the working-day calendar, and the policy's fingerprint. It is
 * generated from the resolved policy that the engine runs, so what is published is what is enforced.
 */
import type { AnchorIR, EscalationStepIR, EventMatchIR, FactIR, ResolvedPolicy, ResolvedRule, RuleKind } from '@wt/dsl';
import { describeCondition } from './describe-condition.js';
import {
  capitalise,
  durationPhrase,
  eventLookup,
  filterPhrase,
  listWithAnd,
  ruleSentence,
  type EventLookup,
} from './diff-wording.js';
import { nameTypes } from './name-types.js';
import { tone, type Block, type Line } from './render-blocks.js';

const KIND_HEADINGS: readonly [RuleKind, string][] = [
  ['timescale', 'Timescales'],
  ['review-point', 'Review points'],
  ['decision-point', 'Decision points'],
];

const HOLIDAY_REGIONS: Readonly<Record<string, string>> = {
  'GB-ENG': 'England and Wales',
  'GB-SCT': 'Scotland',
  'GB-NIR': 'Northern Ireland',
};

export function protocolTitle(policy: ResolvedPolicy): string {
  return policy.title ?? policy.id;
}

export function protocolDocument(policy: ResolvedPolicy, hash: string, headingLevel: 1 | 2 = 1): Block[] {
  const top = headingLevel === 1 ? 2 : 3;
  const sub = (top + 1) as 3 | 4;
  const events = eventLookup(policy.events);
  const blocks: Block[] =
    headingLevel === 1 ? [{ kind: 'title', text: [protocolTitle(policy)] }] : [{ kind: 'heading', level: 2, text: [protocolTitle(policy)] }];
  blocks.push({ kind: 'pairs', pairs: headerPairs(policy, hash) });
  blocks.push({
    kind: 'paragraph',
    text: [
      'This document is generated from the policy that wt evaluates cases with, so what is published is what is enforced. ',
      'Its fingerprint identifies this exact version: any change to what the policy asks gives a different fingerprint.',
    ],
  });
  for (const [kind, heading] of KIND_HEADINGS) {
    const rules = policy.rules.filter((rule) => rule.kind === kind);
    if (rules.length === 0) continue;
    blocks.push({ kind: 'heading', level: top, text: [heading] });
    blocks.push({ kind: 'table', head: ['Rule', 'What must happen', 'Statutory', 'Sources'], rows: rules.map((rule) => ruleRow(policy, rule, events)) });
  }
  if (policy.thresholds.length > 0) {
    blocks.push({ kind: 'heading', level: top, text: ['Threshold levels'] });
    const types = nameTypes(policy.facts.map((fact) => [fact.id, fact.type] as const));
    for (const doc of policy.thresholds) {
      blocks.push({ kind: 'heading', level: sub, text: [doc.title ?? doc.id] });
      blocks.push({
        kind: 'paragraph',
        text: ['Levels are tried in the order below: the first whose criteria hold is the level. When a fact a level needs is missing, the level cannot be decided until it is recorded.'],
      });
      const rows: Line[][] = doc.levels.map((level) => [[String(level.level)], [level.label], [describeCondition(level.when, { types })]]);
      if (doc.otherwise !== undefined) rows.push([[String(doc.otherwise.level)], [doc.otherwise.label], ['when no other level applies']]);
      blocks.push({ kind: 'table', head: ['Level', 'Meaning', 'Criteria'], rows });
    }
  }
  if (policy.escalations.length > 0) {
    blocks.push({ kind: 'heading', level: top, text: ['Escalation'] });
    for (const ladder of policy.escalations) {
      const users = policy.rules.filter((rule) => (rule.escalation ?? policy.defaultEscalation) === ladder.id).map((rule) => rule.id);
      const isDefault = ladder.id === policy.defaultEscalation;
      blocks.push({ kind: 'heading', level: sub, text: [`${ladder.title ?? ladder.id}${isDefault ? ' (the default)' : ''}`] });
      blocks.push({ kind: 'list', items: ladder.steps.map((step) => [stepSentence(step)]) });
      blocks.push({ kind: 'paragraph', text: [users.length === 0 ? 'No rule uses this ladder.' : `Used by: ${listWithAnd(users)}.`] });
    }
  }
  blocks.push(...calendarBlocks(policy, top));
  blocks.push({ kind: 'heading', level: top, text: ['Events recorded'] });
  blocks.push({
    kind: 'table',
    head: ['Event', 'Meaning', 'Details recorded'],
    rows: policy.events.map((event) => [[tone(event.id, 'code')], [event.description ?? ''], [event.attributes.map((attribute) => `${attribute.name}: ${typeWords(attribute.type)}`).join('; ')]]),
  });
  if (policy.facts.length > 0) {
    blocks.push({ kind: 'heading', level: top, text: ['Facts the thresholds read'] });
    blocks.push({ kind: 'table', head: ['Fact', 'Meaning', 'Kind of value'], rows: policy.facts.map((fact) => [[tone(fact.id, 'code')], [fact.description ?? ''], [typeWords(fact.type)]]) });
  }
  return blocks;
}

function headerPairs(policy: ResolvedPolicy, hash: string): [string, Line][] {
  const pairs: [string, Line][] = [];
  if (policy.area !== undefined) pairs.push(['Area', [policy.area]]);
  pairs.push(['Policy', [tone(policy.id, 'code')]]);
  if (policy.version !== undefined) pairs.push(['Version', [policy.version]]);
  if (policy.effective !== undefined || policy.until !== undefined) {
    const from = policy.effective === undefined ? '' : `from ${policy.effective}`;
    const until = policy.until === undefined ? '' : `until ${policy.until}`;
    pairs.push(['In force', [[from, until].filter(Boolean).join(' ')]]);
  }
  if (policy.chain.length > 1) pairs.push(['Builds on', [policy.chain.slice(0, -1).join(', ')]]);
  if (policy.source !== undefined) pairs.push(['Source', [policy.source]]);
  pairs.push(['Fingerprint', [tone(hash, 'code')]]);
  return pairs;
}

/** "Strategy discussion (strategy-discussion where s47 is true)". */
function eventWords(events: EventLookup, match: EventMatchIR): string {
  const description = events.get(match.event)?.description;
  const name = `${match.event}${filterPhrase(events, match)}`;
  return description ? `${description} (${name})` : name;
}

/** "the first: Referral received by children's social care (referral)", with the fallback. */
function anchorWords(events: EventLookup, anchor: AnchorIR): string {
  const which = anchor.which === 'each' ? 'each' : `the ${anchor.which}`;
  const text = `${which}: ${eventWords(events, anchor)}`;
  return anchor.fallback === undefined ? text : `${text}; otherwise ${anchorWords(events, anchor.fallback)}`;
}

function ruleRow(policy: ResolvedPolicy, rule: ResolvedRule, events: EventLookup): Line[][] {
  const details: Line[] = [[tone(ruleSentence(events, rule), 'strong')]];
  details.push([`Starts at ${anchorWords(events, rule.start)}.`]);
  details.push([`Done when: ${eventWords(events, rule.requires)}, within ${durationPhrase(rule.requires.within)}.`]);
  if (rule.unless !== undefined && rule.unless.length > 0) details.push([`Cancelled by: ${rule.unless.map((match) => eventWords(events, match)).join('; or ')}, before it is done.`]);
  if (rule.warn !== undefined) details.push([`Shows as due soon ${durationPhrase(rule.warn)} before the due date.`]);
  if (rule.escalation !== undefined) details.push([`Escalation: ${rule.escalation}.`]);
  const statutory: Line = rule.statutory
    ? [tone('Statutory', 'strong'), rule.statutoryIn !== undefined && rule.statutoryIn !== policy.id ? ` (set by ${rule.statutoryIn})` : '']
    : [rule.definedIn === policy.id ? 'Local' : `From ${rule.definedIn}`];
  const sources: Line[] = rule.cites.length > 0 ? rule.cites.map((cite): Line => [cite]) : [[tone('none given', 'muted')]];
  return [[[tone(rule.id, 'code')]], details, [statutory], sources];
}

function stepSentence(step: EscalationStepIR): string {
  const action = step.action === 'warn' ? 'Warn' : 'Notify';
  if (step.when === 'before-due') return `${action} the ${step.role} ${durationPhrase(step.offset)} before the due date.`;
  if (step.offset.amount === 0) return `${action} the ${step.role} as soon as it is overdue.`;
  return `${action} the ${step.role} when it is ${durationPhrase(step.offset)} overdue.`;
}

function typeWords(type: FactIR['type']): string {
  switch (type.kind) {
    case 'enum':
      return `one of ${listWithAnd(type.values)}`;
    case 'boolean':
      return 'yes or no';
    default:
      return type.kind;
  }
}

function calendarBlocks(policy: ResolvedPolicy, level: 2 | 3): Block[] {
  const calendar = policy.calendar;
  const holidays = calendar.holidays;
  const holidayText =
    holidays === undefined
      ? 'none'
      : holidays.kind === 'region'
        ? `${HOLIDAY_REGIONS[holidays.region] ?? holidays.region} bank holidays (${holidays.region})`
        : `the ${holidays.division} bank holidays from ${holidays.path}`;
  const blocks: Block[] = [
    { kind: 'heading', level, text: ['Working days'] },
    {
      kind: 'pairs',
      pairs: [
        ['Calendar', [calendar.title ?? calendar.id]],
        ['Weekend', [calendar.weekend.map(capitalise).join(', ') || 'none']],
        ['Bank holidays', [holidayText]],
        [
          'Counting',
          [
            calendar.counting === 'exclusive'
              ? 'The start date is day 0: "within N working days" is the Nth working day after it.'
              : 'The start date counts as day 1 when it is a working day.',
          ],
        ],
      ],
    },
  ];
  if (calendar.closed.length > 0) {
    blocks.push({ kind: 'paragraph', text: ['The offices are also closed on these days, which are not working days:'] });
    blocks.push({ kind: 'table', head: ['Date', 'Closure'], rows: calendar.closed.map((closure) => [[closure.date], [closure.label ?? '']]) });
  }
  return blocks;
}
