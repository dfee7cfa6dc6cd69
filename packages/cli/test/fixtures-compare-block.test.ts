import type { CaseResult, EscalationResult, ObligationResult, ThresholdResult } from '@wt/engine';
import { describe, expect, it } from 'vitest';
import { compareBlock } from '../src/fixtures/compare-block.js';
import type { Expectation, ExpectationBlock, ExpectationKind } from '../src/fixtures/fixture.js';

function obligation(rule: string, start: string, fields: Partial<ObligationResult> = {}): ObligationResult {
  return {
    rule,
    kind: 'timescale',
    title: rule,
    start,
    due: null,
    completed: null,
    status: 'open',
    lateBy: null,
    overdueBy: null,
    provisional: false,
    version: 'p',
    statutory: true,
    explanation: [
      { kind: 'rule', text: `Rule ${rule} cites …` },
      { kind: 'calendar', text: `worked out from ${start}` },
    ],
    ...fields,
  };
}

function result(parts: Partial<CaseResult>): CaseResult {
  return { case: 'c', asOf: '2024-06-28', policy: { id: 'p', version: '1', hash: 'h' }, obligations: [], thresholds: [], escalations: [], warnings: [], ...parts };
}

let line = 0;
function expectation(kind: ExpectationKind, fields: Record<string, unknown>): Expectation {
  line++;
  return { kind, fields: new Map(Object.entries(fields)), position: { line, column: 9 }, path: ['expect', 0, `${kind}s`, line] };
}

function block(parts: Partial<ExpectationBlock>): ExpectationBlock {
  return {
    asOf: '2024-06-28',
    caseId: 'c',
    description: undefined,
    exhaustive: false,
    obligations: undefined,
    thresholds: undefined,
    escalations: undefined,
    position: { line: 1, column: 1 },
    path: ['expect', 0],
    ...parts,
  };
}

const RULES = new Set(['referral-decision', 'assessment', 'lado-report']);

describe('compareBlock: obligations', () => {
  it('matches a rule with one obligation by rule alone, and diffs only the listed fields', () => {
    const actual = obligation('assessment', '2024-04-12', { due: '2024-06-18', status: 'overdue', overdueBy: 8 });
    const compared = compareBlock(
      block({ obligations: [expectation('obligation', { rule: 'assessment', due: '2024-06-18', status: 'overdue', overdueBy: 7 })] }),
      result({ obligations: [actual] }),
      RULES,
    );
    expect(compared.matches.map((m) => m.actual)).toEqual([actual]);
    expect(compared.failures).toHaveLength(1);
    expect(compared.failures[0]).toMatchObject({
      kind: 'obligation',
      problem: 'mismatch',
      label: 'obligation assessment (start 2024-04-12)',
      diffs: [{ field: 'overdueBy', expected: 7, actual: 8 }],
      // The explanation without the rule's citations.
      explanation: ['worked out from 2024-04-12'],
    });
  });

  it('matches by rule and start among several obligations of one rule', () => {
    const first = obligation('lado-report', '2024-06-17', { status: 'met' });
    const second = obligation('lado-report', '2024-06-20', { status: 'overdue' });
    const compared = compareBlock(
      block({
        obligations: [
          expectation('obligation', { rule: 'lado-report', start: '2024-06-20', status: 'overdue' }),
          expectation('obligation', { rule: 'lado-report', start: '2024-06-17', status: 'met' }),
        ],
      }),
      result({ obligations: [first, second] }),
      RULES,
    );
    expect(compared.failures).toEqual([]);
    expect(compared.matches.map((m) => m.actual)).toEqual([second, first]);
  });

  it('shows a wrong start as a difference when the rule has one obligation', () => {
    const compared = compareBlock(
      block({ obligations: [expectation('obligation', { rule: 'assessment', start: '2024-04-11' })] }),
      result({ obligations: [obligation('assessment', '2024-04-12')] }),
      RULES,
    );
    expect(compared.failures[0]!.diffs).toEqual([{ field: 'start', expected: '2024-04-11', actual: '2024-04-12' }]);
  });

  it('asks for the start when a rule has several obligations, and counts them as expected', () => {
    const compared = compareBlock(
      block({ exhaustive: true, obligations: [expectation('obligation', { rule: 'lado-report', status: 'met' })] }),
      result({ obligations: [obligation('lado-report', '2024-06-17'), obligation('lado-report', '2024-06-20')] }),
      RULES,
    );
    expect(compared.failures.map((f) => [f.problem, f.message])).toEqual([
      ['ambiguous', 'rule `lado-report` has 2 obligations (starting 2024-06-17, 2024-06-20): add `start:` to say which'],
    ]);
  });

  it('tells a rule the case has no obligation of from a rule the policy does not have', () => {
    const compared = compareBlock(
      block({
        obligations: [
          expectation('obligation', { rule: 'assessment' }),
          expectation('obligation', { rule: 'referal-decision' }),
          expectation('obligation', { rule: 'lado-report', start: '2024-06-19' }),
        ],
      }),
      result({ obligations: [obligation('lado-report', '2024-06-17'), obligation('lado-report', '2024-06-20')] }),
      RULES,
    );
    expect(compared.failures.map((f) => [f.problem, f.label, f.message])).toEqual([
      ['missing', 'obligation assessment', 'the case has no `assessment` obligation as of 2024-06-28'],
      ['missing', 'obligation referal-decision', 'the policy has no rule `referal-decision` (did you mean `referral-decision`?)'],
      ['missing', 'obligation lado-report (start 2024-06-19)', 'no `lado-report` obligation starts on 2024-06-19; they start on 2024-06-17, 2024-06-20'],
    ]);
  });

  it('with exhaustive, reports an obligation nobody expected; without, ignores it', () => {
    const actuals = [obligation('referral-decision', '2024-06-20'), obligation('assessment', '2024-06-20')];
    const expected = [expectation('obligation', { rule: 'assessment' })];
    expect(compareBlock(block({ obligations: expected }), result({ obligations: actuals }), RULES).failures).toEqual([]);
    const exhaustive = compareBlock(block({ exhaustive: true, obligations: expected }), result({ obligations: actuals }), RULES);
    expect(exhaustive.failures.map((f) => [f.problem, f.label, f.position])).toEqual([['unexpected', 'obligation referral-decision (start 2024-06-20)', undefined]]);
  });

  it('reads an absent actual field as null: `cancelledOn: null` expects an obligation that was not cancelled', () => {
    const compared = compareBlock(
      block({ obligations: [expectation('obligation', { rule: 'assessment', cancelledOn: null, completed: null, lateBy: null })] }),
      result({ obligations: [obligation('assessment', '2024-06-20')] }),
      RULES,
    );
    expect(compared.failures).toEqual([]);
  });

  it('checks nothing of a kind the block does not list, even when exhaustive', () => {
    const compared = compareBlock(block({ exhaustive: true }), result({ obligations: [obligation('assessment', '2024-06-20')] }), RULES);
    expect(compared).toEqual({ failures: [], matches: [] });
  });
});

describe('compareBlock: thresholds and escalations', () => {
  const threshold = (fields: Partial<ThresholdResult>): ThresholdResult => ({ thresholds: 'level-of-need', level: null, label: null, explanation: [], ...fields });
  const escalation = (fields: Partial<EscalationResult>): EscalationResult => ({
    rule: 'assessment',
    start: '2024-04-12',
    ladder: 'northmere',
    step: 1,
    action: 'warn',
    role: 'Allocated social worker',
    since: '2024-05-31',
    ...fields,
  });

  it('matches the only threshold table without naming it, and compares `missing` as a set', () => {
    const undecided = threshold({ undecided: { missing: ['significant-harm', 'age'], reason: 'cannot decide' } });
    const compared = compareBlock(
      block({ thresholds: [expectation('threshold', { level: null, missing: ['age', 'significant-harm'] })] }),
      result({ thresholds: [undecided] }),
      RULES,
    );
    expect(compared.failures).toEqual([]);
    const wrong = compareBlock(block({ thresholds: [expectation('threshold', { level: 3 })] }), result({ thresholds: [undecided] }), RULES);
    expect(wrong.failures[0]!.diffs).toEqual([{ field: 'level', expected: 3, actual: null }]);
  });

  it('asks which table when the policy decided several', () => {
    const compared = compareBlock(
      block({ thresholds: [expectation('threshold', { level: 1 })] }),
      result({ thresholds: [threshold({}), threshold({ thresholds: 'other' })] }),
      RULES,
    );
    expect(compared.failures[0]!.problem).toBe('ambiguous');
  });

  it('matches an escalation by the identifying fields given, and compares `since`', () => {
    const steps = [
      escalation({}),
      escalation({ step: 2, action: 'notify', role: 'Team manager', since: '2024-06-05' }),
      escalation({ step: 3, action: 'notify', role: 'Head of service', since: '2024-06-11' }),
    ];
    const compared = compareBlock(
      block({
        escalations: [
          expectation('escalation', { rule: 'assessment', role: 'Team manager', since: '2024-06-05' }),
          expectation('escalation', { rule: 'assessment', step: 3, since: '2024-06-12' }),
          expectation('escalation', { rule: 'assessment', action: 'notify' }),
          expectation('escalation', { rule: 'assessment', role: 'Director' }),
        ],
      }),
      result({ escalations: steps }),
      RULES,
    );
    expect(compared.failures.map((f) => [f.problem, f.diffs])).toEqual([
      ['mismatch', [{ field: 'since', expected: '2024-06-12', actual: '2024-06-11' }]],
      ['ambiguous', []],
      ['missing', []],
    ]);
    expect(compared.failures[2]!.message).toContain('step 2, notify Team manager since 2024-06-05');
  });
});
