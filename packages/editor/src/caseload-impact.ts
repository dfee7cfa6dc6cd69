/**
 * What a change of policy does to the example caseload: the obligations whose due date or status
 * differs between the two versions (matched by rule and start date), and those only one version has.
 */
import type { ObligationResult } from '@wt/engine';
import type { CaseloadOutcome } from './evaluate-caseload.js';

export interface ObligationChange {
  caseId: string;
  rule: string;
  start: string;
  before: Pick<ObligationResult, 'due' | 'status'> | undefined;
  after: Pick<ObligationResult, 'due' | 'status'> | undefined;
}

export interface CaseloadImpact {
  changes: ObligationChange[];
  casesChanged: number;
  casesCompared: number;
}

function byKey(obligations: readonly ObligationResult[]): Map<string, ObligationResult> {
  return new Map(obligations.map((obligation) => [`${obligation.rule}\u0000${obligation.start}`, obligation]));
}

export function caseloadImpact(before: CaseloadOutcome, after: CaseloadOutcome): CaseloadImpact {
  const changes: ObligationChange[] = [];
  const afterById = new Map(after.outcomes.map((outcome) => [outcome.caseId, outcome]));
  let casesChanged = 0;
  let casesCompared = 0;
  for (const old of before.outcomes) {
    const next = afterById.get(old.caseId);
    if (old.result === undefined || next?.result === undefined) continue;
    casesCompared++;
    const oldObligations = byKey(old.result.obligations);
    const newObligations = byKey(next.result.obligations);
    const own: ObligationChange[] = [];
    for (const key of new Set([...oldObligations.keys(), ...newObligations.keys()])) {
      const a = oldObligations.get(key);
      const b = newObligations.get(key);
      if (a !== undefined && b !== undefined && a.due === b.due && a.status === b.status) continue;
      const sample = (a ?? b)!;
      own.push({
        caseId: old.caseId,
        rule: sample.rule,
        start: sample.start,
        before: a === undefined ? undefined : { due: a.due, status: a.status },
        after: b === undefined ? undefined : { due: b.due, status: b.status },
      });
    }
    if (own.length > 0) casesChanged++;
    changes.push(...own);
  }
  return { changes, casesChanged, casesCompared };
}
