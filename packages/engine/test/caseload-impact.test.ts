import { describe, expect, it } from 'vitest';
import { caseloadImpact, diffPolicies, ImpactCollector, parseIsoDate, type ImpactRejection } from '../src/index.js';
import { compiled, handMadeCaseload, NORTHMERE, NORTHMERE_DRAFT, WT2010, WT2013 } from './policy-diff-fixtures.js';

const AS_OF = parseIsoDate('2024-06-28')!;

describe('caseloadImpact: Northmere 2024 → its 2025 draft, on the hand-made caseload as of Fri 2024-06-28', () => {
  const impact = caseloadImpact(compiled(NORTHMERE), compiled(NORTHMERE_DRAFT), handMadeCaseload(), AS_OF);

  it('counts the changed obligations by rule and by kind of change', () => {
    // The draft moves every assessment 5 working days later (35 → 40). The 22 cases with a referral
    // (C-01 … C-21 and C-44) each have one; none of the moves crosses the as-of date or the completion
    // (checked by hand below for the closest ones), so every status stays and only the due date moves:
    // open C-03, C-07, C-09, C-10, C-11, C-19, C-20, C-21; met C-01, C-08, C-14 … C-18; overdue C-04, C-05,
    // C-12, C-13; cancelled C-06, C-44; late C-02.
    expect(impact.byRule).toEqual([
      { rule: 'assessment', kind: 'due later (open)', count: 8 },
      { rule: 'assessment', kind: 'due later (met)', count: 7 },
      { rule: 'assessment', kind: 'due later (overdue)', count: 4 },
      { rule: 'assessment', kind: 'due later (cancelled)', count: 2 },
      { rule: 'assessment', kind: 'due later (late)', count: 1 },
    ]);
    expect(impact).toMatchObject({ asOf: '2024-06-28', cases: 44, evaluated: 44, rejected: 0, changedCases: 22, changedObligations: 22 });
    expect(impact.byKind[0]).toEqual({ kind: 'due later (open)', count: 8 });
  });

  it('gives the due dates worked out by hand', () => {
    const change = (id: string) => impact.changed.find((entry) => entry.case === id)!.obligations[0]!;
    // C-01: referral Mon 2024-03-04. 35 working days: Mar 5–8 (4), 11–15 (9), 18–22 (14), 25–28 (18; Good
    // Friday 29), Apr 2–5 (22; Easter Monday 1), 8–12 (27), 15–19 (32), 22–24 (35) → Wed 2024-04-24.
    // 40: Apr 25–26 (37), 29–May 1 (40) → Wed 2024-05-01. Done Fri 04-19: met under both.
    expect(change('C-01-assessment-met')).toEqual({
      rule: 'assessment',
      start: '2024-03-04',
      kind: 'due later (met)',
      old: { due: '2024-04-24', status: 'met', completed: '2024-04-19' },
      new: { due: '2024-05-01', status: 'met', completed: '2024-04-19' },
    });
    // C-12: referral Wed 2024-04-24. 35: Apr 25–26 (2), Apr 29–May 3 (7), May 7–10 (11; Early May 6),
    // 13–17 (16), 20–24 (21), 28–31 (25; Spring 27), Jun 3–7 (30), 10–14 (35) → Fri 06-14; 40: Jun 17–21
    // → Fri 06-21. Both before the as-of date, and the completion (07-02) is after it: overdue under both.
    expect(change('C-12-completion-after-the-as-of-date')).toMatchObject({ old: { due: '2024-06-14', status: 'overdue' }, new: { due: '2024-06-21', status: 'overdue' } });
    // C-15: referral Tue 2024-04-30, done Fri 06-14. 35: Thu 06-20; 40: Thu 06-27. Met under both.
    expect(change('C-15-icpc-late-no-plan')).toMatchObject({ old: { due: '2024-06-20', status: 'met' }, new: { due: '2024-06-27', status: 'met' } });
  });

  it('counts the threshold levels that change: C-01 (needs score 4, age 7) drops from early help', () => {
    expect(impact.thresholds).toEqual([{ thresholds: 'level-of-need', old: 'level 2 (Early help)', new: 'level 1 (Universal services)', count: 1 }]);
    expect(impact.changed[0]!.thresholds).toEqual([{ thresholds: 'level-of-need', old: 'level 2 (Early help)', new: 'level 1 (Universal services)' }]);
  });

  it('explains a few example cases side by side, one for each kind of change first met', () => {
    expect(impact.examples.map((example) => `${example.case} ${example.kind}`)).toEqual([
      'C-01-assessment-met due later (met)',
      'C-02-assessment-late due later (late)',
      'C-03-assessment-open due later (open)',
    ]);
    const first = impact.examples[0]!;
    expect(first.old!.due).toBe('2024-04-24');
    expect(first.new!.due).toBe('2024-05-01');
    expect(first.old!.explanation.some((step) => step.text.includes('35 working days after Mon 2024-03-04 is Wed 2024-04-24'))).toBe(true);
    expect(first.new!.explanation.some((step) => step.text.includes('40 working days after Mon 2024-03-04 is Wed 2024-05-01'))).toBe(true);
  });

  it('names both policies by their fingerprints', () => {
    expect(impact.old).toEqual({ id: 'northmere', version: '2024.1', hash: compiled(NORTHMERE).hash });
    expect(impact.new.version).toBe('2025.1-draft');
  });
});

describe('caseloadImpact: Working Together 2010 → 2013', () => {
  const diff = diffPolicies(WT2010, WT2013);
  const impact = caseloadImpact(compiled(WT2010), compiled(WT2013), handMadeCaseload(), AS_OF, { replacements: diff.replacements });

  it('compares each initial assessment with the assessment that replaced it', () => {
    // C-01: WT2010's initial assessment, 10 working days from Mon 2024-03-04: Mar 5–8 (4), 11–15 (9),
    // 18 (10) → Mon 2024-03-18; the case records no initial-assessment-complete, so it is overdue. WT2013's
    // assessment is due Thu 2024-05-09 (45 working days, see the caseload README) and was met on 04-19.
    const c01 = impact.changed.find((entry) => entry.case === 'C-01-assessment-met')!;
    expect(c01.obligations).toEqual([
      {
        rule: 'initial-assessment → assessment',
        start: '2024-03-04',
        kind: 'overdue → met',
        old: { due: '2024-03-18', status: 'overdue', completed: null },
        new: { due: '2024-05-09', status: 'met', completed: '2024-04-19' },
      },
    ]);
    // The 9 assessment-complete events are not WT2010 events: left out when WT2010 evaluates.
    expect(impact.ignoredEvents).toEqual({ old: 9, new: 0 });
    expect(impact.changedCases).toBe(22);
    expect(impact.byRule.every((entry) => entry.rule === 'initial-assessment → assessment')).toBe(true);
  });

  it('without the replacements, counts them as no longer required and newly required', () => {
    const plain = caseloadImpact(compiled(WT2010), compiled(WT2013), handMadeCaseload(), AS_OF);
    expect(plain.changedObligations).toBe(44);
    expect(plain.byKind.find((entry) => entry.kind === 'no longer required (was overdue)')!.count).toBe(17);
  });
});

describe('ImpactCollector', () => {
  it('counts a rejected record, reports it, and carries on', () => {
    const rejections: ImpactRejection[] = [];
    const collector = new ImpactCollector(compiled(NORTHMERE), compiled(NORTHMERE_DRAFT), AS_OF, { onReject: (rejection) => rejections.push(rejection) });
    collector.add({ id: 'bad', events: [{ type: 'referral', date: '2024-02-30' }] }, { index: 0 });
    collector.add({ id: 'good', events: [{ type: 'referral', date: '2024-03-04' }] }, { index: 1 });
    collector.addUnreadable({ origin: { index: 2 }, code: 'WT720', message: 'not JSON' });
    const report = collector.report();
    expect(report).toMatchObject({ cases: 3, evaluated: 1, rejected: 2, changedCases: 1 });
    expect(rejections.map((rejection) => `${rejection.side} ${rejection.errors[0]!.code}`)).toEqual(['old WT704', 'input WT720']);
  });

  it('finds nothing when the policies are the same', () => {
    const report = caseloadImpact(compiled(NORTHMERE), compiled(NORTHMERE), handMadeCaseload(), AS_OF);
    expect(report).toMatchObject({ changedCases: 0, changedObligations: 0, byRule: [], thresholds: [], examples: [] });
  });
});
