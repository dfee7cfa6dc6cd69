/** NDJSON (JSON Lines): one case per line; blank lines are skipped; CRLF and a BOM are accepted. */
import type { RecordOrigin } from '@wt/engine';
import type { CaseItem, CaseParser } from './case-item.js';
import { NdjsonLineSplitter, type RawLine } from './ndjson-line-splitter.js';
import { notJsonError } from './not-json-error.js';
import { CASE_CODES } from './record-error-codes.js';
import { isNotUtf8, NOT_UTF8_MESSAGE, TOO_LONG_MESSAGE } from './record-limits.js';

export class NdjsonParser implements CaseParser {
  private readonly lines = new NdjsonLineSplitter();

  constructor(private readonly file?: string) {}

  push(chunk: string): CaseItem[] {
    return this.lines.push(chunk).map((line) => parseNdjsonLine(line, this.file));
  }

  end(): CaseItem[] {
    return this.lines.end().map((line) => parseNdjsonLine(line, this.file));
  }
}

export function parseNdjsonLine(line: RawLine, file: string | undefined): CaseItem {
  const origin: RecordOrigin = { line: line.line, index: line.index, file };
  if (line.tooLong) return { origin, error: { origin, code: CASE_CODES.tooLong, message: TOO_LONG_MESSAGE } };
  if (isNotUtf8(line.text)) return { origin, error: { origin, code: CASE_CODES.notUtf8, message: NOT_UTF8_MESSAGE } };
  try {
    return { value: JSON.parse(line.text), origin };
  } catch (error) {
    return { origin, error: notJsonError(origin, error, line.text) };
  }
}
