/**
 * The bytes of an NDJSON input cut into batches of whole lines, each in an ArrayBuffer of its own so
 * that it can be handed (transferred) to a worker thread without copying. A UTF-8 byte order mark at
 * the start is dropped, as the one-thread reader drops it. Nothing is decoded here: the workers do it.
 * A line that grows past what a record may be is cut short (it is rejected as too long anyway: see
 * record-limits.ts), so memory stays bounded whatever the input.
 */
import { MAX_RECORD_CHARS } from '../case-readers/record-limits.js';

const NEWLINE = 10;
/** Enough bytes to hold more than MAX_RECORD_CHARS characters however they are encoded. */
const MAX_LINE_BYTES = 3 * (MAX_RECORD_CHARS + 1);
const NEWLINE_BYTES = Buffer.from('\n');

/** The bytes of `parts` from `from` to `to`, in a new ArrayBuffer. */
function copyRange(parts: readonly Buffer[], from: number, to: number): Uint8Array {
  const copy = new Uint8Array(to - from);
  let offset = 0;
  for (const part of parts) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + part.length);
    if (start < end) copy.set(part.subarray(start - offset, end - offset), start - from);
    offset += part.length;
    if (offset >= to) break;
  }
  return copy;
}

export async function* ndjsonBatches(stream: AsyncIterable<Buffer | string>, batchBytes: number, onRead: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  let parts: Buffer[] = [];
  let pending = 0;
  /** Bytes kept of the last, unfinished line (at the end of `parts`). */
  let partial = 0;
  let skipping = false;
  /** The first bytes, until there are enough to tell a byte order mark. */
  let head: Buffer | undefined = Buffer.alloc(0);
  for await (const chunk of stream) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    onRead(bytes.length);
    if (head !== undefined) {
      head = Buffer.concat([head, bytes]);
      if (head.length < 3) continue;
      bytes = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
      head = undefined;
    }
    if (skipping) {
      const newline = bytes.indexOf(NEWLINE);
      if (newline === -1) continue;
      skipping = false;
      parts.push(NEWLINE_BYTES);
      pending += 1;
      partial = 0;
      bytes = bytes.subarray(newline + 1);
    }
    const last = bytes.lastIndexOf(NEWLINE);
    partial = last === -1 ? partial + bytes.length : bytes.length - last - 1;
    parts.push(bytes);
    pending += bytes.length;
    if (partial > MAX_LINE_BYTES) {
      // Keep the start of the line (enough to be seen as too long) and drop the rest up to its end.
      const keep = pending - (partial - MAX_LINE_BYTES);
      parts = [Buffer.from(copyRange(parts, 0, keep))];
      pending = keep;
      partial = MAX_LINE_BYTES;
      skipping = true;
    }
    if (pending >= batchBytes && pending > partial) {
      const whole = pending - partial;
      yield copyRange(parts, 0, whole);
      parts = partial > 0 ? [Buffer.from(copyRange(parts, whole, pending))] : [];
      pending = partial;
    }
  }
  if (head !== undefined && head.length > 0) yield copyRange([head], 0, head.length);
  else if (pending > 0) yield copyRange(parts, 0, pending);
}
