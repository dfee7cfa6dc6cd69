import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSource, firstInvalidUtf8Byte } from '../src/decode-source.js';

const POLICY = 'policy café {\n  effective 2024-04-01\n}\n';

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([endian === 'le' ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]), le]);
}

describe('decodeSource', () => {
  it('reads UTF-8, dropping a byte-order mark', () => {
    expect(decodeSource(Buffer.from(POLICY, 'utf8'))).toEqual({ text: POLICY, diagnostics: [] });
    expect(decodeSource(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(POLICY)]))).toEqual({ text: POLICY, diagnostics: [] });
  });

  it('refuses UTF-16 and UTF-32, either way round, by their byte-order marks', () => {
    for (const bytes of [utf16(POLICY, 'le'), utf16(POLICY, 'be')]) {
      expect(decodeSource(bytes)).toEqual({
        text: undefined,
        diagnostics: [expect.objectContaining({ code: 'WT100', message: 'This file is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8' })],
      });
    }
    expect(decodeSource(Buffer.from([0xff, 0xfe, 0, 0, 0x70, 0, 0, 0])).diagnostics[0]!.message).toContain('UTF-32');
    expect(decodeSource(Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x70])).diagnostics[0]!.message).toContain('UTF-32');
  });

  it('refuses Latin-1, naming the first bad byte by line and column', () => {
    // "café" in Latin-1 is 63 61 66 E9: the E9 is the 11th character of line 1 ("policy caf" is 10).
    const result = decodeSource(Buffer.from(POLICY, 'latin1'), 'p.wt');
    expect(result.text).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'WT100',
        file: 'p.wt',
        range: { line: 1, column: 11, endLine: 1, endColumn: 12 },
        message: 'This file is not UTF-8 text: the byte 0xE9 here is not UTF-8 (the file may have been saved as Latin-1 or Windows-1252)',
      }),
    ]);
  });

  it('counts lines as the parsers do (LF, CRLF, CR) before the bad byte', () => {
    const bytes = Buffer.concat([Buffer.from('a\r\nb\rc\nxy'), Buffer.from([0xff])]);
    expect(decodeSource(bytes).diagnostics[0]!.range).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 4 });
  });

  it('refuses a NUL character: UTF-16 without a byte-order mark', () => {
    const result = decodeSource(Buffer.from('policy p {}', 'utf16le'));
    expect(result.text).toBeUndefined();
    expect(result.diagnostics[0]!.message).toContain('NUL character');
    expect(result.diagnostics[0]!.range).toEqual({ line: 1, column: 2, endLine: 1, endColumn: 3 });
  });

  it('agrees with the platform’s strict UTF-8 decoder on every byte sequence', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    // Valid UTF-8 pieces (any code point) with stray bytes between them.
    const piece = fc.oneof(fc.string({ maxLength: 6, unit: 'binary' }).map((text) => Buffer.from(text, 'utf8')), fc.uint8Array({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((pieces) => Buffer.concat(pieces)), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8Byte(bytes) === -1).toBe(valid);
      }),
      { numRuns: 3000 },
    );
  });
});
