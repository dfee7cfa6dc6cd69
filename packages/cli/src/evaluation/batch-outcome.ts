/**
 * What a worker thread of `wt eval --jobs N` sends back for one batch of NDJSON lines: for each
 * record in input order, what became of it, and the results of the evaluated ones as UTF-8 bytes.
 * Lines and indexes are counted from the start of the batch; the main thread adds where the batch
 * starts in the file.
 */
import type { RecordError } from '@wt/engine';

export const EVALUATED = 0;
export const REJECTED = 1;
export const UNREADABLE = 2;

export interface BatchOutcome {
  index: number;
  /** Lines in the batch, blank ones included. */
  lines: number;
  /** Per record: EVALUATED, REJECTED or UNREADABLE. */
  kinds: Uint8Array;
  /** Per record: its line, 1-based within the batch. */
  lineOf: Uint32Array;
  /** Per record: its usable id, if any (duplicates are found by it). */
  ids: (string | undefined)[];
  /** Per record: where its results end in `output` (they start where the previous record's end). */
  ends: Uint32Array;
  /** Per record, six numbers: its obligations by status, in the order of STATUSES. */
  statusCounts: Uint32Array;
  /** Per rejected or unreadable record: why. */
  errors: (RecordError[] | undefined)[];
  /** Per record that wt failed on (a bug): the message. */
  internalErrors: (string | undefined)[];
  output: Uint8Array;
}

export interface WorkerSetup {
  /** What `compile` takes: a resolved policy, or `{ versions }` for a policy set. */
  compileInput: unknown;
  govukFiles: Map<string, unknown>;
  asOf: number;
  format: string;
  formatOptions: { explain: boolean; colour: boolean; ruleWidth: number };
  file: string;
}

export type WorkerReply = { type: 'ready' } | { type: 'failed'; message: string } | { type: 'batch'; outcome: BatchOutcome };
