/**
 * The evaluation loop of `wt eval` in one thread: reads records in batches, and gives each, in
 * order, to the OutcomeRecorder with its evaluation.
 */
import type { CaseSource } from '../case-readers/read-cases.js';
import type { Progress } from '../io/progress.js';
import type { OutputSink } from '../io/write-output.js';
import type { OutcomeRecorder } from './outcome-recorder.js';
import { caseIdOf, evaluateRecord, type RecordEvaluation } from './record-outcome.js';

export interface EvaluateCasesOptions {
  evaluation: RecordEvaluation;
  source: CaseSource;
  recorder: OutcomeRecorder;
  sink: OutputSink;
  progress: Progress;
  /** Called after each batch with the number of records read so far. */
  recordsRead(): number;
}

export async function evaluateCases(options: EvaluateCasesOptions): Promise<void> {
  const { evaluation, source, recorder, sink, progress } = options;
  for await (const batch of source.batches()) {
    for (const item of batch) {
      if (item.error !== undefined) {
        recorder.unreadable(item.error);
        continue;
      }
      const id = caseIdOf(item.value);
      const pending = recorder.record(item.origin, id, () => evaluateRecord(evaluation, item.value, item.origin, id));
      if (pending !== undefined) await pending;
    }
    progress.update(options.recordsRead(), source.bytesRead());
    if (sink.closedByReader) return;
  }
}
