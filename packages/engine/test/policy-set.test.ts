import { describe, expect, it } from 'vitest';
import { policyHash, type EscalationIR, type ThresholdsIR } from '@wt/dsl';
import { compile } from '../src/compile-policy.js';
import { orderVersions, versionAt } from '../src/policy-set.js';
import { anchor, compiled, day, evaluateAt, policy, rule, standardLadder, workingDays } from './eval-fixtures.js';
import { policyFile, policyFromText } from './policy-from-text.js';

const initialAssessment = rule(
  'initial-assessment',
  { start: anchor('first', 'referral'), requires: 'initial-assessment-complete', within: workingDays(10) },
  'wt2010',
);
const assessment = rule('assessment', { start: anchor('first', 'referral'), requires: 'assessment-complete', within: workingDays(45) }, 'wt2013');
const wt2010 = policy('wt2010', [initialAssessment], { version: '2010', effective: '2010-03-26', until: '2013-04-14' });
const wt2013 = policy('wt2013', [assessment], { version: '2013', effective: '2013-04-15' });

describe('orderVersions', () => {
  it('orders by effective date and ends each version the day before the next takes effect', () => {
    const withoutUntil = { ...wt2010, until: undefined };
    const { versions, errors } = orderVersions([wt2013, withoutUntil]);
    expect(errors).toEqual([]);
    expect(versions.map((entry) => [entry.policy.id, entry.window.from, entry.window.until])).toEqual([
      ['wt2010', day('2010-03-26'), day('2013-04-14')],
      ['wt2013', day('2013-04-15'), Infinity],
    ]);
  });

  it('reports overlaps, a missing effective date after the first, duplicate ids and an empty set', () => {
    expect(orderVersions([{ ...wt2010, until: '2013-04-15' }, wt2013]).errors[0]).toContain('wt2010 is in force until 2013-04-15');
    expect(orderVersions([{ ...wt2010, effective: undefined }, { ...wt2013, effective: undefined }]).errors.join(' ')).toContain(
      'has no effective date',
    );
    expect(orderVersions([wt2013, { ...wt2013, effective: '2014-01-01' }]).errors.join(' ')).toContain('both called wt2013');
    expect(orderVersions([]).errors).toEqual(['a policy set needs at least one version']);
  });

  it('finds the version in force on a day: in a gap or after the end, the latest that took effect; before all, the first', () => {
    const windows = [
      { from: 100, until: 199 },
      { from: 300, until: Infinity },
    ];
    expect([versionAt(windows, 50), versionAt(windows, 150), versionAt(windows, 250), versionAt(windows, 300)]).toEqual([0, 0, 0, 1]);
  });
});

describe('a policy set: the version in force on the start date governs', () => {
  const set = compiled({ versions: [wt2013, wt2010] });

  it('governs a referral on Fri 2013-04-12 by WT2010', () => {
    // 10 working days after Fri 2013-04-12: 15–19 (5), 22–26 (10) → Fri 2013-04-26.
    const result = evaluateAt(set, [['referral', '2013-04-12']], '2013-04-16');
    expect(result.obligations.map((o) => [o.rule, o.version, o.due])).toEqual([['initial-assessment', 'wt2010', '2013-04-26']]);
  });

  it('governs a referral on Mon 2013-04-15 by WT2013', () => {
    // 45 working days after Mon 2013-04-15, skipping Mon 6 and Mon 27 May 2013: Wed 2013-06-19.
    const result = evaluateAt(set, [['referral', '2013-04-15']], '2013-04-16');
    expect(result.obligations.map((o) => [o.rule, o.version, o.due])).toEqual([['assessment', 'wt2013', '2013-06-19']]);
  });

  it('names the set, and hashes the list of its versions’ hashes', () => {
    expect(set.id).toBe('wt2010+wt2013');
    expect(set.version).toBe('2010+2013');
    expect(set.versions.map((version) => [version.id, version.effective, version.until])).toEqual([
      ['wt2010', '2010-03-26', '2013-04-14'],
      ['wt2013', '2013-04-15', undefined],
    ]);
    expect(set.hash).toBe(policyHash([policyHash(wt2010), policyHash(wt2013)]));
    expect(compiled({ versions: [wt2010, wt2013], id: 'working-together', version: 'all' }).id).toBe('working-together');
  });

  it('warns about an obligation that would start before any version is in force', () => {
    const result = evaluateAt(set, [['referral', '2009-06-01']], '2009-06-02');
    expect(result.obligations).toEqual([]);
    expect(result.warnings).toEqual([
      'rule initial-assessment: no version of the policy is in force on 2009-06-01, when an obligation would start; it is not evaluated',
    ]);
  });

  it('does not compile overlapping versions', () => {
    const result = compile({ versions: [{ ...wt2010, until: '2013-05-01' }, wt2013] });
    expect(result.compiled).toBeUndefined();
    expect(result.errors).toHaveLength(1);
  });

  it('a single policy governs every date, whatever its effective date', () => {
    const result = evaluateAt(compiled(wt2013), [['referral', '2009-06-01']], '2009-06-02');
    expect(result.obligations.map((o) => o.rule)).toEqual(['assessment']);
  });
});

describe('a policy set: ladders and thresholds of the version in force on the as-of date', () => {
  const strict: EscalationIR = {
    id: 'standard',
    steps: [{ action: 'notify', role: 'Director', when: 'overdue', offset: workingDays(1) }],
  };
  const oldLevels: ThresholdsIR = { id: 'need', levels: [], otherwise: { level: 1, label: 'Old' } };
  const newLevels: ThresholdsIR = { id: 'need', levels: [], otherwise: { level: 2, label: 'New' } };
  const old = policy('old', [initialAssessment], {
    effective: '2010-03-26',
    escalations: [standardLadder],
    defaultEscalation: 'standard',
    thresholds: [oldLevels],
  });
  const current = policy('current', [assessment], {
    effective: '2013-04-15',
    escalations: [strict],
    defaultEscalation: 'standard',
    thresholds: [newLevels],
  });
  const set = compiled({ versions: [old, current] });

  it('escalates an old obligation by the ladder in force at the as-of date', () => {
    // Referral Mon 2013-04-08 (old); initial assessment due 10 working days later, Mon 2013-04-22.
    const before = evaluateAt(set, [['referral', '2013-04-08']], '2013-04-12');
    expect(before.thresholds.map((t) => t.label)).toEqual(['Old']);
    expect(before.escalations).toEqual([]);
    const after = evaluateAt(set, [['referral', '2013-04-08']], '2013-04-23');
    expect(after.thresholds.map((t) => t.label)).toEqual(['New']);
    expect(after.escalations).toEqual([
      { rule: 'initial-assessment', start: '2013-04-08', ladder: 'standard', step: 1, action: 'notify', role: 'Director', since: '2013-04-23' },
    ]);
  });
});

describe('the statutory baselines as a set', () => {
  const wt2010Text = policyFile('england/working-together-2010.wt');
  const wt2013Text = policyFile('england/working-together-2013.wt');
  const set = compiled({ versions: [policyFromText(wt2010Text), policyFromText(wt2013Text)] });

  it('governs each referral by the edition in force on its date', () => {
    const friday = evaluateAt(set, [['referral', '2013-04-12']], '2013-04-12');
    const monday = evaluateAt(set, [['referral', '2013-04-15']], '2013-04-15');
    expect(new Set(friday.obligations.map((o) => o.version))).toEqual(new Set(['working-together-2010']));
    expect(new Set(monday.obligations.map((o) => o.version))).toEqual(new Set(['working-together-2013']));
    // The 45-working-day assessment exists only from WT2013 on.
    expect(friday.obligations.some((o) => o.rule === 'assessment')).toBe(false);
    expect(monday.obligations.find((o) => o.rule === 'assessment')?.due).toBe('2013-06-19');
  });
});
