/**
 * Where a command's results go: stdout, or `--out FILE` written atomically (a temporary file in the
 * same directory, renamed over FILE only once complete), so that FILE is never half-written. A FILE
 * that is not a regular file (`/dev/null`, a named pipe) is written in place: it cannot be replaced.
 * Text is encoded as it comes into large buffers and written in chunks, respecting back-pressure
 * (`write()` returning false); a file may have a few chunks in flight while results are computed.
 */
import { once } from 'node:events';
import { createWriteStream, statSync, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ByteWriter } from '../output/byte-writer.js';

/** Chunks written to stdout: small enough that a reader sees results early. */
const STREAM_CHUNK_BYTES = 64 * 1024;
/** Chunks written to a file, and how many bytes may wait in the file stream before a write waits. */
const FILE_CHUNK_BYTES = 1024 * 1024;
const FILE_HIGH_WATER_MARK = 4 * FILE_CHUNK_BYTES;
/** Room past a chunk for the record that fills it; a larger record makes the buffer grow. */
const SLACK_BYTES = 64 * 1024;

export interface OutputSink {
  /** Queues text; returns a promise only when the caller should wait (a batch went out under back-pressure). */
  write(text: string): Promise<void> | undefined;
  /** Queues what `fill` writes (UTF-8); like `write`, without building a string first. */
  writeWith(fill: (out: ByteWriter) => void): Promise<void> | undefined;
  /** True once the reader went away (EPIPE): further output is discarded, and the command may stop early. */
  readonly closedByReader: boolean;
  /** Flushes, and for a file renames it into place. */
  close(): Promise<void>;
  /** Discards a file output (its temporary file is removed); for stdout, flushes what was written. */
  abort(): Promise<void>;
}

export function temporaryPathFor(path: string): string {
  const suffix = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  return join(dirname(path), `.${basename(path)}.${suffix}.tmp`);
}

/** Writes a whole text to `path` atomically. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, text, { flush: true });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes a whole text to stdout (respecting back-pressure) or to `outPath` atomically. */
export async function writeTextOutput(text: string, outPath: string | undefined, stdout: NodeJS.WritableStream): Promise<void> {
  if (outPath !== undefined) return writeFileAtomically(outPath, text);
  const sink = streamSink(stdout);
  await sink.write(text);
  await sink.close();
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}

export async function openOutput(outPath: string | undefined, stdout: NodeJS.WritableStream): Promise<OutputSink> {
  if (outPath === undefined) return streamSink(stdout);
  if (isSpecialFile(outPath)) {
    const device = createWriteStream(outPath, { flags: 'w', highWaterMark: FILE_HIGH_WATER_MARK });
    await once(device, 'open');
    return new DeviceSink(device);
  }
  const temporary = temporaryPathFor(outPath);
  const file = createWriteStream(temporary, { flags: 'wx', highWaterMark: FILE_HIGH_WATER_MARK });
  await once(file, 'open');
  return fileSink(file, temporary, outPath);
}

class BatchingSink implements OutputSink {
  private readonly out: ByteWriter;
  private broken = false;
  private failure: unknown;

  constructor(
    protected readonly stream: NodeJS.WritableStream,
    private readonly chunkBytes: number = STREAM_CHUNK_BYTES,
  ) {
    this.out = new ByteWriter(chunkBytes + SLACK_BYTES);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') this.broken = true;
      else this.failure = error;
    });
  }

  get closedByReader(): boolean {
    return this.broken;
  }

  write(text: string): Promise<void> | undefined {
    if (this.broken) return undefined;
    this.out.text(text);
    return this.out.length >= this.chunkBytes ? this.sendBuffer() : undefined;
  }

  writeWith(fill: (out: ByteWriter) => void): Promise<void> | undefined {
    if (this.broken) return undefined;
    fill(this.out);
    return this.out.length >= this.chunkBytes ? this.sendBuffer() : undefined;
  }

  protected async flush(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    await this.sendBuffer();
  }

  /** Queues the buffer's bytes on the stream (which keeps them until written); a promise when the stream asks to wait. */
  private sendBuffer(): Promise<void> | undefined {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.out.length === 0 || this.broken) return undefined;
    if (this.stream.write(this.out.take(this.chunkBytes + SLACK_BYTES))) return undefined;
    return this.drained().then(() => {
      if (this.failure !== undefined) throw this.failure;
    });
  }

  private drained(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  async close(): Promise<void> {
    await this.flush();
  }

  async abort(): Promise<void> {
    await this.flush();
  }
}

function streamSink(stream: NodeJS.WritableStream): OutputSink {
  return new BatchingSink(stream);
}

class FileSink extends BatchingSink {
  constructor(
    private readonly file: WriteStream,
    private readonly temporary: string,
    private readonly target: string,
  ) {
    super(file, FILE_CHUNK_BYTES);
  }

  override async close(): Promise<void> {
    try {
      await this.flush();
      await this.finish();
      await rename(this.temporary, this.target);
    } catch (error) {
      await rm(this.temporary, { force: true });
      throw error;
    }
  }

  override async abort(): Promise<void> {
    this.file.destroy();
    await rm(this.temporary, { force: true });
  }

  private async finish(): Promise<void> {
    this.file.end();
    await once(this.file, 'close');
  }
}

/** A device or a named pipe given as `--out`: written in place, and closed at the end. */
class DeviceSink extends BatchingSink {
  constructor(private readonly device: WriteStream) {
    super(device, FILE_CHUNK_BYTES);
  }

  override async close(): Promise<void> {
    await this.flush();
    this.device.end();
    await once(this.device, 'close');
  }

  override async abort(): Promise<void> {
    await this.close();
  }
}

function fileSink(file: WriteStream, temporary: string, target: string): OutputSink {
  return new FileSink(file, temporary, target);
}
