/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, synchronous, so that a browser can fingerprint a policy
 * without the asynchronous Web Crypto API. Strings are hashed as UTF-8.
 */

const ROUND_CONSTANTS = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

const INITIAL_STATE = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

function rotateRight(word: number, bits: number): number {
  return (word >>> bits) | (word << (32 - bits));
}

function compressBlock(state: Uint32Array, block: DataView, offset: number, schedule: Uint32Array): void {
  for (let t = 0; t < 16; t++) schedule[t] = block.getUint32(offset + t * 4);
  for (let t = 16; t < 64; t++) {
    const w15 = schedule[t - 15]!;
    const w2 = schedule[t - 2]!;
    const s0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
    const s1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
    schedule[t] = (schedule[t - 16]! + s0 + schedule[t - 7]! + s1) | 0;
  }
  let a = state[0]!, b = state[1]!, c = state[2]!, d = state[3]!;
  let e = state[4]!, f = state[5]!, g = state[6]!, h = state[7]!;
  for (let t = 0; t < 64; t++) {
    const s1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
    const choice = (e & f) ^ (~e & g);
    const temp1 = (h + s1 + choice + ROUND_CONSTANTS[t]! + schedule[t]!) | 0;
    const s0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
    const majority = (a & b) ^ (a & c) ^ (b & c);
    const temp2 = (s0 + majority) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + temp1) | 0;
    d = c;
    c = b;
    b = a;
    a = (temp1 + temp2) | 0;
  }
  state[0] = state[0]! + a;
  state[1] = state[1]! + b;
  state[2] = state[2]! + c;
  state[3] = state[3]! + d;
  state[4] = state[4]! + e;
  state[5] = state[5]! + f;
  state[6] = state[6]! + g;
  state[7] = state[7]! + h;
}

/** The 32-byte SHA-256 digest of `input` (a string is encoded as UTF-8). */
export function sha256(input: string | Uint8Array): Uint8Array {
  const message = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const fullBlocks = Math.floor(message.length / 64);
  // The tail: the bytes after the last full block, the 0x80 marker, zeros, and the 64-bit bit length.
  const tailLength = message.length % 64 < 56 ? 64 : 128;
  const tail = new Uint8Array(tailLength);
  tail.set(message.subarray(fullBlocks * 64));
  tail[message.length % 64] = 0x80;
  const tailView = new DataView(tail.buffer);
  const bitLength = message.length * 8;
  tailView.setUint32(tailLength - 8, Math.floor(bitLength / 0x100000000));
  tailView.setUint32(tailLength - 4, bitLength >>> 0);

  const state = new Uint32Array(INITIAL_STATE);
  const schedule = new Uint32Array(64);
  const messageView = new DataView(message.buffer, message.byteOffset, message.byteLength);
  for (let block = 0; block < fullBlocks; block++) compressBlock(state, messageView, block * 64, schedule);
  for (let offset = 0; offset < tailLength; offset += 64) compressBlock(state, tailView, offset, schedule);

  const digest = new Uint8Array(32);
  const digestView = new DataView(digest.buffer);
  for (let i = 0; i < 8; i++) digestView.setUint32(i * 4, state[i]!);
  return digest;
}

/** The SHA-256 digest of `input` as 64 lowercase hexadecimal digits. */
export function sha256Hex(input: string | Uint8Array): string {
  let hex = '';
  for (const byte of sha256(input)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
