import { StringDecoder } from 'node:string_decoder';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_FORMATS } from '../../src/case-readers/case-item.js';
import { createCaseParser } from '../../src/case-readers/create-case-parser.js';
import { JsonArrayParser } from '../../src/case-readers/json-array-parser.js';
import { NdjsonParser } from '../../src/case-readers/ndjson-parser.js';
import { feed, values } from './feed.js';

/** Random bytes cut into random chunks, decoded as a stream would decode them. */
const chunkedBytes = fc
  .tuple(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat({ max: 400 }), { maxLength: 6 }))
  .map(([bytes, cuts]) => {
    const decoder = new StringDecoder('utf8');
    const chunks: string[] = [];
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      chunks.push(decoder.write(Buffer.from(bytes.subarray(from, Math.max(from, cut)))));
      from = Math.max(from, cut);
    }
    chunks.push(decoder.write(Buffer.from(bytes.subarray(from))), decoder.end());
    return chunks;
  });

/** Text made of the characters that matter to the parsers, so that the structure is often almost right. */
const structuredText = fc
  .array(fc.constantFrom('[', ']', '{', '}', '"', '\\', ',', ':', '\n', '\r', ' ', 'a', '1', 'true', '"id"', '\uFEFF', 'é'), { maxLength: 120 })
  .map((parts) => parts.join(''));

describe('case parsers, whatever the input', () => {
  for (const format of CASE_FORMATS) {
    it(`${format}: never throws on random bytes, and numbers every item in order`, () => {
      fc.assert(
        fc.property(chunkedBytes, (chunks) => {
          const parser = createCaseParser(format, 'x');
          const items = [...chunks.flatMap((chunk) => parser.push(chunk)), ...parser.end()];
          items.forEach((item, i) => {
            expect(item.origin.index).toBe(i);
            expect(item.error === undefined).toBe('value' in item);
          });
        }),
      );
    });

    it(`${format}: gives the same items wherever the input is cut`, () => {
      fc.assert(
        fc.property(structuredText, fc.array(fc.nat({ max: 130 }), { maxLength: 5 }), (text, cuts) => {
          expect(feed(createCaseParser(format), text, cuts)).toEqual(feed(createCaseParser(format), text));
        }),
      );
    });
  }

  it('json: streaming agrees with JSON.parse on valid arrays, however they are laid out and cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.constantFrom(undefined, 1, 2, '\t'),
        fc.array(fc.nat({ max: 2000 }), { maxLength: 6 }),
        (array, indent, cuts) => {
          const text = JSON.stringify(array, null, indent);
          expect(values(feed(new JsonArrayParser(), text, cuts))).toEqual(JSON.parse(text));
        },
      ),
    );
  });

  it('json: each element starts on the line the tokenizer reports', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 6 }), (array) => {
        const text = JSON.stringify(array, null, 2);
        const lines = text.split('\n');
        for (const item of feed(new JsonArrayParser(), text)) {
          // Pretty-printed with 2 spaces: an element starts on a line indented by exactly two.
          expect(lines[item.origin.line! - 1]).toMatch(/^  [^ ]/);
        }
      }),
    );
  });

  it('ndjson: agrees with JSON.parse line by line on valid values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 10 }), fc.array(fc.nat({ max: 2000 }), { maxLength: 6 }), (list, cuts) => {
        const text = list.map((value) => JSON.stringify(value)).join('\n');
        expect(values(feed(new NdjsonParser(), text, cuts))).toEqual(list.map((value) => JSON.parse(JSON.stringify(value))));
      }),
    );
  });
});
