/**
 * The shape of one case's results in wt's output (docs/cli.md, "Output"): the engine's CaseResult
 * with fields in a fixed order, and explanations only when asked for.
 */
import type { CaseResult, ObligationResult, ThresholdResult } from '@wt/engine';

export interface OutputObligation {
  rule: string;
  kind: string;
  title: string;
  start: string;
  due: string | null;
  completed: string | null;
  status: string;
  lateBy: number | null;
  overdueBy: number | null;
  provisional: boolean;
  version: string;
  cancelledOn?: string;
  cancelledBy?: string;
  explanation?: ObligationResult['explanation'];
}

export function obligationForOutput(obligation: ObligationResult, explain: boolean): OutputObligation {
  const shaped: OutputObligation = {
    rule: obligation.rule,
    kind: obligation.kind,
    title: obligation.title,
    start: obligation.start,
    due: obligation.due,
    completed: obligation.completed,
    status: obligation.status,
    lateBy: obligation.lateBy,
    overdueBy: obligation.overdueBy,
    provisional: obligation.provisional,
    version: obligation.version,
  };
  if (obligation.cancelledOn !== undefined) shaped.cancelledOn = obligation.cancelledOn;
  if (obligation.cancelledBy !== undefined) shaped.cancelledBy = obligation.cancelledBy;
  if (explain) shaped.explanation = obligation.explanation;
  return shaped;
}

export interface OutputThreshold {
  thresholds: string;
  level: number | null;
  label: string | null;
  undecided?: ThresholdResult['undecided'];
  explanation?: ThresholdResult['explanation'];
}

export function thresholdForOutput(threshold: ThresholdResult, explain: boolean): OutputThreshold {
  const shaped: OutputThreshold = { thresholds: threshold.thresholds, level: threshold.level, label: threshold.label };
  if (threshold.undecided !== undefined) shaped.undecided = threshold.undecided;
  if (explain) shaped.explanation = threshold.explanation;
  return shaped;
}

export function resultForOutput(result: CaseResult, explain: boolean) {
  return {
    case: result.case,
    asOf: result.asOf,
    policy: result.policy,
    obligations: result.obligations.map((obligation) => obligationForOutput(obligation, explain)),
    thresholds: result.thresholds.map((threshold) => thresholdForOutput(threshold, explain)),
    escalations: result.escalations,
    warnings: result.warnings,
  };
}
