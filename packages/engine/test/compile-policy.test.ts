import { describe, expect, it } from 'vitest';
import { compile } from '../src/compile-policy.js';
import { anchor, compiled, day, englandAndWales, policy, rule, workingDays } from './eval-fixtures.js';

const decision = rule('referral-decision', { start: anchor('first', 'referral'), requires: 'decision', within: workingDays(1) });
const withThresholds = policy('with-thresholds', [decision], {
  facts: [{ id: 'needs-score', type: { kind: 'number' } }],
  thresholds: [
    {
      id: 'level-of-need',
      levels: [{ level: 3, label: 'Child in need', when: { op: 'compare', operator: '>=', left: { ref: 'needs-score' }, right: { value: 3 } } }],
      otherwise: { level: 1, label: 'Universal services' },
    },
  ],
});

describe('compile', () => {
  it('reports a calendar that cannot be built, and compiles nothing', () => {
    const broken = policy('broken', [decision], { calendar: { ...englandAndWales, holidays: { kind: 'region', region: 'GB-XYZ' } } });
    const result = compile(broken);
    expect(result.compiled).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatch(/^broken: .*GB-XYZ/);
  });

  it('describes the policy: id, version, hash, versions, schema', () => {
    const policyCompiled = compiled({ ...withThresholds, version: '2024.1', effective: '2024-04-01' });
    expect(policyCompiled.id).toBe('with-thresholds');
    expect(policyCompiled.version).toBe('2024.1');
    expect(policyCompiled.versions).toEqual([
      { id: 'with-thresholds', version: '2024.1', effective: '2024-04-01', hash: policyCompiled.hash },
    ]);
    expect([...policyCompiled.schema.facts.keys()]).toEqual(['needs-score']);
  });
});

describe('evaluateInput', () => {
  const policyCompiled = compiled(withThresholds);

  it('validates and evaluates, with thresholds over the facts', () => {
    const { result, errors } = policyCompiled.evaluateInput(
      { id: 'C-1', events: [{ type: 'referral', date: '2024-05-02' }], facts: { 'needs-score': 4 } },
      day('2024-05-03'),
      { index: 0 },
    );
    expect(errors).toEqual([]);
    expect(result?.thresholds).toEqual([{ thresholds: 'level-of-need', level: 3, label: 'Child in need', explanation: [] }]);
    expect(result?.obligations.map((o) => [o.rule, o.due, o.status])).toEqual([['referral-decision', '2024-05-03', 'open']]);
  });

  it('cannot decide a threshold over a missing fact', () => {
    const { result } = policyCompiled.evaluateInput({ id: 'C-2', events: [] }, day('2024-05-03'), { index: 0 });
    expect(result?.thresholds[0]).toMatchObject({ level: null, undecided: { missing: ['needs-score'], reason: 'cannot decide: missing needs-score' } });
    expect(result?.obligations).toEqual([]);
  });

  it('rejects an invalid record without a result', () => {
    const outcome = policyCompiled.evaluateInput({ id: 'C-3', events: [{ type: 'referral', date: '2024-02-30' }] }, day('2024-05-03'), {
      index: 7,
      line: 8,
    });
    expect(outcome.result).toBeUndefined();
    expect(outcome.errors.map((error) => [error.code, error.field, error.caseId, error.origin.line])).toEqual([['WT704', '/events/0/date', 'C-3', 8]]);
  });

  it('carries the record’s warnings into the result', () => {
    const { result, warnings } = policyCompiled.evaluateInput(
      { id: 'C-4', events: [{ type: 'referral', date: '2024-05-02', team: 'north' }] },
      day('2024-05-03'),
      { index: 0 },
    );
    expect(warnings).toEqual(['/events/0 (referral) has an attribute `team` that the policy does not declare']);
    expect(result?.warnings).toEqual(warnings);
  });

  it('gives each result its own warnings array', () => {
    const record = policyCompiled.validate({ id: 'C-5', events: [], facts: { colour: 'blue' } }, { index: 0 }).record!;
    const first = policyCompiled.evaluate(record, day('2024-05-03'));
    first.warnings.push('changed by a caller');
    expect(policyCompiled.evaluate(record, day('2024-05-03')).warnings).toEqual(['the fact `colour` is not declared by the policy']);
  });
});
