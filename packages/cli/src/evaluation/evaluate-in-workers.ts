/**
 * `wt eval --jobs N` on NDJSON: the main thread reads the input as bytes and cuts it into batches
 * of whole lines; N worker threads parse, validate, evaluate and format the records of a batch; the
 * main thread takes the batches back in input order and does what must be done once, in order
 * (duplicates, rejections, counts, writing), exactly as the one-thread loop does. At most two
 * batches per worker are in flight, so memory stays bounded whatever the input's size.
 */
import { Worker } from 'node:worker_threads';
import type { RecordError, RecordOrigin } from '@wt/engine';
import type { Progress } from '../io/progress.js';
import type { OutputSink } from '../io/write-output.js';
import { EVALUATED, UNREADABLE, type BatchOutcome, type WorkerReply, type WorkerSetup } from './batch-outcome.js';
import { STATUSES } from './eval-counts.js';
import { ndjsonBatches } from './ndjson-batches.js';
import type { OutcomeRecorder } from './outcome-recorder.js';

const BATCH_BYTES = 256 * 1024;
/** `.ts` when wt runs from its sources, `.js` once compiled: the worker is this module's sibling. */
const WORKER_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const IN_FLIGHT_PER_WORKER = 2;

export interface EvaluateInWorkersOptions {
  pool: WorkerPool;
  setup: WorkerSetup;
  input: AsyncIterable<Buffer | string>;
  recorder: OutcomeRecorder;
  sink: OutputSink;
  progress: Progress;
  recordsRead(): number;
}

/**
 * The worker threads. They are started first thing, so that they load wt's modules while the main
 * thread loads and checks the policy; `start` then gives them the compiled policy's source.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve(outcome: BatchOutcome): void; reject(error: Error): void }>();
  private failure: Error | undefined;
  private next = 0;

  constructor(readonly jobs: number) {
    const workerModule = new URL(`./eval-worker${WORKER_EXTENSION}`, import.meta.url).href;
    for (let i = 0; i < jobs; i++) {
      const worker = new Worker(new URL('./eval-worker-start.mjs', import.meta.url), { workerData: { workerModule } });
      worker.on('message', (reply: WorkerReply) => this.receive(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.workers.push(worker);
    }
  }

  start(setup: WorkerSetup): void {
    for (const worker of this.workers) worker.postMessage({ type: 'setup', setup });
  }

  /** Hands a batch to the next worker in turn; the promise gives its outcome. */
  evaluate(index: number, bytes: Uint8Array): Promise<BatchOutcome> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const outcome = new Promise<BatchOutcome>((resolve, reject) => this.waiting.set(index, { resolve, reject }));
    const worker = this.workers[this.next++ % this.workers.length]!;
    worker.postMessage({ type: 'batch', index, bytes }, [bytes.buffer as ArrayBuffer]);
    return outcome;
  }

  async close(): Promise<void> {
    this.failure ??= new Error('closed');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Called when the command ends early (a usage error, a policy with errors). */
  closeSoon(): void {
    void this.close();
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'failed') this.fail(new Error(`a worker thread could not compile the policy: ${reply.message}`));
    if (reply.type !== 'batch') return;
    const waiter = this.waiting.get(reply.outcome.index);
    this.waiting.delete(reply.outcome.index);
    waiter?.resolve(reply.outcome);
  }

  private fail(error: Error): void {
    if (this.failure !== undefined) return;
    this.failure = error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

function placed(errors: RecordError[], lineBase: number, indexBase: number): RecordError[] {
  for (const error of errors) {
    if (error.origin.line !== undefined) error.origin.line += lineBase;
    error.origin.index += indexBase;
  }
  return errors;
}

export async function evaluateInWorkers(options: EvaluateInWorkersOptions): Promise<void> {
  const { recorder, sink, progress, setup, pool } = options;
  pool.start(setup);
  const inFlight: Promise<BatchOutcome>[] = [];
  let bytesRead = 0;
  let lineBase = 0;
  let indexBase = 0;

  /** The oldest batch in flight, recorded in input order. */
  const recordNext = async (): Promise<void> => {
    const outcome = await inFlight.shift()!;
    const { kinds, lineOf, ids, ends, statusCounts, errors, internalErrors, output } = outcome;
    let start = 0;
    for (let r = 0; r < kinds.length; r++) {
      const end = ends[r]!;
      const kind = kinds[r]!;
      if (kind === UNREADABLE) {
        recorder.unreadable(placed(errors[r]!, lineBase, indexBase)[0]!);
      } else {
        const origin: RecordOrigin = { line: lineBase + lineOf[r]!, index: indexBase + r, file: setup.file };
        const internalError = internalErrors[r];
        const pending = recorder.record(
          origin,
          ids[r],
          kind === EVALUATED
            ? { bytes: output.subarray(start, end), statusCounts: statusCounts.subarray(r * STATUSES.length, (r + 1) * STATUSES.length) }
            : { errors: placed(errors[r]!, lineBase, indexBase), ...(internalError !== undefined ? { internalError } : {}) },
        );
        if (pending !== undefined) await pending;
      }
      start = end;
    }
    lineBase += outcome.lines;
    indexBase += kinds.length;
    progress.update(options.recordsRead(), bytesRead);
  };

  try {
    let index = 0;
    for await (const batch of ndjsonBatches(options.input, BATCH_BYTES, (bytes) => (bytesRead += bytes))) {
      inFlight.push(pool.evaluate(index++, batch));
      // Unhandled until its turn comes: a failure is seen then, in order.
      inFlight[inFlight.length - 1]!.catch(() => undefined);
      if (inFlight.length >= pool.jobs * IN_FLIGHT_PER_WORKER) await recordNext();
      if (sink.closedByReader) return;
    }
    while (inFlight.length > 0) {
      await recordNext();
      if (sink.closedByReader) return;
    }
  } finally {
    await pool.close();
  }
}
