/**
 * Reads the cases of `wt report`, validates and evaluates each, and gives its result to the
 * timeliness collector; rejected and duplicate records are reported on stderr as `wt eval` reports
 * them, and counted. Memory holds the report's tallies, never the results.
 */
import { DuplicateIdTracker, type CompiledPolicy, type DayNumber, type TimelinessCollector } from '@wt/engine';
import type { CaseSource } from '../case-readers/read-cases.js';
import type { EvalCounts } from '../evaluation/eval-counts.js';
import { STATUS_INDEX, STATUSES } from '../evaluation/eval-counts.js';
import { caseIdOf } from '../evaluation/record-outcome.js';
import type { RejectionReport } from '../evaluation/rejection-report.js';
import type { Progress } from '../io/progress.js';

export interface CollectOptions {
  compiled: CompiledPolicy;
  asOf: DayNumber;
  source: CaseSource;
  collector: TimelinessCollector;
  counts: EvalCounts;
  rejections: RejectionReport;
  progress: Progress;
}

export async function collectTimeliness(options: CollectOptions): Promise<void> {
  const { compiled, asOf, source, collector, counts, rejections, progress } = options;
  const duplicates = new DuplicateIdTracker();
  const statusCounts = new Array<number>(STATUSES.length);
  for await (const batch of source.batches()) {
    for (const item of batch) {
      counts.read++;
      if (item.error !== undefined) {
        counts.rejected++;
        rejections.report([item.error]);
        continue;
      }
      const id = caseIdOf(item.value);
      const duplicate = id === undefined ? undefined : duplicates.check(id, item.origin);
      const outcome = duplicate === undefined ? compiled.validate(item.value, item.origin) : undefined;
      if (outcome?.record === undefined) {
        counts.rejected++;
        rejections.report(duplicate !== undefined ? [duplicate] : (outcome?.errors ?? []));
        continue;
      }
      collector.recordEvents(outcome.record.eventsByType.keys());
      const result = compiled.evaluate(outcome.record, asOf);
      collector.add(result);
      counts.evaluated++;
      statusCounts.fill(0);
      for (const obligation of result.obligations) statusCounts[STATUS_INDEX[obligation.status]]!++;
      counts.countStatuses(statusCounts);
    }
    progress.update(counts.read, source.bytesRead());
  }
}
