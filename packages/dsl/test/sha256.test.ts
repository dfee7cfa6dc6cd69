import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256, sha256Hex } from '../src/sha256.js';

const nodeSha256 = (input: string | Uint8Array) => createHash('sha256').update(input).digest('hex');

describe('sha256', () => {
  it('matches the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('hashes strings as UTF-8', () => {
    // "é" is C3 A9 in UTF-8, "😀" is F0 9F 98 80.
    expect(sha256Hex('é😀')).toBe(sha256Hex(new Uint8Array([0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80])));
    expect(sha256Hex('é😀')).toBe(nodeSha256('é😀'));
  });

  it('agrees with node:crypto on a 1 MB string', () => {
    const text = 'policy-as-code 😀 '.repeat(60_000).slice(0, 1_000_000);
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it('agrees with node:crypto around the padding boundaries (55, 56, 63, 64, 119, 120 bytes)', () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 128]) {
      const text = 'x'.repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(nodeSha256(text));
    }
  });

  it('agrees with node:crypto on any bytes, including a view into a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(16), (bytes, start) => {
        const view = bytes.subarray(Math.min(start, bytes.length));
        expect(sha256Hex(view)).toBe(nodeSha256(view));
      }),
    );
  });

  it('returns 32 bytes', () => {
    expect(sha256('abc')).toHaveLength(32);
  });
});
