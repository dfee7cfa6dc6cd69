import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ndjsonBatches } from '../../src/evaluation/ndjson-batches.js';

async function* chunks(parts: readonly Buffer[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield part;
}

async function batches(input: Buffer, cuts: number[], batchBytes: number): Promise<Uint8Array[]> {
  const parts: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    parts.push(input.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  parts.push(input.subarray(from));
  const out: Uint8Array[] = [];
  for await (const batch of ndjsonBatches(chunks(parts), batchBytes, () => undefined)) out.push(batch);
  return out;
}

describe('ndjsonBatches', () => {
  it('gives back the input, in whole lines, however it was cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 40 }), fc.array(fc.nat(2000)), fc.integer({ min: 1, max: 200 }), async (lines, cuts, batchBytes) => {
        const input = Buffer.from(lines.join('\n'), 'utf8');
        const out = await batches(input, cuts, batchBytes);
        expect(Buffer.concat(out).equals(input)).toBe(true);
        // Every batch but the last ends at a newline, so no character or line is cut between workers.
        for (const batch of out.slice(0, -1)) expect(batch[batch.length - 1]).toBe(10);
        // Each batch owns its memory, so that it can be transferred to a worker.
        for (const batch of out) expect(batch.byteOffset === 0 && batch.buffer.byteLength === batch.length).toBe(true);
      }),
    );
  });

  it('drops a UTF-8 byte order mark at the start of the input only', async () => {
    const out = await batches(Buffer.from('\ufeff{"id":"a"}\n\ufeff{"id":"b"}\n', 'utf8'), [2, 5], 1);
    expect(Buffer.concat(out).toString('utf8')).toBe('{"id":"a"}\n\ufeff{"id":"b"}\n');
  });
});
