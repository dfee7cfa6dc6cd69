/**
 * The JSON text of one case's results in the shape of `resultForOutput` (result-shape.ts), written
 * by hand for speed: `wt eval` serialises hundreds of thousands of results. It must give exactly
 * `JSON.stringify(resultForOutput(result, explain))`; a test holds it to that.
 */
import type { CaseResult, ObligationResult, ThresholdResult } from '@wt/engine';
import { policyText, PROVISIONAL_FALSE, PROVISIONAL_TRUE, repeatedText, ruleHead, statusPiece, text } from './result-json-pieces.js';

/** Dates and nulls the engine produces (`YYYY-MM-DD` from day numbers): nothing to escape. */
function dateOrNull(value: string | null): string {
  return value === null ? 'null' : `"${value}"`;
}

function numberOrNull(value: number | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

function obligationJson(o: ObligationResult, explain: boolean): string {
  const status = statusPiece(o.status);
  let json =
    ruleHead(o) + dateOrNull(o.start) + ',"due":' + dateOrNull(o.due) + ',"completed":' + dateOrNull(o.completed) + status + numberOrNull(o.lateBy) +
    ',"overdueBy":' + numberOrNull(o.overdueBy) + (o.provisional ? PROVISIONAL_TRUE : PROVISIONAL_FALSE) + repeatedText(o.version);
  if (o.cancelledOn !== undefined) json += `,"cancelledOn":${dateOrNull(o.cancelledOn)}`;
  if (o.cancelledBy !== undefined) json += `,"cancelledBy":${text(o.cancelledBy)}`;
  if (explain) json += `,"explanation":${JSON.stringify(o.explanation)}`;
  return `${json}}`;
}

function thresholdJson(t: ThresholdResult, explain: boolean): string {
  let json = `{"thresholds":${repeatedText(t.thresholds)},"level":${numberOrNull(t.level)},"label":${t.label === null ? 'null' : repeatedText(t.label)}`;
  if (t.undecided !== undefined) json += `,"undecided":${JSON.stringify(t.undecided)}`;
  if (explain) json += `,"explanation":${JSON.stringify(t.explanation)}`;
  return `${json}}`;
}

export function resultJson(result: CaseResult, explain: boolean): string {
  const policy = policyText(result.policy);
  let json = `{"case":${text(result.case)},"asOf":${dateOrNull(result.asOf)},"policy":${policy},"obligations":[`;
  const obligations = result.obligations;
  for (let i = 0; i < obligations.length; i++) json += (i === 0 ? '' : ',') + obligationJson(obligations[i]!, explain);
  json += '],"thresholds":[';
  const thresholds = result.thresholds;
  for (let i = 0; i < thresholds.length; i++) json += (i === 0 ? '' : ',') + thresholdJson(thresholds[i]!, explain);
  json += `],"escalations":${JSON.stringify(result.escalations)},"warnings":${JSON.stringify(result.warnings)}}`;
  return json;
}
