/**
 * Fuzzing evaluation: random case records, shaped by what each bundled policy declares and mixed with
 * everything a real feed gets wrong, validated and evaluated (with and without explanations) as of
 * random dates from 1990 to 2045. Every record is evaluated or rejected, results serialise, statuses
 * agree with their dates, and evaluating twice gives the same result.
 */
import { parseIsoDate, type CaseResult } from '@wt/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resultJson } from '../../packages/cli/src/output/result-json.js';
import { BUNDLED_POLICY_PATHS, compiledPolicy } from './support/bundled-policies.js';
import { caseItemProblems } from './support/case-pipeline.js';
import { caseRecordAndAsOf } from './support/case-records.js';
import { SECRET_CASES } from './support/corpus.js';
import { fuzzParameters, fuzzTimeout } from './support/fuzz-parameters.js';
import { pollutionProblems } from './support/pollution.js';

/**
 * What the statuses promise (docs/cli.md, "Output"), checked on every obligation. Amounts are in
 * working days, so a due date on Friday with an as-of date on Saturday is overdue by 0.
 */
function statusProblems(result: CaseResult): string[] {
  const problems: string[] = [];
  const asOf = result.asOf;
  for (const o of result.obligations) {
    const at = `${o.rule} from ${o.start}: ${o.status}`;
    if (o.due !== null && o.due < o.start) problems.push(`${at} is due ${o.due}, before it starts`);
    if (o.completed !== null && o.completed < o.start) problems.push(`${at} was completed before it started`);
    if (o.completed !== null && o.completed > asOf) problems.push(`${at} was completed after the as-of date`);
    switch (o.status) {
      case 'met':
        if (o.completed === null || (o.due !== null && o.completed > o.due)) problems.push(`${at} but completed ${String(o.completed)}, due ${String(o.due)}`);
        break;
      case 'late':
        if (o.completed === null || o.due === null || o.completed <= o.due || o.lateBy === null || o.lateBy < 0) problems.push(`${at} by ${String(o.lateBy)}`);
        break;
      case 'overdue':
        if (o.completed !== null || o.due === null || o.due >= asOf || o.overdueBy === null || o.overdueBy < 0) problems.push(`${at} by ${String(o.overdueBy)}`);
        break;
      case 'open':
      case 'due-soon':
        if (o.completed !== null || (o.due !== null && o.due < asOf)) problems.push(`${at} but due ${String(o.due)}`);
        break;
      case 'cancelled':
        if (o.cancelledOn === undefined || o.cancelledOn > asOf) problems.push(`${at} on ${String(o.cancelledOn)}`);
        break;
    }
  }
  return problems;
}

describe('fuzzing evaluation (compile().validate and evaluate) against the bundled policies', () => {
  const policies = BUNDLED_POLICY_PATHS.map((path) => {
    const policy = { path, compiled: compiledPolicy(path) };
    return Object.defineProperty(policy, fc.toStringMethod, { value: () => path, enumerable: false });
  });

  it(
    'evaluates or rejects every random record, keeping every promise of the statuses',
    () => {
      const input = fc
        .constantFrom(...policies)
        .chain((policy) => fc.tuple(fc.constant(policy), caseRecordAndAsOf(policy.compiled.schema), fc.boolean()));
      fc.assert(
        fc.property(input, ([policy, [record, asOf], explain]) => {
          const problems = caseItemProblems([{ value: record, origin: { index: 0, line: 1, file: 'fuzzed.ndjson' } }], { compiled: policy.compiled, asOf, explain });
          const day = parseIsoDate(asOf)!;
          const first = policy.compiled.evaluateInput(record, day, { index: 0 }, { explain });
          if (first.result !== undefined) {
            problems.push(...statusProblems(first.result));
            const again = policy.compiled.evaluateInput(record, day, { index: 0 }, { explain });
            if (resultJson(again.result!, explain) !== resultJson(first.result, explain)) problems.push('a second evaluation gave another result');
          }
          problems.push(...pollutionProblems());
          if (problems.length > 0) expect.fail(`${policy.path}: ${problems.slice(0, 10).join('\n')}`);
        }),
        fuzzParameters(3000),
      );
    },
    fuzzTimeout(),
  );

  it('evaluates the planted hand-made cases against every bundled policy without quoting what was planted', () => {
    for (const { path, compiled } of policies) {
      const items = SECRET_CASES.map((value, index) => ({ value, origin: { index, line: index + 1, file: 'planted.ndjson' } }));
      expect(caseItemProblems(items, { compiled, asOf: '2024-06-28', explain: true }), path).toEqual([]);
    }
  });
});
