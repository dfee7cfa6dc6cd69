import type { ExplanationStep, ObligationStatus } from './case-result.js';
import type { CaseEvent } from './case-timeline.js';
import { eventsOfType } from './anchor-selection.js';
import type { CompiledAnchor, CompiledRule } from './compiled-rule.js';
import type { CompiledVersion } from './compiled-version.js';
import { formatIsoDate, type DayNumber } from './day-number.js';
import { dayWithWeekday, durationWords } from './duration-words.js';
import type { EvaluationContext } from './evaluation-context.js';
import { describeDurationStep } from './explain-calendar-steps.js';
import { firstIndexAfter, matchingEvents } from './matching-events.js';
import { stateOpenedBy } from './while-interval.js';
import { alternativeText, capitalise, eventNoun, eventOn, kindWords, matchText, plural, windowText } from './explanation-words.js';

/** Everything the evaluator found out about one obligation; built only when explanations are asked for. */
export interface ObligationTrace {
  readonly context: EvaluationContext;
  readonly version: CompiledVersion;
  readonly rule: CompiledRule;
  readonly alternative: CompiledAnchor;
  readonly anchor: CaseEvent;
  /** How many occurrences the anchor matched (more than one only for `each`). */
  readonly anchorCount: number;
  readonly due: DayNumber | undefined;
  readonly refusal: string | undefined;
  readonly completion: CaseEvent | undefined;
  /** The event that stopped the obligation before it was completed. */
  readonly stop: CaseEvent | undefined;
  /** True when the stop ended the rule's `while` state; false when it was an `unless` event. */
  readonly stopByState: boolean;
  readonly status: ObligationStatus;
  readonly lateBy: number | null;
  readonly overdueBy: number | null;
  readonly dueSoonFrom: DayNumber | undefined;
  readonly provisional: boolean;
}

function versionStep(trace: ObligationTrace): ExplanationStep | undefined {
  if (!trace.context.isSet) return undefined;
  const { policy, window } = trace.version;
  const label = policy.version ? ` (version ${policy.version})` : '';
  return {
    kind: 'version',
    text: `${policy.id}${label} governs this obligation: it was in force on its start date, ${dayWithWeekday(trace.anchor.day)} (in force ${windowText(window)}).`,
  };
}

function ruleStep(trace: ObligationTrace): ExplanationStep {
  const rule = trace.rule.rule;
  const policy = trace.version.policy;
  const notes: string[] = [`${rule.statutory ? 'statutory ' : ''}${kindWords(rule.kind)}`];
  if (rule.definedIn !== policy.id) notes.push(`as set by ${rule.definedIn}`);
  if (rule.statutory && rule.statutoryIn !== undefined && rule.statutoryIn !== policy.id) notes.push(`statutory in ${rule.statutoryIn}`);
  const title = rule.title ? `: "${rule.title}"` : '';
  const cites = rule.cites.length > 0 ? ` It cites: ${rule.cites.map((cite) => `"${cite}"`).join('; ')}.` : '';
  const version = policy.version ? ` (version ${policy.version})` : '';
  return { kind: 'rule', text: `Rule ${rule.id} (${notes.join(', ')}) of ${policy.id}${version}${title}.${cites}` };
}

function anchorStep(trace: ObligationTrace): ExplanationStep {
  const { alternative, anchor, version, context } = trace;
  const filter = alternative.match.filterText ? ` where ${alternative.match.filterText}` : '';
  let which: string;
  if (alternative.which === 'first') which = `the first one${filter}`;
  else if (alternative.which === 'last') which = `the last one${filter} on or before the as-of date, ${dayWithWeekday(context.asOf)}`;
  else which = `one of ${trace.anchorCount}${filter}: the rule starts an obligation at each one`;
  let fallback = '';
  if (alternative.depth > 0) {
    const tried: string[] = [];
    for (let earlier: CompiledAnchor | undefined = trace.rule.anchor; earlier && earlier !== alternative; earlier = earlier.fallback) {
      tried.push(alternativeText(earlier));
    }
    fallback = `Nothing in the case matched ${tried.join(' or ')} up to the as-of date, so the fallback ${alternativeText(alternative)} applies. `;
  }
  return { kind: 'anchor', text: `${fallback}The anchor is ${eventOn(version, anchor)}, ${which}. The obligation starts on that day.` };
}

function stateStep(trace: ObligationTrace): ExplanationStep | undefined {
  const { stateFrom, stateTo } = trace.rule;
  if (!stateFrom || !stateTo) return undefined;
  const opened = stateOpenedBy(eventsOfType(trace.context.record, stateFrom), stateFrom, trace.anchor.day);
  const began = opened ? `it began with ${eventOn(trace.version, opened)}` : 'it had begun';
  return {
    kind: 'state',
    text: `The rule applies only while ${matchText(stateFrom)} .. ${matchText(stateTo)}: on the start date ${began}, and no ${stateTo.event} had ended it.`,
  };
}

function calendarStep(trace: ObligationTrace): ExplanationStep {
  const { due, rule, version, anchor } = trace;
  if (due === undefined) return { kind: 'calendar', text: `No due date: ${trace.refusal ?? 'the duration gives none'}` };
  const within = durationWords(rule.within.amount, rule.within.unit);
  return {
    kind: 'calendar',
    text: `It requires ${matchText(rule.requires)} within ${within}. ${describeDurationStep(version.calendar, anchor.day, rule.within, due)}`,
  };
}

function afterAsOf(trace: ObligationTrace): CaseEvent | undefined {
  const { rule, context, anchor } = trace;
  const candidates = matchingEvents(eventsOfType(context.record, rule.requires), rule.requires);
  for (let i = firstIndexAfter(candidates, context.asOf); i < candidates.length; i++) {
    if (candidates[i] !== anchor) return candidates[i];
  }
  return undefined;
}

function completionStep(trace: ObligationTrace): ExplanationStep {
  const { completion, rule, version, anchor, context, stop } = trace;
  if (completion) {
    const next = completion.type === anchor.type ? ', the next one after the anchor' : '';
    return { kind: 'completion', text: `It was completed by ${eventOn(version, completion)}${next}.` };
  }
  if (stop) {
    return { kind: 'completion', text: `It was not completed before it was stopped on ${dayWithWeekday(stop.day)}.` };
  }
  const later = afterAsOf(trace);
  const ignored = later ? ` ${capitalise(eventOn(version, later))} is after the as-of date, so it is ignored.` : '';
  return {
    kind: 'completion',
    text: `No ${matchText(rule.requires)} on or after ${dayWithWeekday(anchor.day)}${anchor.type === rule.requires.event ? ' (other than the anchor)' : ''} up to the as-of date, ${dayWithWeekday(context.asOf)}: not yet completed.${ignored}`,
  };
}

function stopStep(trace: ObligationTrace): ExplanationStep | undefined {
  const { stop, version, rule } = trace;
  if (!stop) return undefined;
  const why = trace.stopByState
    ? `which ends the state ${matchText(rule.stateFrom!)} .. ${matchText(rule.stateTo!)}`
    : `and the rule says \`unless ${stop.type}\``;
  return { kind: 'cancellation', text: `${capitalise(eventOn(version, stop))} stopped it, ${why}.` };
}

function statusText(trace: ObligationTrace): string {
  const { status, due, completion, stop, context, version } = trace;
  const calendar = version.calendar;
  const asOf = dayWithWeekday(context.asOf);
  if (due === undefined) {
    return status === 'cancelled'
      ? `Cancelled on ${dayWithWeekday(stop!.day)} by ${eventNoun(version, stop!.type)}; it had no due date.`
      : 'Open: it has no due date, so whether it is on time cannot be decided.';
  }
  const dueText = dayWithWeekday(due);
  switch (status) {
    case 'met':
      return `Met: ${eventOn(version, completion!)} was on or before the due date, ${dueText}.`;
    case 'late':
      return `Late by ${plural(trace.lateBy ?? 0, 'working day', 'working days')}: ${eventOn(version, completion!)} was after the due date, ${dueText} (working days counted after the due date up to and including the day it was done).`;
    case 'cancelled':
      return `Cancelled on ${dayWithWeekday(stop!.day)} by ${eventNoun(version, stop!.type)}, on or before the due date (${dueText}) and before it was completed.`;
    case 'overdue': {
      const amount = plural(trace.overdueBy ?? 0, 'working day', 'working days');
      if (stop) {
        return `Overdue by ${amount}, frozen at ${dayWithWeekday(stop.day)}: it was stopped after the due date, ${dueText}, without being completed, so it was missed.`;
      }
      const zero = trace.overdueBy === 0 ? ' The due date has passed, but no working day has passed since it.' : '';
      return `Overdue by ${amount}: not completed by the due date, ${dueText}, and the as-of date is ${asOf}.${zero}`;
    }
    case 'due-soon':
    case 'open': {
      const left = plural(calendar.workingDaysBetween(context.asOf, due), 'working day', 'working days');
      const window =
        trace.dueSoonFrom === undefined
          ? ''
          : status === 'due-soon'
            ? ` The warning window opened on ${dayWithWeekday(trace.dueSoonFrom)}.`
            : ` The warning window opens on ${dayWithWeekday(trace.dueSoonFrom)}.`;
      return `${status === 'due-soon' ? 'Due soon' : 'Open'}: not yet completed as of ${asOf}; due ${dueText}, ${left} left.${window}`;
    }
  }
}

function provisionalStep(trace: ObligationTrace): ExplanationStep | undefined {
  if (!trace.provisional) return undefined;
  const calendar = trace.version.calendar;
  return {
    kind: 'provisional',
    text: `Provisional: these dates lie beyond the official bank-holiday data (${formatIsoDate(calendar.officialFrom)} to ${formatIsoDate(calendar.officialUntil)}), so a bank holiday announced later could change them.`,
  };
}

/** The explanation of one obligation, step by step, in plain English that can be checked against a paper calendar. */
export function explainObligation(trace: ObligationTrace): ExplanationStep[] {
  const steps = [
    versionStep(trace),
    ruleStep(trace),
    anchorStep(trace),
    stateStep(trace),
    calendarStep(trace),
    completionStep(trace),
    stopStep(trace),
    { kind: 'status', text: statusText(trace) },
    provisionalStep(trace),
  ];
  return steps.filter((step): step is ExplanationStep => step !== undefined);
}
