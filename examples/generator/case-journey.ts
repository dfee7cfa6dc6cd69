/**
 * One case's way through children's social care, drawn at random: a referral (and what followed
 * from it), a child on a plan moving into the area, or an allegation about a professional. Event
 * names are WT2013's (policies/england/working-together-2013.wt).
 */
import { CASELOAD_RATES as RATES, TIMELINESS, type Timeliness } from './caseload-rates.js';
import type { SeededRandom } from './seeded-random.js';
import type { SyntheticEvent } from './synthetic-case.js';
import { addMonths, addWeekdays, weekdayOnOrAfter, weekdayOnOrBefore, type Day } from './synthetic-days.js';

export type JourneyKind = 'closed-at-decision' | 'section-47' | 'assessment' | 'transfer-in' | 'allegation';

export interface Journey {
  kind: JourneyKind;
  /** In the order they happened; same-day events in a sensible order (conference before plan). */
  events: SyntheticEvent[];
}

/** Plan lengths in months: most plans last 6 to 12 months. */
const PLAN_MONTHS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
const PLAN_MONTH_WEIGHTS = [4, 5, 7, 9, 10, 11, 11, 10, 9, 8, 5, 4, 3, 2, 1, 1];

function timeliness(random: SeededRandom, weights: readonly number[]): Timeliness {
  return random.weighted(TIMELINESS, weights);
}

function closureOutcome(random: SeededRandom): string {
  return random.chance(0.7) ? 'nfa' : 'early-help';
}

export function referralJourney(random: SeededRandom, referral: Day): Journey {
  const events: SyntheticEvent[] = [{ type: 'referral', day: referral }];
  const roll = random.next();
  const kind: JourneyKind =
    roll < RATES.closedAtDecision ? 'closed-at-decision' : roll < RATES.closedAtDecision + RATES.section47 ? 'section-47' : 'assessment';

  const decisionTiming = timeliness(random, RATES.decision);
  const decision =
    decisionTiming === 'on-time'
      ? addWeekdays(referral, random.chance(0.7) ? 0 : 1)
      : decisionTiming === 'late'
        ? addWeekdays(referral, random.int(2, 5))
        : undefined;
  const response =
    kind === 'closed-at-decision'
      ? random.chance(0.7) ? 'no-further-action' : 'early-help'
      : kind === 'section-47' ? 'strategy-discussion' : 'assessment';
  if (decision !== undefined) events.push({ type: 'decision', day: decision, attribute: 'response', value: response });
  const afterDecision = decision ?? referral;

  if (kind === 'closed-at-decision') {
    const outcome = response === 'no-further-action' ? 'nfa' : 'early-help';
    events.push({ type: 'referral-closed', day: addWeekdays(afterDecision, random.int(0, 3)), attribute: 'outcome', value: outcome });
    return { kind, events };
  }

  if (kind === 'assessment' && random.chance(RATES.movedAway)) {
    events.push({ type: 'referral-closed', day: addWeekdays(referral, random.int(5, 30)), attribute: 'outcome', value: 'moved-away' });
    return { kind, events };
  }

  const assessmentTiming = timeliness(random, RATES.assessment);
  const assessment =
    assessmentTiming === 'on-time'
      ? addWeekdays(referral, random.int(10, 45))
      : assessmentTiming === 'late' ? addWeekdays(referral, random.int(46, 75)) : undefined;
  if (assessment !== undefined) events.push({ type: 'assessment-complete', day: assessment });

  if (kind === 'section-47') {
    section47Enquiries(random, afterDecision, events);
  } else {
    if (random.chance(RATES.strategyWithoutS47)) {
      const discussion = addWeekdays(afterDecision, random.int(0, 3));
      events.push({ type: 'strategy-discussion', day: discussion, attribute: 's47', value: false });
      events.push({ type: 'icpc-not-required', day: discussion });
    }
    if (assessment !== undefined && random.chance(RATES.closedAfterAssessment)) {
      events.push({ type: 'referral-closed', day: addWeekdays(assessment, random.int(0, 10)), attribute: 'outcome', value: closureOutcome(random) });
    }
  }
  return { kind, events };
}

function section47Enquiries(random: SeededRandom, afterDecision: Day, events: SyntheticEvent[]): void {
  const discussion = addWeekdays(afterDecision, random.int(0, 2));
  events.push({ type: 'strategy-discussion', day: discussion, attribute: 's47', value: true });
  if (random.chance(RATES.secondStrategyDiscussion)) {
    events.push({ type: 'strategy-discussion', day: addWeekdays(discussion, random.int(3, 8)), attribute: 's47', value: true });
  }
  if (!random.chance(RATES.conference)) {
    if (random.chance(0.9)) events.push({ type: 'icpc-not-required', day: addWeekdays(discussion, random.int(5, 15)) });
    return;
  }
  const timing = timeliness(random, RATES.conferenceTiming);
  if (timing === 'missing') return;
  const conference = addWeekdays(discussion, timing === 'on-time' ? random.int(5, 15) : random.int(16, 30));
  events.push({ type: 'icpc', day: conference });
  if (random.chance(RATES.plan)) {
    childProtectionPlan(random, conference, events);
  } else if (random.chance(0.5)) {
    events.push({ type: 'referral-closed', day: addWeekdays(conference, random.int(10, 40)), attribute: 'outcome', value: closureOutcome(random) });
  }
}

/** A plan from `start`: core group, reviews at 3 then 6 months, and an end somewhere in 3–18 months. */
function childProtectionPlan(random: SeededRandom, start: Day, events: SyntheticEvent[]): void {
  events.push({ type: 'plan-start', day: start });
  const coreGroupTiming = timeliness(random, RATES.coreGroup);
  if (coreGroupTiming !== 'missing') {
    const offset = coreGroupTiming === 'on-time' ? random.int(3, 10) : random.int(11, 18);
    events.push({ type: 'core-group', day: addWeekdays(start, offset) });
  }
  const endTarget = addMonths(start, random.weighted(PLAN_MONTHS, PLAN_MONTH_WEIGHTS));
  let previous = start;
  let months = 3;
  let end: Day;
  for (;;) {
    const due = addMonths(previous, months);
    const timing = timeliness(random, RATES.review);
    const review =
      timing === 'on-time'
        ? weekdayOnOrBefore(due - random.int(0, 20))
        : weekdayOnOrAfter(due + (timing === 'late' ? random.int(1, 25) : random.int(30, 90)));
    if (review >= endTarget) {
      if (random.chance(RATES.planEndsAtReview)) {
        events.push({ type: 'review-conference', day: review });
        end = review;
      } else {
        end = weekdayOnOrAfter(endTarget);
      }
      break;
    }
    events.push({ type: 'review-conference', day: review });
    previous = review;
    months = 6;
  }
  events.push({ type: 'plan-end', day: end });
  if (random.chance(RATES.closedAfterPlan)) {
    events.push({ type: 'referral-closed', day: addWeekdays(end, random.int(10, 40)), attribute: 'outcome', value: closureOutcome(random) });
  }
}

export function transferInJourney(random: SeededRandom, notified: Day): Journey {
  const events: SyntheticEvent[] = [{ type: 'transfer-in', day: notified }];
  const timing = timeliness(random, RATES.transferInConference);
  if (timing !== 'missing') {
    const conference = addWeekdays(notified, timing === 'on-time' ? random.int(5, 15) : random.int(16, 25));
    events.push({ type: 'transfer-in-conference', day: conference });
    childProtectionPlan(random, conference, events);
  }
  return { kind: 'transfer-in', events };
}

export function allegationJourney(random: SeededRandom, received: Day): Journey {
  const events: SyntheticEvent[] = [{ type: 'allegation', day: received }];
  const timing = timeliness(random, RATES.ladoReport);
  if (timing !== 'missing') {
    const offset = timing === 'on-time' ? (random.chance(0.65) ? 0 : 1) : random.int(2, 4);
    events.push({ type: 'lado-report', day: addWeekdays(received, offset) });
  }
  return { kind: 'allegation', events };
}
