import { describe, expect, it } from 'vitest';
import {
  anchor,
  compiled,
  equals,
  evaluateAt,
  match,
  months,
  policy,
  rule,
  standardLadder,
  workingDays,
} from './eval-fixtures.js';

// May 2024: Mon 6 (Early May bank holiday) and Mon 27 (Spring bank holiday) are not working days.
// 15 working days after Tue 2024-05-07: 8, 9, 10 (3), 13–17 (8), 20–24 (13), [27], 28 (14), 29 (15)
// → due Wed 2024-05-29.
const icpc = rule('icpc', {
  start: anchor('first', 'strategy-discussion', equals('s47', true), anchor('last', 'strategy-discussion')),
  requires: 'icpc',
  within: workingDays(15),
  unless: ['icpc-not-required'],
  warn: workingDays(3),
  statutory: true,
});
// 1 working day after Thu 2024-05-02 is Fri 2024-05-03.
const decision = rule('referral-decision', { start: anchor('first', 'referral'), requires: 'decision', within: workingDays(1) });
const assessment = rule('assessment', {
  start: anchor('first', 'referral'),
  requires: 'assessment-complete',
  within: workingDays(45),
  unless: [match('referral-closed', equals('outcome', 'nfa'))],
});
const lado = rule('lado-report', { start: anchor('each', 'allegation'), requires: 'lado-report', within: workingDays(1) });
const firstReview = rule('first-review', {
  start: anchor('each', 'plan-start'),
  requires: 'review-conference',
  within: months(3),
  while: ['plan-start', 'plan-end'],
});
const laterReviews = rule('later-reviews', {
  start: anchor('each', 'review-conference'),
  requires: 'review-conference',
  within: months(6),
  while: ['plan-start', 'plan-end'],
});

const wt = compiled(policy('wt', [icpc, decision, assessment, lado, firstReview, laterReviews]));

function only(result: ReturnType<typeof evaluateAt>, ruleId: string) {
  const found = result.obligations.filter((obligation) => obligation.rule === ruleId);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('statuses', () => {
  const discussion: [string, string, Record<string, unknown>] = ['strategy-discussion', '2024-05-07', { s47: true }];

  it('met: the conference on the due date itself', () => {
    const result = evaluateAt(wt, [discussion, ['icpc', '2024-05-29']], '2024-06-30');
    expect(only(result, 'icpc')).toMatchObject({
      start: '2024-05-07',
      due: '2024-05-29',
      completed: '2024-05-29',
      status: 'met',
      lateBy: null,
      overdueBy: null,
      provisional: false,
      statutory: true,
      version: 'wt',
    });
  });

  it('late: by the working days in (due, completed]', () => {
    // (Wed 29 May, Fri 31 May] = Thu 30, Fri 31 → late by 2.
    const result = evaluateAt(wt, [discussion, ['icpc', '2024-05-31']], '2024-06-30');
    expect(only(result, 'icpc')).toMatchObject({ completed: '2024-05-31', status: 'late', lateBy: 2, overdueBy: null });
  });

  it('open before the warning window, due-soon inside it', () => {
    // warn 3 working days before Wed 29 May: (Thu 23, Wed 29] = Fri 24, Tue 28, Wed 29 → window opens Thu 23.
    expect(only(evaluateAt(wt, [discussion], '2024-05-22'), 'icpc').status).toBe('open');
    expect(only(evaluateAt(wt, [discussion], '2024-05-23'), 'icpc').status).toBe('due-soon');
    expect(only(evaluateAt(wt, [discussion], '2024-05-29'), 'icpc').status).toBe('due-soon');
  });

  it('overdue: by the working days in (due, as-of]', () => {
    // (Wed 29 May, Mon 3 Jun] = Thu 30, Fri 31, Mon 3 → 3.
    const result = evaluateAt(wt, [discussion], '2024-06-03');
    expect(only(result, 'icpc')).toMatchObject({ status: 'overdue', overdueBy: 3, completed: null, lateBy: null });
  });

  it('overdue by 0 when only non-working days have passed since the due date', () => {
    // Referral Thu 2024-05-02, decision due Fri 2024-05-03. Sat 4, Sun 5 and Mon 6 (bank holiday) add no working day.
    const referral: [string, string] = ['referral', '2024-05-02'];
    expect(only(evaluateAt(wt, [referral], '2024-05-03'), 'referral-decision').status).toBe('open');
    expect(only(evaluateAt(wt, [referral], '2024-05-04'), 'referral-decision')).toMatchObject({ status: 'overdue', overdueBy: 0 });
    expect(only(evaluateAt(wt, [referral], '2024-05-06'), 'referral-decision')).toMatchObject({ status: 'overdue', overdueBy: 0 });
    expect(only(evaluateAt(wt, [referral], '2024-05-07'), 'referral-decision')).toMatchObject({ status: 'overdue', overdueBy: 1 });
  });

  it('cancelled: an unless event on or before the due date', () => {
    const result = evaluateAt(wt, [discussion, ['icpc-not-required', '2024-05-20'], ['icpc', '2024-05-22']], '2024-06-30');
    expect(only(result, 'icpc')).toMatchObject({
      status: 'cancelled',
      completed: null,
      cancelledOn: '2024-05-20',
      cancelledBy: 'icpc-not-required',
      lateBy: null,
      overdueBy: null,
    });
  });

  it('an unless event on the due date itself still cancels', () => {
    const result = evaluateAt(wt, [discussion, ['icpc-not-required', '2024-05-29']], '2024-06-30');
    expect(only(result, 'icpc')).toMatchObject({ status: 'cancelled', cancelledOn: '2024-05-29' });
  });

  it('a stop after the due date freezes overdue at the stop', () => {
    // Stopped Mon 3 Jun: (29 May, 3 Jun] = 3 working days; the conference on 10 Jun came after the stop.
    const result = evaluateAt(wt, [discussion, ['icpc-not-required', '2024-06-03'], ['icpc', '2024-06-10']], '2024-07-31');
    const obligation = only(result, 'icpc');
    expect(obligation).toMatchObject({ status: 'overdue', overdueBy: 3, completed: null });
    expect(obligation.cancelledOn).toBeUndefined();
    expect(result.escalations).toEqual([]);
  });

  it('completion on the same day as a stop wins', () => {
    const result = evaluateAt(wt, [discussion, ['icpc-not-required', '2024-05-20'], ['icpc', '2024-05-20']], '2024-06-30');
    expect(only(result, 'icpc')).toMatchObject({ status: 'met', completed: '2024-05-20' });
  });

  it('unless with a filter: only a closure with outcome nfa cancels the assessment', () => {
    const referral: [string, string] = ['referral', '2024-05-02'];
    const nfa = evaluateAt(wt, [referral, ['referral-closed', '2024-05-20', { outcome: 'nfa' }]], '2024-06-30');
    expect(only(nfa, 'assessment')).toMatchObject({ status: 'cancelled', cancelledBy: 'referral-closed', cancelledOn: '2024-05-20' });
    // 45 working days after Thu 2 May 2024 (skipping 6 and 27 May) is Mon 2024-07-08.
    const earlyHelp = evaluateAt(wt, [referral, ['referral-closed', '2024-05-20', { outcome: 'early-help' }]], '2024-06-30');
    expect(only(earlyHelp, 'assessment')).toMatchObject({ status: 'open', due: '2024-07-08' });
  });
});

describe('as-of cut-off', () => {
  it('ignores events after the as-of date: the conference on the due date does not count a day earlier', () => {
    const events: [string, string, Record<string, unknown>?][] = [
      ['strategy-discussion', '2024-05-07', { s47: true }],
      ['icpc', '2024-05-29'],
    ];
    expect(only(evaluateAt(wt, events, '2024-05-28'), 'icpc')).toMatchObject({ completed: null, status: 'due-soon' });
    expect(only(evaluateAt(wt, events, '2024-05-29'), 'icpc')).toMatchObject({ completed: '2024-05-29', status: 'met' });
  });

  it('makes no obligation from an anchor after the as-of date', () => {
    const result = evaluateAt(wt, [['referral', '2024-05-02']], '2024-05-01');
    expect(result.obligations).toEqual([]);
    expect(result.asOf).toBe('2024-05-01');
  });
});

describe('anchors', () => {
  it('first … where: the first discussion with s47 = true', () => {
    const result = evaluateAt(
      wt,
      [
        ['strategy-discussion', '2024-05-03', { s47: false }],
        ['strategy-discussion', '2024-05-09', { s47: true }],
        ['strategy-discussion', '2024-05-07', { s47: true }],
      ],
      '2024-05-10',
    );
    expect(only(result, 'icpc')).toMatchObject({ start: '2024-05-07', due: '2024-05-29' });
  });

  it('otherwise last: when no discussion is marked s47, the last one on or before as-of (it moves)', () => {
    const events: [string, string, Record<string, unknown>?][] = [
      ['strategy-discussion', '2024-05-03', { s47: false }],
      ['strategy-discussion', '2024-05-09'],
    ];
    // 15 working days after Thu 9 May: 10 (1), 13–17 (6), 20–24 (11), [27], 28–31 (15) → Fri 2024-05-31.
    expect(only(evaluateAt(wt, events, '2024-05-10'), 'icpc')).toMatchObject({ start: '2024-05-09', due: '2024-05-31' });
    // As of 8 May the later discussion has not happened: the last one is Fri 3 May.
    // 15 working days after Fri 3 May: [6], 7–10 (4), 13–17 (9), 20–24 (14), [27], 28 (15) → Tue 2024-05-28.
    expect(only(evaluateAt(wt, events, '2024-05-08'), 'icpc')).toMatchObject({ start: '2024-05-03', due: '2024-05-28' });
  });

  it('each: one obligation per allegation, each completed by the first report on or after it', () => {
    // Mon 13 May: due Tue 14, reported Tue 14 → met. Thu 23 May: due Fri 24; reported Tue 28 →
    // (Fri 24, Tue 28] holds only Tue 28 (Mon 27 is a bank holiday) → late by 1.
    const result = evaluateAt(
      wt,
      [
        ['allegation', '2024-05-13'],
        ['lado-report', '2024-05-14'],
        ['allegation', '2024-05-23'],
        ['lado-report', '2024-05-28'],
      ],
      '2024-06-30',
    );
    const reports = result.obligations.filter((obligation) => obligation.rule === 'lado-report');
    expect(reports.map((o) => [o.start, o.due, o.completed, o.status, o.lateBy])).toEqual([
      ['2024-05-13', '2024-05-14', '2024-05-14', 'met', null],
      ['2024-05-23', '2024-05-24', '2024-05-28', 'late', 1],
    ]);
  });

  it('an event on the start date other than the anchor completes it (same-day ties keep input order)', () => {
    const chain = compiled(
      policy('chain', [rule('next', { start: anchor('first', 'review-conference'), requires: 'review-conference', within: months(6) })]),
    );
    const result = evaluateAt(chain, [['review-conference', '2024-05-07'], ['review-conference', '2024-05-07']], '2024-05-07');
    expect(result.obligations[0]).toMatchObject({ start: '2024-05-07', completed: '2024-05-07', status: 'met' });
  });
});

describe('while: obligations that exist only during a state', () => {
  it('runs a review chain while the plan lasts and cancels the review due after the plan ends', () => {
    // Plan from Mon 2024-01-15: first review within 3 months → Mon 2024-04-15; held Wed 04-10 → met.
    // Next within 6 months of Wed 04-10 → Thu 2024-10-10; held Tue 10-01 → met.
    // Next within 6 months of Tue 10-01 → Tue 2025-04-01; the plan ends Mon 2024-12-02 → cancelled.
    // The review conference on 2025-01-10 is after the plan ended: it starts no obligation.
    const result = evaluateAt(
      wt,
      [
        ['plan-start', '2024-01-15'],
        ['review-conference', '2024-04-10'],
        ['review-conference', '2024-10-01'],
        ['plan-end', '2024-12-02'],
        ['review-conference', '2025-01-10'],
      ],
      '2025-01-31',
    );
    expect(result.obligations.map((o) => [o.rule, o.start, o.due, o.completed, o.status, o.cancelledOn ?? null])).toEqual([
      ['first-review', '2024-01-15', '2024-04-15', '2024-04-10', 'met', null],
      ['later-reviews', '2024-04-10', '2024-10-10', '2024-10-01', 'met', null],
      ['later-reviews', '2024-10-01', '2025-04-01', null, 'cancelled', '2024-12-02'],
    ]);
  });

  it('cancels the first review when the plan ends before it is due', () => {
    const result = evaluateAt(wt, [['plan-start', '2024-01-15'], ['plan-end', '2024-03-01']], '2024-06-01');
    expect(only(result, 'first-review')).toMatchObject({ status: 'cancelled', cancelledOn: '2024-03-01', cancelledBy: 'plan-end' });
  });

  it('freezes overdue when the plan ends after the review was due', () => {
    // Due Mon 2024-04-15; plan ends Wed 2024-05-01: (15 Apr, 1 May] = 16–19 (4), 22–26 (9), 29, 30, 1 May (12).
    const result = evaluateAt(wt, [['plan-start', '2024-01-15'], ['plan-end', '2024-05-01']], '2024-06-30');
    expect(only(result, 'first-review')).toMatchObject({ status: 'overdue', overdueBy: 12, due: '2024-04-15' });
  });

  it('a plan that ends on the day of a review conference: the review met the first review, and starts no next one', () => {
    const result = evaluateAt(
      wt,
      [['plan-start', '2024-01-15'], ['review-conference', '2024-04-10'], ['plan-end', '2024-04-10']],
      '2024-12-31',
    );
    expect(result.obligations.map((o) => [o.rule, o.status])).toEqual([['first-review', 'met']]);
  });

  it('months: 31 January + 3 months is 30 April (last day of a shorter month)', () => {
    const result = evaluateAt(wt, [['plan-start', '2024-01-31']], '2024-02-01');
    expect(only(result, 'first-review').due).toBe('2024-04-30');
  });
});

describe('month rounding refuse', () => {
  it('gives no due date, an open status and a warning', () => {
    const refusing = compiled(
      policy('refusing', [rule('review', { start: anchor('first', 'plan-start'), requires: 'review-conference', within: months(1, 'refuse') })]),
    );
    const result = evaluateAt(refusing, [['plan-start', '2024-01-31']], '2024-06-30');
    expect(result.obligations[0]).toMatchObject({ due: null, status: 'open', overdueBy: null });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('rule review');
  });
});

describe('durations the calendar cannot count', () => {
  it('gives no due date and a warning instead of throwing', () => {
    const absurd = compiled(
      policy('absurd', [rule('forever', { start: anchor('first', 'referral'), requires: 'decision', within: workingDays(2_000_000) })]),
    );
    const result = evaluateAt(absurd, [['referral', '2024-05-02']], '2024-05-03');
    expect(result.obligations[0]).toMatchObject({ due: null, status: 'open' });
    expect(result.warnings).toHaveLength(1);
  });
});

describe('provisional due dates', () => {
  it('is provisional when the due date lies beyond the official bank holidays (2012–2028)', () => {
    // 45 working days after Wed 2028-12-20 falls in February 2029.
    const result = evaluateAt(wt, [['referral', '2028-12-20']], '2028-12-21');
    expect(only(result, 'assessment').provisional).toBe(true);
    expect(only(result, 'referral-decision')).toMatchObject({ due: '2028-12-21', provisional: false });
  });
});

describe('escalations', () => {
  const laddered = compiled(
    policy(
      'laddered',
      [
        rule('icpc', {
          start: anchor('first', 'strategy-discussion'),
          requires: 'icpc',
          within: workingDays(15),
        }),
      ],
      { escalations: [standardLadder], defaultEscalation: 'standard' },
    ),
  );
  const discussion: [string, string] = ['strategy-discussion', '2024-05-07'];

  it('uses the ladder’s earliest warning as the due-soon window when the rule has none', () => {
    // warn 2 working days before Wed 29 May: (Fri 24, Wed 29] = Tue 28, Wed 29 → from Fri 24.
    expect(only(evaluateAt(laddered, [discussion], '2024-05-23'), 'icpc').status).toBe('open');
    const soon = evaluateAt(laddered, [discussion], '2024-05-24');
    expect(only(soon, 'icpc').status).toBe('due-soon');
    expect(soon.escalations).toEqual([
      { rule: 'icpc', start: '2024-05-07', ladder: 'standard', step: 1, action: 'warn', role: 'Allocated social worker', since: '2024-05-24' },
    ]);
  });

  it('activates overdue steps from the day overdueBy reaches their amount', () => {
    // Due Wed 29 May. Overdue by 1 from Thu 30 May; by 5 on Wed 5 Jun (30, 31, 3, 4, 5).
    const fourDays = evaluateAt(laddered, [discussion], '2024-06-04');
    expect(only(fourDays, 'icpc').overdueBy).toBe(4);
    expect(fourDays.escalations.map((e) => [e.step, e.since])).toEqual([
      [1, '2024-05-24'],
      [2, '2024-05-30'],
    ]);
    const fiveDays = evaluateAt(laddered, [discussion], '2024-06-05');
    expect(fiveDays.escalations.map((e) => [e.step, e.role, e.since])).toEqual([
      [1, 'Allocated social worker', '2024-05-24'],
      [2, 'Team manager', '2024-05-30'],
      [3, 'Head of service', '2024-06-05'],
    ]);
  });

  it('has none once the obligation is met', () => {
    expect(evaluateAt(laddered, [discussion, ['icpc', '2024-06-05']], '2024-06-10').escalations).toEqual([]);
  });
});

describe('results', () => {
  it('sorts obligations by start date, then rule id', () => {
    const result = evaluateAt(
      wt,
      [
        ['allegation', '2024-05-01'],
        ['referral', '2024-05-02'],
        ['strategy-discussion', '2024-05-02', { s47: true }],
      ],
      '2024-05-03',
    );
    expect(result.obligations.map((o) => [o.start, o.rule])).toEqual([
      ['2024-05-01', 'lado-report'],
      ['2024-05-02', 'assessment'],
      ['2024-05-02', 'icpc'],
      ['2024-05-02', 'referral-decision'],
    ]);
  });

  it('names the case, the as-of date and the policy, and has empty explanations unless asked', () => {
    const result = evaluateAt(wt, [['referral', '2024-05-02']], '2024-05-03');
    expect(result.case).toBe('C-1');
    expect(result.policy).toEqual({ id: 'wt', version: '', hash: wt.hash });
    expect(wt.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const obligation of result.obligations) expect(obligation.explanation).toEqual([]);
  });
});
