/**
 * A large return read as a stream: the child blocks of a sample repeated 2,000 times (each copy with
 * its own LAchildID), made chunk by chunk and never held whole. Each episode must come out as soon as
 * its `</CINdetails>` has been read.
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CinReader } from '../../src/cin/cin-reader.js';
import { SAMPLES, skipWithout } from './shared-data.js';

const NAME = 'd2i-CIN_Census_2026.xml';
const COPIES = 2000;
const CLOSING = '</CINdetails>';
const skip = skipWithout(`${SAMPLES}${NAME}`);

/** The return as a stream of text: header, the children COPIES times, footer. */
function* bigReturn(text: string): Generator<string> {
  const first = text.indexOf('<Child>');
  const last = text.lastIndexOf('</Child>') + '</Child>'.length;
  const children = text.slice(first, last);
  yield text.slice(0, first);
  for (let copy = 1; copy <= COPIES; copy++) yield children.replace(/<LAchildID>([^<]*)<\/LAchildID>/g, `<LAchildID>$1-${copy}</LAchildID>`);
  yield text.slice(last);
}

describe.skipIf(skip)('reading a large return as a stream', () => {
  it('gives every episode out as soon as it is closed, and counts them all', async () => {
    const text = readFileSync(`${SAMPLES}${NAME}`, 'utf8');
    const reader = new CinReader();
    let closedSoFar = 0;
    let out = 0;
    let events = 0;
    let bytes = 0;
    let carry = '';
    let tail = '';
    // 64 KiB chunks cut anywhere, from a Readable over the generator: the text is never whole.
    for await (const piece of Readable.from(bigReturn(text))) {
      carry += piece as string;
      while (carry.length >= 65536) {
        const chunk = carry.slice(0, 65536);
        carry = carry.slice(65536);
        bytes += chunk.length;
        // A closing tag cut by the chunk boundary is found in the tail of the last chunk and this one.
        closedSoFar += ((tail + chunk).match(/<\/CINdetails>/g) ?? []).length;
        tail = chunk.slice(-(CLOSING.length - 1));
        const items = reader.push(chunk);
        for (const item of items) if (item.kind === 'episode') events += item.value?.events.length ?? 0;
        out += items.filter((item) => item.kind === 'episode').length;
        expect(out).toBe(closedSoFar);
      }
    }
    const rest = [...reader.push(carry), ...reader.end()];
    out += rest.filter((item) => item.kind === 'episode').length;
    for (const item of rest) if (item.kind === 'episode') events += item.value?.events.length ?? 0;
    expect(bytes).toBeGreaterThan(8_000_000);
    expect(out).toBe(2 * COPIES);
    // Per copy: 18 events for the first child's episode, 4 for the second's (see cin-samples.test.ts).
    expect(events).toBe(22 * COPIES);
    expect(reader.counts.toJSON()).toEqual({ children: 2 * COPIES, episodes: 2 * COPIES, cases: 2 * COPIES, rejected: 0, events: 22 * COPIES, errors: 0, warnings: 6 * COPIES });
  });
});
