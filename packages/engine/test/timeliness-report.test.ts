import type { ResolvedCalendar } from '@wt/dsl';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar } from '../src/build-calendar.js';
import type { CaseResult, ObligationResult, ObligationStatus } from '../src/case-result.js';
import { medianOf, monthsOf, TimelinessCollector, timelinessReport } from '../src/timeliness-report.js';
import { parseReportPeriod, yearEnding } from '../src/timeliness-report-period.js';
import type { ReportRuleInfo } from '../src/timeliness-report-types.js';

const englandAndWales: ResolvedCalendar = {
  id: 'england-and-wales',
  weekend: ['saturday', 'sunday'],
  holidays: { kind: 'region', region: 'GB-ENG' },
  closed: [],
  counting: 'exclusive',
  chain: ['england-and-wales'],
};
const calendar = buildCalendar(englandAndWales).calendar!;
const calendars = new Map([['p', calendar]]);

const assessmentRule: ReportRuleInfo = {
  id: 'assessment',
  title: 'Complete the assessment',
  kind: 'timescale',
  statutory: true,
  within: '45 working days',
  startEvents: ['referral'],
  requiredEvent: 'assessment-complete',
};
const decisionRule: ReportRuleInfo = { ...assessmentRule, id: 'referral-decision', title: 'Decide', within: '1 working day', requiredEvent: 'decision' };

function obligation(status: ObligationStatus, start: string, due: string, more: Partial<ObligationResult> = {}): ObligationResult {
  return {
    rule: 'assessment',
    kind: 'timescale',
    title: 'Complete the assessment',
    start,
    due,
    completed: null,
    status,
    lateBy: null,
    overdueBy: null,
    provisional: false,
    version: 'p',
    statutory: true,
    explanation: [],
    ...more,
  };
}

function result(id: string, obligations: ObligationResult[]): CaseResult {
  return { case: id, asOf: '2024-07-20', policy: { id: 'p', version: '1', hash: 'sha256:abc' }, obligations, thresholds: [], escalations: [], warnings: [] };
}

const options = {
  period: { from: '2024-04-01', to: '2024-07-31' },
  asOf: '2024-07-20',
  policy: { id: 'p', version: '1', hash: 'sha256:abc' },
  rules: [assessmentRule, decisionRule],
  calendars,
};

// Referral Thu 2024-05-02: 45 working days on, skipping the bank holidays Mon 6 May and Mon 27 May,
// is Mon 2024-07-08 (May has 19 working days after the 2nd, June 20, July 1–8 makes 45).
// Referral Fri 2024-05-24: Mon 27 May is a holiday, so Tue 28 May is day 1 and day 45 is Mon 2024-07-29.
const cases = [
  // Met Mon 3 June: May 3 (1), 7–10 (5), 13–17 (10), 20–24 (15), 28–31 (19), Jun 3 (20) → 20 working days.
  result('A', [obligation('met', '2024-05-02', '2024-07-08', { completed: '2024-06-03' })]),
  // Met Wed 10 July, 2 working days late (Tue 9, Wed 10): 47 working days taken.
  result('B', [obligation('late', '2024-05-02', '2024-07-08', { completed: '2024-07-10', lateBy: 2 })]),
  // Not met by Sat 20 July: overdue by Jul 9–12 (4) and 15–19 (9) = 9 working days.
  result('C', [obligation('overdue', '2024-05-02', '2024-07-08', { overdueBy: 9 })]),
  // Closed before its due date: cancelled, not counted as due.
  result('D', [obligation('cancelled', '2024-05-02', '2024-07-08', { cancelledOn: '2024-05-20', cancelledBy: 'referral-closed' })]),
  // Due Mon 2 September, after the period: not in the report.
  result('E', [obligation('overdue', '2024-06-28', '2024-09-02', { overdueBy: 1 })]),
  // Due Mon 29 July, not yet met on 20 July: still open.
  result('F', [obligation('due-soon', '2024-05-24', '2024-07-29')]),
];

describe('timelinessReport', () => {
  const report = timelinessReport(cases, { ...options, recordedEvents: ['referral', 'assessment-complete'] });
  const assessment = report.rules.find((rule) => rule.rule === 'assessment')!;

  it('counts the obligations due in the period by what became of them', () => {
    expect(report.cases).toBe(6);
    expect(assessment).toMatchObject({ due: 4, met: 1, late: 1, open: 1, overdue: 1, cancelled: 1, onTimeRate: 0.25, measured: true });
  });

  it('gives the working days taken (median of 20 and 47 is 33.5) and allowed (45)', () => {
    expect(assessment.daysTaken).toEqual({ median: 33.5, distribution: [{ days: 20, count: 1 }, { days: 47, count: 1 }] });
    expect(assessment.allowedWorkingDays).toBe(45);
  });

  it('lists every month of the period, by the month each obligation fell due', () => {
    expect(assessment.byMonth.map((month) => month.month)).toEqual(['2024-04', '2024-05', '2024-06', '2024-07']);
    expect(assessment.byMonth[3]).toEqual({ month: '2024-07', due: 4, met: 1, late: 1, open: 1, overdue: 1 });
    expect(assessment.byMonth[0]!.due).toBe(0);
  });

  it('puts the case furthest past its due date first', () => {
    expect(assessment.worst.map((entry) => [entry.case, entry.status, entry.workingDaysPastDue])).toEqual([
      ['C', 'overdue', 9],
      ['B', 'late', 2],
    ]);
  });

  it('says a rule is not measured when no case records its required event', () => {
    const decision = report.rules.find((rule) => rule.rule === 'referral-decision')!;
    expect(decision).toMatchObject({ measured: false, notRecorded: ['decision'], due: 0 });
  });

  it('treats every rule as measured when it is not told which events the cases record', () => {
    expect(timelinessReport(cases, options).rules.every((rule) => rule.measured)).toBe(true);
  });

  it('keeps only as many worst cases as asked, and carries the policy hash', () => {
    const collector = new TimelinessCollector({ ...options, worst: 1 });
    for (const entry of cases) collector.add(entry);
    const collected = collector.report();
    expect(collected.rules[0]!.worst.map((entry) => entry.case)).toEqual(['C']);
    expect(collected.policy.hash).toBe('sha256:abc');
  });

  it('adds a rule it was not told of, as the results name it', () => {
    const other = timelinessReport([result('X', [obligation('met', '2024-06-03', '2024-06-04', { rule: 'extra', completed: '2024-06-04' })])], options);
    expect(other.rules.map((rule) => rule.rule)).toEqual(['assessment', 'referral-decision', 'extra']);
    // Mon 3 June to Tue 4 June: 1 working day taken and allowed.
    expect(other.rules[2]).toMatchObject({ due: 1, met: 1, allowedWorkingDays: 1, daysTaken: { median: 1 } });
  });

  it('counts each case in exactly one status bucket (property)', () => {
    const statuses: ObligationStatus[] = ['met', 'late', 'open', 'due-soon', 'overdue', 'cancelled'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses), { maxLength: 40 }), (drawn) => {
        const made = drawn.map((status, index) =>
          result(`K${index}`, [obligation(status, '2024-05-02', '2024-07-08', status === 'met' || status === 'late' ? { completed: '2024-07-08' } : {})]),
        );
        const rule = timelinessReport(made, options).rules[0]!;
        expect(rule.due + rule.cancelled).toBe(drawn.length);
        expect(rule.met + rule.late + rule.open + rule.overdue).toBe(rule.due);
      }),
    );
  });
});

describe('medianOf and monthsOf', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(medianOf([])).toBeNull();
    expect(medianOf([{ days: 3, count: 1 }])).toBe(3);
    expect(medianOf([{ days: 1, count: 2 }, { days: 9, count: 1 }])).toBe(1);
    expect(medianOf([{ days: 1, count: 1 }, { days: 4, count: 1 }])).toBe(2.5);
  });

  it('lists months across a year end', () => {
    expect(monthsOf({ from: '2023-11-15', to: '2024-02-01' })).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });
});

describe('report periods', () => {
  it('reads FROM..TO and refuses anything else', () => {
    expect(parseReportPeriod('2023-04-01..2024-03-31')).toEqual({ period: { from: '2023-04-01', to: '2024-03-31' } });
    expect(parseReportPeriod('2024-03-31..2023-04-01')).toHaveProperty('error');
    expect(parseReportPeriod('2023-02-30..2024-03-31')).toHaveProperty('error');
    expect(parseReportPeriod('2023-04-01')).toHaveProperty('error');
  });

  it('gives the census year of a ReferenceDate', () => {
    // ReferenceDate 2023-03-31: the census year is 2022-04-01 to 2023-03-31 (cin-date-rules.md).
    expect(yearEnding('2023-03-31')).toEqual({ from: '2022-04-01', to: '2023-03-31' });
    // The d2i sample's ReferenceDate 2022-07-21: 2021-07-22 to 2022-07-21.
    expect(yearEnding('2022-07-21')).toEqual({ from: '2021-07-22', to: '2022-07-21' });
    // From 29 February 2024 a year back is 28 February 2023, so the year starts on 1 March 2023.
    expect(yearEnding('2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
  });
});
