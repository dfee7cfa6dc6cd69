/**
 * Where a command's results go: stdout, or `--out FILE` written atomically (a temporary file in the
 * same directory, renamed over FILE only once complete), so that FILE is never half-written.
 * Writes are batched into large chunks and respect back-pressure (`write()` returning false).
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const BATCH_BYTES = 64 * 1024;

export interface OutputSink {
  /** Queues text; returns a promise only when the caller should wait (a batch went out under back-pressure). */
  write(text: string): Promise<void> | undefined;
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

export async function openOutput(outPath: string | undefined, stdout: NodeJS.WritableStream): Promise<OutputSink> {
  if (outPath === undefined) return streamSink(stdout);
  const temporary = temporaryPathFor(outPath);
  const file = createWriteStream(temporary, { flags: 'wx' });
  await once(file, 'open');
  return fileSink(file, temporary, outPath);
}

class BatchingSink implements OutputSink {
  private pending: string[] = [];
  private pendingLength = 0;
  private broken = false;
  private failure: unknown;

  constructor(protected readonly stream: NodeJS.WritableStream) {
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
    this.pending.push(text);
    this.pendingLength += text.length;
    return this.pendingLength >= BATCH_BYTES ? this.flush() : undefined;
  }

  protected async flush(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.pending.length === 0 || this.broken) return;
    const chunk = this.pending.length === 1 ? this.pending[0]! : this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (!this.stream.write(chunk)) await this.drained();
    if (this.failure !== undefined) throw this.failure;
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
    super(file);
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

function fileSink(file: WriteStream, temporary: string, target: string): OutputSink {
  return new FileSink(file, temporary, target);
}
