/**
 * Evaluates every case of the store with the compiled draft, as of a date. Explanations are built
 * only for the selected case (they cost more); every case still gets its statuses for the summary.
 */
import { parseIsoDate, type CaseResult, type CompiledPolicy, type RecordError } from '@wt/engine';
import { toCaseInput, type EditableCase } from './case-store.js';

export interface CaseOutcome {
  caseId: string;
  result: CaseResult | undefined;
  /** Why the case could not be evaluated (its record does not fit the policy). */
  errors: RecordError[];
  warnings: string[];
}

export interface CaseloadOutcome {
  asOf: string;
  outcomes: CaseOutcome[];
}

export function evaluateCaseload(
  compiled: CompiledPolicy,
  cases: readonly EditableCase[],
  asOf: string,
  explainCaseId: string | undefined,
): CaseloadOutcome | undefined {
  const day = parseIsoDate(asOf);
  if (day === undefined) return undefined;
  const outcomes = cases.map((record, index): CaseOutcome => {
    const explain = record.id === explainCaseId;
    const evaluated = compiled.evaluateInput(toCaseInput(record), day, { index }, { explain });
    return { caseId: record.id, result: evaluated.result, errors: evaluated.errors, warnings: evaluated.warnings };
  });
  return { asOf, outcomes };
}
