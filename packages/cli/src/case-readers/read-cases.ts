/**
 * Opens a case file (or `-`, stdin) and reads it as batches of records, streaming: memory holds one
 * chunk and one unfinished record, never the file. The format comes from `--cases-format`, else the
 * file's extension, else the content.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { CaseFormat, CaseItem, CaseParser } from './case-item.js';
import { createCaseParser } from './create-case-parser.js';
import type { CsvTyping } from './csv-value-typing.js';
import { formatFromExtension, sniffFormat } from './detect-case-format.js';

/**
 * Small chunks: the records of a chunk are parsed together, so they are all alive when V8 next
 * collects its young generation; with few of them, few are promoted to the old generation, which
 * then grows slowly (peak memory on 650,000 cases: ~270 MB with 32 KiB, ~430 MB with 1 MiB).
 */
const CHUNK_BYTES = 32 * 1024;

export interface CaseSourceOptions {
  /** A path as the user gave it (resolved against `cwd`), or `-` for stdin. */
  path: string;
  /** How the file is named in messages (relative to the working directory). */
  displayName: string;
  absolutePath: string;
  stdin: NodeJS.ReadableStream;
  format?: CaseFormat;
  typing?: CsvTyping;
}

export interface CaseSource {
  format: CaseFormat;
  displayName: string;
  /** Size in bytes, when known (a file). */
  size?: number;
  bytesRead(): number;
  /** The records, in batches (one per chunk read). Call it once. */
  batches(): AsyncGenerator<CaseItem[]>;
  /**
   * The input's bytes as read, undecoded (for `wt eval --jobs`, whose workers decode them): present
   * when the format was known without reading any of it. Call it instead of `batches`, once.
   */
  raw?: () => AsyncIterable<Buffer | string>;
}

export type OpenCasesResult = { ok: true; source: CaseSource } | { ok: false; message: string };

export async function openCases(options: CaseSourceOptions): Promise<OpenCasesResult> {
  const fromStdin = options.path === '-';
  let size: number | undefined;
  if (!fromStdin) {
    try {
      const info = await stat(options.absolutePath);
      if (info.isDirectory()) return { ok: false, message: `${options.displayName} is a directory, not a file of cases` };
      // Pipes and devices (`--cases <(gunzip -c cases.ndjson.gz)`) are read too; only files have a size.
      if (info.isFile()) size = info.size;
    } catch {
      return { ok: false, message: `cannot read ${options.displayName}: no such file` };
    }
  }
  const stream = fromStdin ? options.stdin : createReadStream(options.absolutePath, { highWaterMark: CHUNK_BYTES });
  const chunks = decodedChunks(stream);
  let bytes = 0;
  const counting = (async function* () {
    for await (const { text, byteLength } of chunks) {
      bytes += byteLength;
      yield text;
    }
  })();

  const known = options.format ?? (fromStdin ? undefined : formatFromExtension(options.path));
  let first: string | undefined;
  let format: CaseFormat;
  if (known !== undefined) {
    format = known;
  } else {
    const next = await counting.next();
    first = next.done ? '' : next.value;
    format = sniffFormat(first);
  }
  const parser = createCaseParser(format, options.displayName, options.typing);
  return {
    ok: true,
    source: {
      format,
      displayName: options.displayName,
      ...(size !== undefined ? { size } : {}),
      bytesRead: () => bytes,
      batches: () => drive(parser, first, counting),
      ...(known !== undefined ? { raw: () => stream as AsyncIterable<Buffer | string> } : {}),
    },
  };
}

async function* drive(parser: CaseParser, first: string | undefined, rest: AsyncGenerator<string>): AsyncGenerator<CaseItem[]> {
  if (first !== undefined && first !== '') {
    const items = parser.push(first);
    if (items.length > 0) yield items;
  }
  for await (const text of rest) {
    const items = parser.push(text);
    if (items.length > 0) yield items;
  }
  const last = parser.end();
  if (last.length > 0) yield last;
}

async function* decodedChunks(stream: NodeJS.ReadableStream): AsyncGenerator<{ text: string; byteLength: number }> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    if (typeof chunk === 'string') {
      yield { text: chunk, byteLength: Buffer.byteLength(chunk) };
    } else {
      yield { text: decoder.write(chunk), byteLength: chunk.length };
    }
  }
  const tail = decoder.end();
  if (tail !== '') yield { text: tail, byteLength: 0 };
}
