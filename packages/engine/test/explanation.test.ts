import { describe, expect, it } from 'vitest';
import { compiled, evaluateAt } from './eval-fixtures.js';
import { policyFromText } from './policy-from-text.js';

const text = `
policy wt-explained {
  title "Explained"
  version "1"
  calendar england-and-wales
  escalation standard
}
calendar england-and-wales {
  weekend saturday sunday
  holidays "GB-ENG"
}
event strategy-discussion "Strategy discussion" { s47: boolean }
event icpc "Initial child protection conference"
event icpc-not-required "No conference needed"
event plan-start "Child protection plan starts"
event plan-end "Child protection plan ends"
event review-conference "Review conference"

timescale icpc "Hold the initial child protection conference" {
  starts at first strategy-discussion where s47 = true otherwise last strategy-discussion
  requires icpc within 15 working days
  unless icpc-not-required
  statutory
  cites "WT2013: within 15 working days of the strategy discussion"
  warn 3 working days before due
}
timescale later-reviews "Hold the next review conference" {
  starts at each review-conference
  requires review-conference within 6 months
  while plan-start .. plan-end
}
escalation standard {
  warn "Allocated social worker" 2 working days before due
  notify "Team manager" when overdue 1 working day
}
`;
const explained = compiled(policyFromText(text));

function steps(result: ReturnType<typeof evaluateAt>, rule: string): Record<string, string> {
  const obligation = result.obligations.find((entry) => entry.rule === rule)!;
  return Object.fromEntries(obligation.explanation.map((step) => [step.kind, step.text]));
}

describe('explanations', () => {
  it('names the rule, the anchor and why, the calendar steps, the completion and the status', () => {
    const result = evaluateAt(
      explained,
      [
        ['strategy-discussion', '2024-05-03', { s47: false }],
        ['strategy-discussion', '2024-05-07', { s47: true }],
        ['icpc', '2024-05-29'],
      ],
      '2024-06-30',
      { explain: true },
    );
    const { calendar, ...others } = steps(result, 'icpc');
    // Paper check: 8–10 May (3), 13–17 (8), 20–24 (13), Mon 27 is the Spring bank holiday, 28 (14), 29 (15).
    // (The wording after the dates is the calendar's: see explain-calendar-steps.test.ts.)
    expect(calendar).toMatch(/^It requires `icpc` within 15 working days\. 15 working days after Tue 2024-05-07 is Wed 2024-05-29, skipping 6 weekend days and 1 bank holiday: Spring bank holiday/);
    expect(calendar).toContain('Mon 2024-05-27');
    expect(others).toEqual({
      rule:
        'Rule icpc (statutory timescale) of wt-explained (version 1): "Hold the initial child protection conference". ' +
        'It cites: "WT2013: within 15 working days of the strategy discussion".',
      anchor: 'The anchor is the strategy discussion on Tue 2024-05-07, the first one where s47 is true. The obligation starts on that day.',
      completion: 'It was completed by the initial child protection conference on Wed 2024-05-29.',
      status: 'Met: the initial child protection conference on Wed 2024-05-29 was on or before the due date, Wed 2024-05-29.',
    });
  });

  it('says when the fallback anchor applied, and which later event the as-of date hides', () => {
    const result = evaluateAt(
      explained,
      [
        ['strategy-discussion', '2024-05-03', { s47: false }],
        ['strategy-discussion', '2024-05-09'],
        ['icpc', '2024-06-03'],
      ],
      '2024-05-29',
      { explain: true },
    );
    const explanation = steps(result, 'icpc');
    expect(explanation.anchor).toBe(
      'Nothing in the case matched `first strategy-discussion where s47 is true` up to the as-of date, so the fallback ' +
        '`last strategy-discussion` applies. The anchor is the strategy discussion on Thu 2024-05-09, the last one on or ' +
        'before the as-of date, Wed 2024-05-29. The obligation starts on that day.',
    );
    // Due Fri 2024-05-31; warn 3 working days before: Thu 30 (1), Wed 29 (2), Tue 28 (3).
    expect(explanation.completion).toBe(
      'No `icpc` on or after Thu 2024-05-09 up to the as-of date, Wed 2024-05-29: not yet completed. ' +
        'The initial child protection conference on Mon 2024-06-03 is after the as-of date, so it is ignored.',
    );
    expect(explanation.status).toBe(
      'Due soon: not yet completed as of Wed 2024-05-29; due Fri 2024-05-31, 2 working days left. The warning window opened on Tue 2024-05-28.',
    );
  });

  it('explains a cancellation by an unless event, and overdue frozen at a stop after the due date', () => {
    const cancelled = steps(
      evaluateAt(explained, [['strategy-discussion', '2024-05-07', { s47: true }], ['icpc-not-required', '2024-05-20']], '2024-06-30', {
        explain: true,
      }),
      'icpc',
    );
    expect(cancelled.cancellation).toBe('The no conference needed on Mon 2024-05-20 stopped it, and the rule says `unless icpc-not-required`.');
    expect(cancelled.status).toBe(
      'Cancelled on Mon 2024-05-20 by the no conference needed, on or before the due date (Wed 2024-05-29) and before it was completed.',
    );
    const frozen = steps(
      evaluateAt(explained, [['strategy-discussion', '2024-05-07', { s47: true }], ['icpc-not-required', '2024-06-03']], '2024-06-30', {
        explain: true,
      }),
      'icpc',
    );
    expect(frozen.status).toBe(
      'Overdue by 3 working days, frozen at Mon 2024-06-03: it was stopped after the due date, Wed 2024-05-29, without being completed, so it was missed.',
    );
  });

  it('explains the while state and months, and overdue by 0 on a weekend', () => {
    const result = evaluateAt(
      explained,
      [
        ['plan-start', '2024-01-15'],
        ['review-conference', '2024-03-31'],
      ],
      '2024-10-05',
      { explain: true },
    );
    const review = steps(result, 'later-reviews');
    expect(review.state).toBe(
      'The rule applies only while `plan-start` .. `plan-end`: on the start date it began with the plan-start event on Mon 2024-01-15, and no plan-end had ended it.',
    );
    // 6 months after 31 March: 30 September has no 31st, so the last day of September (Mon 2024-09-30).
    expect(review.calendar).toContain('6 months after Sun 2024-03-31 is Mon 2024-09-30');
    expect(review.completion).toBe('No `review-conference` on or after Sun 2024-03-31 (other than the anchor) up to the as-of date, Sat 2024-10-05: not yet completed.');
    // (Mon 30 Sep, Sat 5 Oct] holds Tue 1 – Fri 4 Oct: 4 working days.
    expect(review.status).toBe('Overdue by 4 working days: not completed by the due date, Mon 2024-09-30, and the as-of date is Sat 2024-10-05.');
  });

  it('says late by how many working days', () => {
    // Due Wed 2024-05-29; held Mon 2024-06-03: (29 May, 3 Jun] = Thu 30, Fri 31, Mon 3 → 3.
    const late = steps(
      evaluateAt(explained, [['strategy-discussion', '2024-05-07', { s47: true }], ['icpc', '2024-06-03']], '2024-06-30', { explain: true }),
      'icpc',
    );
    expect(late.status).toBe(
      'Late by 3 working days: the initial child protection conference on Mon 2024-06-03 was after the due date, Wed 2024-05-29 (working days counted after the due date up to and including the day it was done).',
    );
  });

  it('names the governing version of a policy set', () => {
    const early = policyFromText(text.replace('version "1"', 'version "1"\n  effective 2020-01-01'));
    const later = policyFromText(text.replace('policy wt-explained {', 'policy wt-later {').replace('version "1"', 'version "2"\n  effective 2024-05-08'));
    const set = compiled({ versions: [early, later] });
    const result = evaluateAt(set, [['strategy-discussion', '2024-05-07', { s47: true }]], '2024-05-09', { explain: true });
    expect(steps(result, 'icpc').version).toBe(
      'wt-explained (version 1) governs this obligation: it was in force on its start date, Tue 2024-05-07 (in force from 2020-01-01 until 2024-05-07).',
    );
  });

  it('is empty unless asked for', () => {
    const result = evaluateAt(explained, [['strategy-discussion', '2024-05-07', { s47: true }]], '2024-05-08');
    expect(result.obligations[0]!.explanation).toEqual([]);
  });
});
