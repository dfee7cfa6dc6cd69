import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openOutput, writeFileAtomically } from '../../src/io/write-output.js';

describe('write-output', () => {
  it('writes a file atomically, leaving no temporary file behind', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-write-'));
    const path = join(directory, 'out.txt');
    writeFileSync(path, 'old');
    await writeFileAtomically(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(directory)).toEqual(['out.txt']);
  });

  it('shows nothing at the target until the streamed output is closed; an abort keeps the old file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-write-'));
    const path = join(directory, 'out.ndjson');
    writeFileSync(path, 'old\n');
    const sink = await openOutput(path, new Writable());
    for (let i = 0; i < 20_000; i++) await sink.write(`{"line":${i}}\n`);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    await sink.close();
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(20_000);
    expect(lines[19_999]).toBe('{"line":19999}');
    expect(readdirSync(directory)).toEqual(['out.ndjson']);

    const aborted = await openOutput(path, new Writable());
    await aborted.write('partial');
    await aborted.abort();
    expect(readFileSync(path, 'utf8').startsWith('{"line":0}')).toBe(true);
    expect(readdirSync(directory)).toEqual(['out.ndjson']);
  });

  it('waits for drain when the stream pushes back, and loses nothing', async () => {
    const received: string[] = [];
    let writes = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        writes++;
        received.push(chunk.toString());
        setImmediate(callback);
      },
    });
    const sink = await openOutput(undefined, slow);
    let waited = 0;
    for (let i = 0; i < 50_000; i++) {
      const pending = sink.write(`${i}\n`);
      if (pending !== undefined) {
        waited++;
        await pending;
      }
    }
    await sink.close();
    expect(received.join('').split('\n').length - 1).toBe(50_000);
    // Batched: far fewer writes than lines.
    expect(writes).toBeLessThan(100);
    expect(waited).toBeGreaterThan(0);
  });
});
