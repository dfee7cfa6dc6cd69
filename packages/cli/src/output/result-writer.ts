/** Writes a stream of case results in one output format. */
import type { CaseResult } from '@wt/engine';
import type { OutputSink } from '../io/write-output.js';

export interface ResultWriter {
  /** Returns a promise only when the caller must wait for the output to drain. */
  write(result: CaseResult): Promise<void> | undefined;
  /** Writes what closes the output (`]` of a JSON array); does not close the sink. */
  end(): Promise<void> | undefined;
}

export type OutputFormat = 'table' | 'json' | 'ndjson' | 'csv';

export interface ResultWriterOptions {
  sink: OutputSink;
  explain: boolean;
}
