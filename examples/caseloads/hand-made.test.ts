/**
 * The hand-made caseload against the engine: every obligation of every case, as of 2024-06-28, must be
 * what examples/caseloads/README.md works out by hand (machine-readable in hand-made.expected.json).
 */
import { describe, expect, it } from 'vitest';
import { compile, parseIsoDate, type CaseRecordInput, type ObligationResult } from '@wt/engine';
import { checkRepoPolicy, readRepoFile, STATUTORY_FILES } from '../policy-loading.js';

interface ExpectedObligation {
  rule: string;
  start: string;
  due: string | null;
  completed: string | null;
  status: string;
  lateBy: number | null;
  overdueBy: number | null;
  cancelledOn?: string;
}

interface Expected {
  asOf: string;
  cases: { case: string; obligations: ExpectedObligation[] }[];
  thresholds: { cases: { case: string; level: number | null; label?: string; reason?: string }[] };
}

const cases = JSON.parse(readRepoFile('examples/caseloads/hand-made.json')) as CaseRecordInput[];
const expected = JSON.parse(readRepoFile('examples/caseloads/hand-made.expected.json')) as Expected;
const asOf = parseIsoDate(expected.asOf)!;

function compiledPolicy(paths: readonly string[]) {
  const versions = paths.map((path) => {
    const checked = checkRepoPolicy(path);
    expect(checked.diagnostics).toEqual([]);
    return checked.resolved!;
  });
  const { compiled, errors } = compile(versions.length === 1 ? versions[0]! : { versions });
  expect(errors).toEqual([]);
  return compiled!;
}

function comparable(obligation: ObligationResult): ExpectedObligation {
  const { rule, start, due, completed, status, lateBy, overdueBy, cancelledOn } = obligation;
  return { rule, start, due, completed, status, lateBy, overdueBy, ...(cancelledOn === undefined ? {} : { cancelledOn }) };
}

const byRuleAndStart = (a: ExpectedObligation, b: ExpectedObligation) =>
  a.rule === b.rule ? a.start.localeCompare(b.start) : a.rule.localeCompare(b.rule);

describe('hand-made caseload under policies/england (as of 2024-06-28)', () => {
  const policy = compiledPolicy(STATUTORY_FILES);

  it('has one expectation per case, in the same order', () => {
    expect(cases.map((record) => record.id)).toEqual(expected.cases.map((entry) => entry.case));
  });

  it.each(expected.cases.map((entry, index) => [entry.case, index] as const))('%s', (_id, index) => {
    const outcome = policy.evaluateInput(cases[index], asOf, { index });
    expect(outcome.errors).toEqual([]);
    const obligations = outcome.result!.obligations;
    expect(obligations.map(comparable).sort(byRuleAndStart)).toEqual([...expected.cases[index]!.obligations].sort(byRuleAndStart));
    for (const obligation of obligations) expect(obligation.version).toBe('working-together-2013');
  });

  it('covers every WT2013 rule and every status', () => {
    const seen = new Set(expected.cases.flatMap((entry) => entry.obligations.map((obligation) => obligation.rule)));
    const statuses = new Set(expected.cases.flatMap((entry) => entry.obligations.map((obligation) => obligation.status)));
    const wt2013 = checkRepoPolicy('policies/england/working-together-2013.wt').resolved!;
    expect([...seen].sort()).toEqual(wt2013.rules.map((rule) => rule.id).sort());
    expect([...statuses].sort()).toEqual(['cancelled', 'due-soon', 'late', 'met', 'open', 'overdue']);
  });
});

describe('hand-made caseload thresholds under policies/local/northmere.wt', () => {
  const policy = compiledPolicy(['policies/local/northmere.wt']);
  const listed = new Map(expected.thresholds.cases.map((entry) => [entry.case, entry]));

  it.each(cases.map((record, index) => [record.id, index] as const))('%s', (id, index) => {
    const result = policy.evaluateInput(cases[index], asOf, { index }).result!;
    const [decision] = result.thresholds;
    const want = listed.get(id);
    if (want?.level != null) {
      expect([decision?.level, decision?.label]).toEqual([want.level, want.label]);
    } else {
      expect(decision?.level).toBeNull();
      expect(decision?.undecided?.reason).toBe('cannot decide: missing significant-harm');
    }
  });
});

describe('hand-made caseload escalation under policies/local/northmere.wt', () => {
  const policy = compiledPolicy(['policies/local/northmere.wt']);

  it('C-05: the 35-day assessment (due Tue 2024-06-04) has reached every step of the ladder', () => {
    const index = cases.findIndex((record) => record.id === 'C-05-assessment-overdue');
    const result = policy.evaluateInput(cases[index], asOf, { index }).result!;
    const assessment = result.obligations.find((obligation) => obligation.rule === 'assessment')!;
    expect([assessment.due, assessment.status, assessment.overdueBy]).toEqual(['2024-06-04', 'overdue', 18]);
    const steps = result.escalations.filter((step) => step.rule === 'assessment').map((step) => [step.role, step.since]);
    expect(steps).toEqual([
      ['Allocated social worker', '2024-05-31'],
      ['Team manager', '2024-06-05'],
      ['Head of service', '2024-06-11'],
      ["Director of Children's Services", '2024-06-18'],
    ]);
  });
});
