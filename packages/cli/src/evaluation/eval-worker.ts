/**
 * A worker thread of `wt eval --jobs N`: compiles the policy it is given (already checked by the
 * main thread), then for each batch of NDJSON lines it receives, parses, validates, evaluates and
 * formats every record, and sends back a BatchOutcome with the output bytes (transferred).
 */
import { parentPort } from 'node:worker_threads';
import { compile, type PolicySetInput, type RecordError } from '@wt/engine';
import type { ResolvedPolicy } from '@wt/dsl';
import { NdjsonLineSplitter } from '../case-readers/ndjson-line-splitter.js';
import { parseNdjsonLine } from '../case-readers/ndjson-parser.js';
import { ByteWriter } from '../output/byte-writer.js';
import type { OutputFormat } from '../output/result-format.js';
import { resultFormat } from '../output/result-formats.js';
import { EVALUATED, REJECTED, UNREADABLE, type BatchOutcome, type WorkerReply, type WorkerSetup } from './batch-outcome.js';
import { STATUSES } from './eval-counts.js';
import { caseIdOf, evaluateRecord, type RecordEvaluation } from './record-outcome.js';

const port = parentPort!;
const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

type Message = { type: 'setup'; setup: WorkerSetup } | { type: 'batch'; index: number; bytes: Uint8Array };
let evaluateBatch: ((index: number, bytes: Uint8Array) => void) | undefined;

port.on('message', (message: Message) => {
  if (message.type === 'setup') evaluateBatch = prepare(message.setup);
  else evaluateBatch?.(message.index, message.bytes);
});

function prepare(setup: WorkerSetup): ((index: number, bytes: Uint8Array) => void) | undefined {
  const { compiled, errors } = compile(setup.compileInput as ResolvedPolicy | PolicySetInput, { govukFiles: setup.govukFiles });
  if (compiled === undefined) {
    reply({ type: 'failed', message: errors.join('; ') });
    return undefined;
  }
  const format = resultFormat(setup.format as OutputFormat, setup.formatOptions);
  const evaluation: RecordEvaluation = { compiled, format, asOf: setup.asOf, explain: setup.formatOptions.explain };
  let capacity = 1 << 20;

  return (index, bytes) => {
    const splitter = new NdjsonLineSplitter({ stripBom: false });
    // Decoded as the one-thread reader decodes (a batch ends at a newline, so no character is cut).
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
    const lines = splitter.push(text);
    lines.push(...splitter.end());
    const count = lines.length;
    const kinds = new Uint8Array(count);
    const lineOf = new Uint32Array(count);
    const ends = new Uint32Array(count);
    const statusCounts = new Uint32Array(count * STATUSES.length);
    const ids: (string | undefined)[] = new Array(count);
    const recordErrors: (RecordError[] | undefined)[] = new Array(count);
    const internalErrors: (string | undefined)[] = new Array(count);
    const out = new ByteWriter(capacity);
    for (let r = 0; r < count; r++) {
      const line = lines[r]!;
      lineOf[r] = line.line;
      const item = parseNdjsonLine(line, setup.file);
      if (item.error !== undefined) {
        kinds[r] = UNREADABLE;
        recordErrors[r] = [item.error];
      } else {
        const id = caseIdOf(item.value);
        ids[r] = id;
        const outcome = evaluateRecord(evaluation, item.value, item.origin, id);
        if (outcome.errors !== undefined) {
          kinds[r] = REJECTED;
          recordErrors[r] = outcome.errors;
          internalErrors[r] = outcome.internalError;
        } else {
          kinds[r] = EVALUATED;
          if (outcome.result !== undefined) format.writeRecord!(outcome.result, out);
          else out.text(outcome.text ?? '');
          const counts = outcome.statusCounts ?? [];
          for (let s = 0; s < STATUSES.length; s++) statusCounts[r * STATUSES.length + s] = counts[s] ?? 0;
        }
      }
      ends[r] = out.length;
    }
    capacity = Math.max(capacity, out.length + 1024);
    const output = new Uint8Array(out.buffer.buffer, out.buffer.byteOffset, out.length);
    const outcome: BatchOutcome = { index, lines: splitter.lines, kinds, lineOf, ids, ends, statusCounts, errors: recordErrors, internalErrors, output };
    reply({ type: 'batch', outcome }, [output.buffer as ArrayBuffer]);
  };
}
