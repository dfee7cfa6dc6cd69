import { execFileSync } from 'node:child_process';
import { createReadStream, lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('writes a named pipe (or a device such as /dev/null) in place instead of replacing it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-write-'));
    const fifo = join(directory, 'results.pipe');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const reading = new Promise<void>((resolve, reject) => {
      const reader = createReadStream(fifo);
      reader.on('data', (chunk) => chunks.push(chunk as Buffer));
      reader.on('end', resolve);
      reader.on('error', reject);
    });
    const sink = await openOutput(fifo, new Writable());
    for (let i = 0; i < 100_000; i++) await sink.write(`{"line":${i},"name":"Zoë"}\n`);
    await sink.close();
    await reading;
    const lines = Buffer.concat(chunks).toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(100_000);
    expect(lines[99_999]).toBe('{"line":99999,"name":"Zoë"}');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(directory)).toEqual(['results.pipe']);
  });

  it('keeps text of every size in order, whether it fits the chunk or not', async () => {
    const received: Buffer[] = [];
    const sink = await openOutput(undefined, new Writable({ write(chunk: Buffer, _encoding, callback) { received.push(chunk); callback(); } }));
    const texts = [];
    for (let i = 0; i < 200; i++) texts.push(`${i}:${'é'.repeat((i * 7919) % 50_000)}|`);
    for (const text of texts) sink.write(text);
    await sink.close();
    expect(Buffer.concat(received).toString('utf8')).toBe(texts.join(''));
  });
});
