/**
 * Takes the records' outcomes in input order and does what must be done once, in order: rejects
 * duplicates (the first record with an id wins), reports rejected records, writes results, and
 * counts everything, so that read = evaluated + rejected.
 */
import { DuplicateIdTracker, type RecordError, type RecordOrigin } from '@wt/engine';
import type { ResultWriter } from '../output/result-writer.js';
import type { EvalCounts } from './eval-counts.js';
import type { RecordOutcome } from './record-outcome.js';
import type { RejectionReport } from './rejection-report.js';

export class OutcomeRecorder {
  private readonly duplicates = new DuplicateIdTracker();

  constructor(
    private readonly counts: EvalCounts,
    private readonly rejections: RejectionReport,
    private readonly writer: ResultWriter,
    private readonly onInternalError: (message: string) => void,
  ) {}

  /** A record that could not be read at all (not JSON, a broken CSV row). */
  unreadable(error: RecordError): void {
    this.counts.read++;
    this.reject([error]);
  }

  /**
   * A record with its id; `outcome` is computed only when the record is not a duplicate (or given
   * ready-made by a worker). Returns a promise only when the output must drain.
   */
  record(origin: RecordOrigin, id: string | undefined, outcome: RecordOutcome | (() => RecordOutcome)): Promise<void> | undefined {
    this.counts.read++;
    if (id !== undefined) {
      const duplicate = this.duplicates.check(id, origin);
      if (duplicate !== undefined) {
        this.reject([duplicate]);
        return undefined;
      }
    }
    const done = typeof outcome === 'function' ? outcome() : outcome;
    if (done.internalError !== undefined) {
      this.counts.internalErrors++;
      this.onInternalError(done.internalError);
    }
    if (done.errors !== undefined) {
      this.reject(done.errors);
      return undefined;
    }
    this.counts.evaluated++;
    if (done.statusCounts !== undefined) this.counts.countStatuses(done.statusCounts);
    if (done.result !== undefined) return this.writer.writeResult(done.result);
    if (done.bytes !== undefined) return this.writer.writeBytes(done.bytes);
    return this.writer.write(done.text ?? '');
  }

  private reject(errors: readonly RecordError[]): void {
    this.counts.rejected++;
    this.rejections.report(errors);
  }
}
