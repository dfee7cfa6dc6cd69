/**
 * A policy file's text: its bytes read and decoded by `decodeSource` (UTF-8, or UTF-16 with a
 * byte-order mark). A file that is not text we can read gives its WT100 diagnostic, not a screen of
 * syntax errors; a file that cannot be opened gives the reason.
 */
import { readFileSync } from 'node:fs';
import { decodeSource, type Diagnostic } from '@wt/dsl';

export type PolicyText =
  | { ok: true; text: string; diagnostics: [] }
  | { ok: true; text: undefined; diagnostics: Diagnostic[] }
  | { ok: false; reason: string };

export function unreadableReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read it (${code ?? 'error'})`;
}

export function readPolicyText(path: string): PolicyText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: unreadableReason(error) };
  }
  const decoded = decodeSource(bytes, path);
  return decoded.text === undefined ? { ok: true, text: undefined, diagnostics: decoded.diagnostics } : { ok: true, text: decoded.text, diagnostics: [] };
}
