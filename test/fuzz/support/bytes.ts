/** Byte-level damage: what a wrong "Save as", a bad copy or a cut download does to a UTF-8 file. */
import fc from 'fast-check';

export type ByteMutation =
  | { kind: 'utf16'; endian: 'le' | 'be'; bom: boolean }
  | { kind: 'latin1' }
  | { kind: 'insert-bytes'; at: number; bytes: number[] }
  | { kind: 'bom'; bytes: number[] }
  | { kind: 'cut'; at: number };

const BOMS = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0xff, 0xfe, 0x00, 0x00],
  [0x00, 0x00, 0xfe, 0xff],
  [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
];

export function applyByteMutation(text: string, mutation: ByteMutation): Uint8Array {
  const utf8 = Buffer.from(text, 'utf8');
  switch (mutation.kind) {
    case 'utf16': {
      const le = Buffer.from(text, 'utf16le');
      if (mutation.endian === 'be') le.swap16();
      const bom = mutation.endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
      return mutation.bom ? Buffer.concat([Buffer.from(bom), le]) : le;
    }
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'insert-bytes': {
      const at = mutation.at % (utf8.length + 1);
      return Buffer.concat([utf8.subarray(0, at), Buffer.from(mutation.bytes), utf8.subarray(at)]);
    }
    case 'bom':
      return Buffer.concat([Buffer.from(mutation.bytes), utf8]);
    case 'cut':
      return utf8.subarray(0, mutation.at % (utf8.length + 1));
  }
}

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  fc.record({ kind: fc.constant('utf16' as const), endian: fc.constantFrom('le' as const, 'be' as const), bom: fc.boolean() }),
  fc.constant({ kind: 'latin1' as const }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('insert-bytes' as const),
      at: fc.nat(),
      bytes: fc.oneof(fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 4 }), fc.constant<number[]>([0]), fc.array(fc.nat({ max: 255 }), { maxLength: 6 })),
    }),
  },
  fc.record({ kind: fc.constant('bom' as const), bytes: fc.constantFrom(...BOMS) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);
