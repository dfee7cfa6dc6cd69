/**
 * `decodeSource`: the bytes of a policy file (either spelling) as text. A policy is UTF-8, with or
 * without a byte-order mark, as case files are. Anything else — UTF-16 (what some Windows editors
 * save as "Unicode"), bytes that are not UTF-8 (a file saved as Latin-1 or Windows-1252), a NUL
 * character (UTF-16 without a byte-order mark, UTF-32, a binary file) — is one WT100 at the first
 * bad byte, instead of a screen of syntax errors or text silently changed.
 */
import type { Diagnostic } from './diagnostic.js';
import type { SourceRange } from './source-range.js';

export interface DecodeSourceResult {
  /** The text, without its byte-order mark; undefined when the bytes are not text we can read. */
  text: string | undefined;
  /** One WT100 when `text` is undefined; empty otherwise. */
  diagnostics: Diagnostic[];
}

/** The UTF-16 or UTF-32 byte-order mark the bytes start with, named; undefined for none. */
function wideByteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes[2] === 0 && bytes[3] === 0 ? 'UTF-32' : 'UTF-16';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'UTF-32';
  return undefined;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) min = 0xa0;
      if (lead === 0xed) max = 0x9f; // no UTF-16 surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) min = 0x90;
      if (lead === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? min : 0x80) || next > (k === 1 ? max : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** Line and column (1-based, in characters as the parsers count them) just after `text`. */
function positionAfter(text: string): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1 };
}

function pointAt(position: { line: number; column: number }): SourceRange {
  return { line: position.line, column: position.column, endLine: position.line, endColumn: position.column + 1 };
}

function notText(message: string, range: SourceRange, file: string | undefined): DecodeSourceResult {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'WT100',
    message,
    range,
    hint: 'Save the file as UTF-8 ("UTF-8" in the editor’s Save As or Encoding menu) and check the accented letters and symbols.',
  };
  return { text: undefined, diagnostics: [file === undefined ? diagnostic : { ...diagnostic, file }] };
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

export function decodeSource(bytes: Uint8Array, file?: string): DecodeSourceResult {
  const wide = wideByteOrderMark(bytes);
  if (wide !== undefined) {
    return notText(`This file is ${wide} text (it starts with a ${wide} byte-order mark), not UTF-8`, pointAt({ line: 1, column: 1 }), file);
  }
  const invalid = firstInvalidUtf8Byte(bytes);
  if (invalid !== -1) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, invalid));
    return notText(
      `This file is not UTF-8 text: the byte ${hex(bytes[invalid]!)} here is not UTF-8 (the file may have been saved as Latin-1 or Windows-1252)`,
      pointAt(positionAfter(before)),
      file,
    );
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return notText(
      'This file holds a NUL character here, so it is not a policy: it may be UTF-16 without a byte-order mark, UTF-32, or not text at all',
      pointAt(positionAfter(text.slice(0, nul))),
      file,
    );
  }
  return { text, diagnostics: [] };
}
