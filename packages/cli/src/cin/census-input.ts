/** A census file (or stdin) as decoded text chunks, read one chunk at a time. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 1 << 20;

export interface CensusInput {
  size?: number;
  chunks(): AsyncGenerator<{ text: string; bytes: number }>;
}

export type OpenCensusResult = { ok: true; input: CensusInput } | { ok: false; message: string };

export async function openCensusInput(absolutePath: string | undefined, stdin: NodeJS.ReadableStream, shown: string): Promise<OpenCensusResult> {
  let size: number | undefined;
  if (absolutePath !== undefined) {
    try {
      const info = await stat(absolutePath);
      if (info.isDirectory()) return { ok: false, message: `${shown} is a directory, not a census file` };
      if (info.isFile()) size = info.size;
    } catch {
      return { ok: false, message: `cannot read ${shown}: no such file` };
    }
  }
  const stream = absolutePath === undefined ? stdin : createReadStream(absolutePath, { highWaterMark: CHUNK_BYTES });
  return { ok: true, input: { ...(size !== undefined ? { size } : {}), chunks: () => decoded(stream) } };
}

async function* decoded(stream: NodeJS.ReadableStream): AsyncGenerator<{ text: string; bytes: number }> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    if (typeof chunk === 'string') yield { text: chunk, bytes: Buffer.byteLength(chunk) };
    else yield { text: decoder.write(chunk), bytes: chunk.length };
  }
  const tail = decoder.end();
  if (tail !== '') yield { text: tail, bytes: 0 };
}
