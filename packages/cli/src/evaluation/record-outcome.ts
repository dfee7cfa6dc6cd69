/**
 * What became of one record once validated and evaluated: its formatted results, or the errors that
 * reject it. Computed in the main thread or in a worker thread alike.
 */
import type { CaseResult, CompiledPolicy, DayNumber, RecordError, RecordOrigin } from '@wt/engine';
import type { ResultFormat } from '../output/result-format.js';
import { STATUS_INDEX, STATUSES } from './eval-counts.js';

export const INTERNAL_RECORD_ERROR = 'WT799';

export interface RecordOutcome {
  /** The text of the case's results, when it was evaluated. */
  text?: string;
  /** The case's results, when it was evaluated and the format writes them itself (see ResultFormat.writeRecord). */
  result?: CaseResult;
  /** The UTF-8 of the case's results, when a worker thread formatted them (wt eval --jobs). */
  bytes?: Uint8Array;
  /** How many of its obligations have each status, in the order of STATUSES. */
  statusCounts?: ArrayLike<number>;
  /** Why it was rejected. */
  errors?: RecordError[];
  /** The message of an exception wt threw on this record (a bug); `errors` then holds WT799. */
  internalError?: string;
}

export interface RecordEvaluation {
  compiled: CompiledPolicy;
  format: ResultFormat;
  asOf: DayNumber;
  explain: boolean;
}

export function evaluateRecord(evaluation: RecordEvaluation, value: unknown, origin: RecordOrigin, id: string | undefined): RecordOutcome {
  try {
    const outcome = evaluation.compiled.validate(value, origin);
    if (outcome.record === undefined) return { errors: outcome.errors };
    const result = evaluation.compiled.evaluate(outcome.record, evaluation.asOf, { explain: evaluation.explain });
    const statusCounts = new Array<number>(STATUSES.length).fill(0);
    for (const obligation of result.obligations) statusCounts[STATUS_INDEX[obligation.status]]!++;
    if (evaluation.format.writeRecord !== undefined) return { result, statusCounts };
    return { text: evaluation.format.record(result), statusCounts };
  } catch (error) {
    const recordError: RecordError = {
      origin,
      code: INTERNAL_RECORD_ERROR,
      message: 'wt failed on this record (a bug in wt; please report it)',
      ...(id !== undefined ? { caseId: id } : {}),
    };
    return { errors: [recordError], internalError: error instanceof Error ? error.message : String(error) };
  }
}

/** The id of a record, when it has a usable one: duplicates are found by it. */
export function caseIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
