import type { EscalationIR } from '@wt/dsl';
import type { ObligationResult } from './case-result.js';
import { eventsOfType } from './anchor-selection.js';
import type { CaseEvent } from './case-timeline.js';
import type { CompiledAnchor, CompiledMatch, CompiledRule } from './compiled-rule.js';
import type { CompiledVersion } from './compiled-version.js';
import { firstEventFrom } from './completion.js';
import type { DayNumber } from './day-number.js';
import type { WorkingCalendar } from './working-calendar.js';
import { dayText } from './day-text.js';
import { windowStart } from './escalation-offset.js';
import { collectEscalations, ladderWarningFrom } from './escalation-state.js';
import type { EvaluationContext } from './evaluation-context.js';
import { explainObligation } from './explanation.js';
import { dueDate, dueRefusal } from './obligation-due.js';
import { isOutstanding, obligationStatus } from './obligation-status.js';
import { insideState, stateEnd } from './while-interval.js';

/**
 * The escalation ladder of a rule: the one it names, else the default of the version in force on the
 * as-of date, else its own version's default; looked up first in the as-of version, then in its own.
 */
export function ladderOf(rule: CompiledRule, version: CompiledVersion, asOfVersion: CompiledVersion): EscalationIR | undefined {
  const id = rule.rule.escalation ?? asOfVersion.policy.defaultEscalation ?? version.policy.defaultEscalation;
  if (id === undefined) return undefined;
  return asOfVersion.ladders.get(id) ?? version.ladders.get(id);
}

function earlier(a: CaseEvent, b: CaseEvent | undefined): boolean {
  return b === undefined || a.day < b.day || (a.day === b.day && a.index < b.index);
}

/**
 * Works out the obligation that one anchor occurrence starts under one rule, and appends its result (and
 * its active escalation steps) to the context. Does nothing when a `while` state excludes the anchor.
 */
export function evaluateObligation(
  context: EvaluationContext,
  version: CompiledVersion,
  rule: CompiledRule,
  alternative: CompiledAnchor,
  anchor: CaseEvent,
  anchorCount: number,
): void {
  const { record, asOf } = context;
  const { stateFrom, stateTo } = rule;
  if (stateFrom && stateTo) {
    const inside = insideState(eventsOfType(record, stateFrom), stateFrom, eventsOfType(record, stateTo), stateTo, anchor);
    if (!inside) return;
  }
  const calendar = version.calendar;
  const start = anchor.day;
  const due = dueDate(calendar, start, rule.within);
  let completion = firstEventFrom(eventsOfType(record, rule.requires), rule.requires, start, anchor, asOf);

  let stop: CaseEvent | undefined;
  let stopCause: CompiledMatch | undefined;
  if (stateTo) {
    stop = stateEnd(eventsOfType(record, stateTo), stateTo, start, asOf);
    if (stop) stopCause = stateTo;
  }
  for (const unless of rule.unless) {
    const event = firstEventFrom(eventsOfType(record, unless), unless, start, anchor, asOf);
    if (event && earlier(event, stop)) {
      stop = event;
      stopCause = unless;
    }
  }
  // Completion on the stop's own day wins: the obligation was met before it was stopped.
  if (stop && completion && completion.day <= stop.day) stop = undefined;
  if (stop) completion = undefined;

  const ladder = ladderOf(rule, version, context.asOfVersion);
  let dueSoonFrom: DayNumber | undefined;
  if (due !== undefined && !completion && !stop && asOf <= due) {
    const warn = rule.rule.warn;
    dueSoonFrom = warn ? windowStart(calendar, due, warn) : ladder ? ladderWarningFrom(ladder, calendar, due) : undefined;
    if (dueSoonFrom !== undefined && dueSoonFrom < start) dueSoonFrom = start;
  }
  const completedDay = completion?.day;
  const stoppedDay = stop?.day;
  const status = obligationStatus(due, completedDay, stoppedDay, asOf, dueSoonFrom);
  let lateBy: number | null = null;
  let overdueBy: number | null = null;
  let countedTo: DayNumber | undefined;
  if (status === 'late') {
    countedTo = completedDay!;
    lateBy = calendar.workingDaysBetween(due!, countedTo);
  } else if (status === 'overdue') {
    countedTo = stoppedDay ?? asOf;
    overdueBy = calendar.workingDaysBetween(due!, countedTo);
  }
  const provisional =
    (due !== undefined && rule.within.unit === 'working-days' && countsOutsideOfficialData(calendar, start, due)) ||
    (countedTo !== undefined && countsOutsideOfficialData(calendar, due!, countedTo));

  const startText = dayText(start);
  const cancelled = status === 'cancelled';
  const refusal = due === undefined ? dueRefusal(calendar, start, rule.within) : undefined;
  if (refusal !== undefined) {
    context.warnings.push(`rule ${rule.rule.id}: the obligation starting ${startText} has no due date: ${refusal}`);
  }
  context.obligations.push({
    rule: rule.rule.id,
    kind: rule.rule.kind,
    title: rule.rule.title ?? rule.rule.id,
    start: startText,
    due: due === undefined ? null : dayText(due),
    completed: completion ? dayText(completion.day) : null,
    status,
    lateBy,
    overdueBy,
    provisional,
    version: version.policy.id,
    statutory: rule.rule.statutory,
    cancelledOn: cancelled ? dayText(stop!.day) : undefined,
    cancelledBy: cancelled ? stop!.type : undefined,
    explanation: context.explain
      ? explainObligation({
          context,
          version,
          rule,
          alternative,
          anchor,
          anchorCount,
          due,
          refusal,
          completion,
          stop,
          stopByState: stop !== undefined && stopCause === stateTo,
          status,
          lateBy,
          overdueBy,
          dueSoonFrom,
          provisional,
        })
      : [],
  });

  if (ladder && due !== undefined && !stop && isOutstanding(status)) {
    collectEscalations(ladder, calendar, start, due, asOf, rule.rule.id, startText, context.escalations);
  }
}

/**
 * Whether counting the working days of (from, to] (with `from` itself under the inclusive convention)
 * reads holiday data outside the official range. The range is one interval, so the ends decide.
 */
function countsOutsideOfficialData(calendar: WorkingCalendar, from: DayNumber, to: DayNumber): boolean {
  const first = calendar.counting === 'inclusive' ? from : from + 1;
  return calendar.isProvisional(first) || calendar.isProvisional(to);
}
