/**
 * One census episode (`CINdetails`) as a case timeline: `{ id, child, events, facts }`. The id is
 * `<LAchildID>/<n>`, n the episode's position within its child (1, 2, …; the number after the last
 * `/`). Events are named as in `policies/england/working-together-2013.wt` where the census records
 * the same thing, and as in `policies/cin-census/cin-census.wt` where only the census has it; see
 * docs/cin-census.md for the mapping and why. Events are listed in the order a day's events happen
 * (a plan starts before its review, a review before the plan ends), which the engine keeps for events
 * on the same day.
 */
import { parseIsoDate } from '@wt/engine';
import type { ChildDraft, DateSlot, EpisodeDraft } from './cin-episode-draft.js';
import { CIN_CODES, type CinProblem } from './cin-problem.js';
import { closureOutcome } from './cin-values.js';

export interface CinCaseEvent {
  type: string;
  date: string;
  [attribute: string]: unknown;
}

export interface CinCase {
  id: string;
  /** The child's LAchildID. */
  child: string;
  events: CinCaseEvent[];
  facts: Record<string, unknown>;
}

export interface EpisodeOutcome {
  /** Absent when an error rejects the episode. */
  value?: CinCase;
  /** Problems of the episode: those found while reading it and those found here. */
  problems: CinProblem[];
}

function event(type: string, item: DateSlot, attributes?: Record<string, unknown>): CinCaseEvent[] {
  return item === undefined || item === null ? [] : [{ type, date: item.date, ...attributes }];
}

/** Whole years from `birth` to `on` (a 29 February birthday falls on 1 March in other years). */
export function ageOn(birth: string, on: string): number | undefined {
  if (parseIsoDate(birth) === undefined || parseIsoDate(on) === undefined || on < birth) return undefined;
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

function requireDate(item: DateSlot, element: string, where: string, line: number, problems: CinProblem[], childId?: string): void {
  if (item !== undefined) return;
  problems.push({
    severity: 'error',
    code: CIN_CODES.missingDate,
    line,
    ...(childId !== undefined ? { childId } : {}),
    message: `${where} has no ${element}`,
  });
}

function orderWarning(
  later: DateSlot,
  laterName: string,
  earlier: DateSlot,
  earlierName: string,
  problems: CinProblem[],
  childId: string | undefined,
): void {
  if (!later || !earlier || later.date >= earlier.date) return;
  problems.push({
    severity: 'warning',
    code: CIN_CODES.dateOrder,
    line: later.line,
    ...(childId !== undefined ? { childId } : {}),
    message: `${laterName} is before ${earlierName}; the timeline keeps both dates as given`,
  });
}

function checkEpisode(draft: EpisodeDraft, childId: string | undefined): CinProblem[] {
  const problems: CinProblem[] = [];
  const where = `episode ${draft.number} (CINdetails)`;
  requireDate(draft.referral, 'CINreferralDate', where, draft.line, problems, childId);
  for (const assessment of draft.assessments) requireDate(assessment.start, 'AssessmentActualStartDate', 'an Assessments module', assessment.line, problems, childId);
  for (const plan of draft.cinPlans) requireDate(plan.start, 'CINPlanStartDate', 'a CINPlanDates module', plan.line, problems, childId);
  for (const s47 of draft.section47s) requireDate(s47.start, 'S47ActualStartDate', 'a Section47 module', s47.line, problems, childId);
  for (const plan of draft.plans) requireDate(plan.start, 'CPPstartDate', 'a ChildProtectionPlans module', plan.line, problems, childId);

  const missingItem = (line: number, message: string) =>
    problems.push({ severity: 'warning', code: CIN_CODES.missingItem, line, ...(childId !== undefined ? { childId } : {}), message });
  if (!draft.referralSourceSeen) missingItem(draft.line, `${where} has no ReferralSource`);
  if (!draft.nfaSeen) missingItem(draft.line, `${where} has no ReferralNFA`);
  for (const s47 of draft.section47s) if (!s47.notRequiredSeen) missingItem(s47.line, 'a Section47 module has no ICPCnotRequired');

  const referral = draft.referral;
  const beforeReferral = (item: DateSlot, name: string) => orderWarning(item, name, referral, 'CINreferralDate', problems, childId);
  beforeReferral(draft.closure, 'CINclosureDate');
  beforeReferral(draft.icpc, 'DateOfInitialCPC');
  for (const assessment of draft.assessments) {
    beforeReferral(assessment.start, 'AssessmentActualStartDate');
    orderWarning(assessment.authorised, 'AssessmentAuthorisationDate', assessment.start, 'AssessmentActualStartDate', problems, childId);
  }
  for (const plan of draft.cinPlans) {
    beforeReferral(plan.start, 'CINPlanStartDate');
    orderWarning(plan.end, 'CINPlanEndDate', plan.start, 'CINPlanStartDate', problems, childId);
  }
  for (const s47 of draft.section47s) {
    beforeReferral(s47.start, 'S47ActualStartDate');
    orderWarning(s47.icpc, 'DateOfInitialCPC', s47.start, 'S47ActualStartDate', problems, childId);
  }
  for (const plan of draft.plans) {
    beforeReferral(plan.start, 'CPPstartDate');
    orderWarning(plan.end, 'CPPendDate', plan.start, 'CPPstartDate', problems, childId);
  }
  return problems;
}

function episodeEvents(draft: EpisodeDraft): CinCaseEvent[] {
  const events: CinCaseEvent[] = [...event('referral', draft.referral)];
  for (const assessment of draft.assessments) {
    events.push(...event('assessment-start', assessment.start), ...event('assessment-review', assessment.review), ...event('assessment-complete', assessment.authorised));
  }
  for (const plan of draft.cinPlans) events.push(...event('cin-plan-start', plan.start), ...event('cin-plan-end', plan.end));
  for (const s47 of draft.section47s) {
    events.push(...event('s47-start', s47.start, s47.target ? { 'icpc-target': s47.target.date } : undefined));
    // The census gives no date for "no conference needed": it is dated at the start of the enquiry it
    // belongs to, so that it ends that enquiry's conference obligation from the outset.
    if (s47.notRequired === true) events.push(...event('icpc-not-required', s47.start));
    events.push(...event('icpc', s47.icpc));
  }
  events.push(...event('icpc', draft.icpc));
  for (const plan of draft.plans) {
    events.push(...event('plan-start', plan.start));
    for (const review of plan.reviews) events.push(...event('review-conference', review));
    events.push(...event('plan-end', plan.end));
  }
  for (const module of draft.preProceedings) for (const { event: type, item } of module.dates) events.push(...event(type, item));
  const outcome = closureOutcome(draft.closureReason, draft.nfa);
  const closed = outcome === undefined ? undefined : { outcome };
  // A referral that led to no further action is closed, in the census's own reading (rules 8815 and
  // 8820 never count it as open), even when it has no closure date: it is closed on the referral date.
  const closure = draft.closure !== undefined ? draft.closure : draft.nfa === true ? draft.referral : undefined;
  events.push(...event('referral-closed', closure, closed));
  return events;
}

function episodeFacts(draft: EpisodeDraft, child: ChildDraft): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  if (draft.referralSource !== undefined) facts['referral-source'] = draft.referralSource;
  if (draft.primaryNeed !== undefined) facts['primary-need'] = draft.primaryNeed;
  if (draft.nfa !== undefined) facts['referral-nfa'] = draft.nfa;
  if (draft.closureReason !== undefined) facts['closure-reason'] = draft.closureReason;
  const first = draft.plans[0];
  const last = draft.plans[draft.plans.length - 1];
  if (first?.initialCategory !== undefined) facts['initial-category-of-abuse'] = first.initialCategory;
  if (last?.latestCategory !== undefined) facts['latest-category-of-abuse'] = last.latestCategory;
  if (first?.previousPlans !== undefined) facts['previous-plans'] = first.previousPlans;
  const age = child.birth !== undefined && draft.referral ? ageOn(child.birth, draft.referral.date) : undefined;
  if (age !== undefined) facts['age'] = age;
  if (child.disabled !== undefined) facts['disabled'] = child.disabled;
  return facts;
}

/** The case of a finished episode, or its rejection when an error lies in it. */
export function episodeCase(draft: EpisodeDraft, child: ChildDraft, complete = true): EpisodeOutcome {
  const problems = [...draft.problems, ...(complete ? checkEpisode(draft, child.id) : [])].sort((a, b) => a.line - b.line);
  if (child.id === undefined) {
    problems.unshift({
      severity: 'error',
      code: CIN_CODES.missingChildId,
      line: draft.line,
      message: `episode ${draft.number} belongs to a child with no LAchildID (the child starts on line ${child.line})`,
    });
  }
  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  const id = child.id!;
  return { value: { id: `${id}/${draft.number}`, child: id, events: episodeEvents(draft), facts: episodeFacts(draft, child) }, problems };
}
