/**
 * The shape of a synthetic caseload: how often each path through the system is taken, and how often
 * work is on time, late or missing. The figures are plausible for an English local authority, not
 * the statistics of any real one.
 */
export const CASELOAD_RATES = {
  /** Share of cases that are not referrals. */
  transferIn: 0.01,
  allegation: 0.005,
  /** Of referrals: closed at the front door (no further action or early help), with no assessment. */
  closedAtDecision: 0.35,
  /** Of referrals: a strategy discussion that starts section 47 enquiries. */
  section47: 0.2,
  /** Of referrals on neither path: a strategy discussion that decides not to start enquiries. */
  strategyWithoutS47: 0.03,
  /** Of referrals: the family moves away before the assessment is finished. */
  movedAway: 0.01,
  /** Of section 47 enquiries: a second strategy discussion. */
  secondStrategyDiscussion: 0.15,
  /** Of section 47 enquiries: an initial conference. */
  conference: 0.5,
  /** Of conferences: a child protection plan. */
  plan: 0.85,
  /** Of assessments: closed once the assessment is done (the rest stay open as children in need). */
  closedAfterAssessment: 0.6,
  /** Of plans that end: the case is closed some weeks later. */
  closedAfterPlan: 0.5,
  /** Of plans: the plan ends at a review conference (the rest end between reviews). */
  planEndsAtReview: 0.8,
  /** Timeliness: [on time, late, never done] for each kind of work. */
  decision: [0.9, 0.09, 0.01],
  assessment: [0.8, 0.15, 0.05],
  conferenceTiming: [0.8, 0.16, 0.04],
  coreGroup: [0.9, 0.08, 0.02],
  review: [0.9, 0.08, 0.02],
  transferInConference: [0.85, 0.12, 0.03],
  ladoReport: [0.92, 0.06, 0.02],
  /** Share of cases with one threshold fact missing. */
  missingFact: 0.02,
  /** Share of referrals made at a weekend (out-of-hours); the rest move to a weekday. */
  weekendReferral: 0.12,
} as const;

export type Timeliness = 'on-time' | 'late' | 'missing';
export const TIMELINESS: readonly Timeliness[] = ['on-time', 'late', 'missing'];
