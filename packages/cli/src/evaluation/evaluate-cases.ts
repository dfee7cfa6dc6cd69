/**
 * The evaluation loop shared by `wt eval`: reads records in batches, rejects the unreadable, the
 * duplicates and the invalid (reporting each on stderr), evaluates the rest and writes their results
 * with back-pressure. Every record read is counted as evaluated or rejected.
 */
import { DuplicateIdTracker, type CompiledPolicy, type DayNumber, type RecordError } from '@wt/engine';
import type { CaseSource } from '../case-readers/read-cases.js';
import type { OutputSink } from '../io/write-output.js';
import type { Progress } from '../io/progress.js';
import type { ResultWriter } from '../output/result-writer.js';
import type { EvalCounts } from './eval-counts.js';
import type { RejectionReport } from './rejection-report.js';

export const INTERNAL_RECORD_ERROR = 'WT799';

export interface EvaluateCasesOptions {
  compiled: CompiledPolicy;
  source: CaseSource;
  asOf: DayNumber;
  explain: boolean;
  writer: ResultWriter;
  sink: OutputSink;
  counts: EvalCounts;
  rejections: RejectionReport;
  progress: Progress;
  /** Called when wt itself fails on a record: a bug, reported but not fatal to the other records. */
  onInternalError(error: unknown, recordError: RecordError): void;
}

export async function evaluateCases(options: EvaluateCasesOptions): Promise<void> {
  const { compiled, source, asOf, explain, writer, sink, counts, rejections, progress } = options;
  const duplicates = new DuplicateIdTracker();
  const evaluateOptions = { explain };
  const reject = (errors: readonly RecordError[]) => {
    counts.rejected++;
    rejections.report(errors);
  };
  for await (const batch of source.batches()) {
    for (const item of batch) {
      counts.read++;
      if (item.error !== undefined) {
        reject([item.error]);
        continue;
      }
      const id = caseIdOf(item.value);
      if (id !== undefined) {
        const duplicate = duplicates.check(id, item.origin);
        if (duplicate !== undefined) {
          reject([duplicate]);
          continue;
        }
      }
      let pending: Promise<void> | undefined;
      try {
        const outcome = compiled.validate(item.value, item.origin);
        if (outcome.record === undefined) {
          reject(outcome.errors);
          continue;
        }
        const result = compiled.evaluate(outcome.record, asOf, evaluateOptions);
        counts.evaluated++;
        for (const obligation of result.obligations) counts.countStatus(obligation.status);
        pending = writer.write(result);
      } catch (error) {
        const recordError: RecordError = {
          origin: item.origin,
          code: INTERNAL_RECORD_ERROR,
          message: 'wt failed on this record (a bug in wt; please report it)',
          ...(id !== undefined ? { caseId: id } : {}),
        };
        counts.internalErrors++;
        reject([recordError]);
        options.onInternalError(error, recordError);
        continue;
      }
      if (pending !== undefined) await pending;
    }
    progress.update(counts.read, source.bytesRead());
    if (sink.closedByReader) return;
  }
  const end = writer.end();
  if (end !== undefined) await end;
}

function caseIdOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}
