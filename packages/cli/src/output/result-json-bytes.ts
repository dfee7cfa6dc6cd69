/**
 * `resultJson` written straight into a ByteWriter as UTF-8: the same bytes as
 * `Buffer.from(resultJson(result, explain))`, without building the string first. `wt eval` writes
 * hundreds of thousands of these; a test holds the two to the same output.
 */
import type { CaseResult, EscalationResult, ObligationResult, ThresholdResult } from '@wt/engine';
import type { ByteWriter } from './byte-writer.js';
import { policyText, PROVISIONAL_FALSE, PROVISIONAL_TRUE, repeatedText, ruleHead, statusPiece, text } from './result-json-pieces.js';

/** Dates and nulls the engine produces (`YYYY-MM-DD` from day numbers): nothing to escape. */
function dateOrNull(out: ByteWriter, value: string | null): void {
  if (value === null) out.text('null');
  else out.quoted(value);
}

function numberOrNull(out: ByteWriter, value: number | null): void {
  if (value === null) out.text('null');
  else out.number(value);
}

function writeObligation(out: ByteWriter, o: ObligationResult, explain: boolean): void {
  out.text(ruleHead(o));
  dateOrNull(out, o.start);
  out.text(',"due":');
  dateOrNull(out, o.due);
  out.text(',"completed":');
  dateOrNull(out, o.completed);
  out.text(statusPiece(o.status));
  numberOrNull(out, o.lateBy);
  out.text(',"overdueBy":');
  numberOrNull(out, o.overdueBy);
  out.text(o.provisional ? PROVISIONAL_TRUE : PROVISIONAL_FALSE);
  out.text(repeatedText(o.version));
  if (o.cancelledOn !== undefined) {
    out.text(',"cancelledOn":');
    dateOrNull(out, o.cancelledOn);
  }
  if (o.cancelledBy !== undefined) {
    out.text(',"cancelledBy":');
    out.text(text(o.cancelledBy));
  }
  if (explain) {
    out.text(',"explanation":');
    out.text(JSON.stringify(o.explanation));
  }
  out.text('}');
}

function writeThreshold(out: ByteWriter, t: ThresholdResult, explain: boolean): void {
  out.text('{"thresholds":');
  out.text(repeatedText(t.thresholds));
  out.text(',"level":');
  numberOrNull(out, t.level);
  out.text(',"label":');
  out.text(t.label === null ? 'null' : repeatedText(t.label));
  if (t.undecided !== undefined) {
    out.text(',"undecided":');
    out.text(JSON.stringify(t.undecided));
  }
  if (explain) {
    out.text(',"explanation":');
    out.text(JSON.stringify(t.explanation));
  }
  out.text('}');
}

function writeList(out: ByteWriter, list: readonly unknown[]): void {
  out.text(list.length === 0 ? '[]' : JSON.stringify(list));
}

/** The engine's escalations, field by field in the order the engine creates them (as JSON.stringify writes them). */
function writeEscalations(out: ByteWriter, escalations: readonly EscalationResult[]): void {
  out.text('[');
  for (let i = 0; i < escalations.length; i++) {
    const e = escalations[i]!;
    out.text(i === 0 ? '{"rule":' : ',{"rule":');
    out.text(repeatedText(e.rule));
    out.text(',"start":');
    dateOrNull(out, e.start);
    out.text(',"ladder":');
    out.text(repeatedText(e.ladder));
    out.text(',"step":');
    out.number(e.step);
    out.text(',"action":');
    out.text(repeatedText(e.action));
    out.text(',"role":');
    out.text(repeatedText(e.role));
    out.text(',"since":');
    dateOrNull(out, e.since);
    out.text('}');
  }
  out.text(']');
}

export function writeResultJson(out: ByteWriter, result: CaseResult, explain: boolean): void {
  out.text('{"case":');
  out.text(text(result.case));
  out.text(',"asOf":');
  dateOrNull(out, result.asOf);
  out.text(',"policy":');
  out.text(policyText(result.policy));
  out.text(',"obligations":[');
  const obligations = result.obligations;
  for (let i = 0; i < obligations.length; i++) {
    if (i > 0) out.text(',');
    writeObligation(out, obligations[i]!, explain);
  }
  out.text('],"thresholds":[');
  const thresholds = result.thresholds;
  for (let i = 0; i < thresholds.length; i++) {
    if (i > 0) out.text(',');
    writeThreshold(out, thresholds[i]!, explain);
  }
  out.text('],"escalations":');
  writeEscalations(out, result.escalations);
  out.text(',"warnings":');
  writeList(out, result.warnings);
  out.text('}');
}
