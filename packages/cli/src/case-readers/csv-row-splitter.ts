/**
 * Splits CSV text (RFC 4180) into rows, streaming: fields are separated by commas, rows by LF or
 * CRLF; a field in double quotes may hold commas, newlines and doubled quotes (`""`). A stray quote
 * inside an unquoted field, or text after a closing quote, is kept as it is. A row that grows past
 * MAX_RECORD_CHARS (most often a quote never closed) ends the reading: the rest is not kept.
 */
import { MAX_RECORD_CHARS } from './record-limits.js';

export interface CsvRow {
  fields: string[];
  /** 1-based line on which the row starts. */
  line: number;
}

export type CsvRowEvent = { row: CsvRow } | { unterminatedQuoteAt: number } | { tooLongAt: number };

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
const RETURN = 13;

type RowScan = { fields: string[]; next: number; newlines: number } | undefined;

export class CsvRowSplitter {
  private buffer = '';
  private line = 1;
  private started = false;
  /** A row was too long: everything after it is ignored. */
  private stopped = false;

  push(chunk: string): CsvRowEvent[] {
    if (this.stopped) return [];
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer = this.buffer === '' ? chunk : this.buffer + chunk;
    return this.drain(false);
  }

  end(): CsvRowEvent[] {
    if (this.stopped) return [];
    return this.drain(true);
  }

  private drain(atEnd: boolean): CsvRowEvent[] {
    const events: CsvRowEvent[] = [];
    const text = this.buffer;
    let position = 0;
    while (position < text.length) {
      const scan = scanRow(text, position, atEnd);
      if (scan === undefined) {
        if (atEnd) {
          events.push({ unterminatedQuoteAt: this.line });
          position = text.length;
        }
        break;
      }
      const blank = scan.fields.length === 1 && scan.fields[0] === '';
      if (!blank) events.push({ row: { fields: scan.fields, line: this.line } });
      this.line += scan.newlines;
      position = scan.next;
    }
    this.buffer = position === 0 ? text : text.slice(position);
    if (atEnd) this.buffer = '';
    if (this.buffer.length > MAX_RECORD_CHARS) {
      events.push({ tooLongAt: this.line });
      this.buffer = '';
      this.stopped = true;
    }
    return events;
  }
}

/** Scans the row starting at `start`; undefined when the row is not complete in `text`. */
function scanRow(text: string, start: number, atEnd: boolean): RowScan {
  const fields: string[] = [];
  let newlines = 0;
  let i = start;
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      value = '';
      let j = i + 1;
      for (;;) {
        const quote = text.indexOf('"', j);
        if (quote === -1) return undefined;
        value += text.slice(j, quote);
        if (quote + 1 === text.length && !atEnd) return undefined;
        if (text.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          j = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      newlines += countNewlines(value);
      // Anything between the closing quote and the next delimiter is kept, except a CR before LF.
      let stray = i;
      while (stray < text.length) {
        const code = text.charCodeAt(stray);
        if (code === COMMA || code === NEWLINE) break;
        stray++;
      }
      if (stray === text.length && !atEnd) return undefined;
      value += stripTrailingReturn(text.slice(i, stray));
      i = stray;
    } else {
      let end = i;
      while (end < text.length) {
        const code = text.charCodeAt(end);
        if (code === COMMA || code === NEWLINE) break;
        end++;
      }
      if (end === text.length && !atEnd) return undefined;
      value = stripTrailingReturn(text.slice(i, end));
      i = end;
    }
    fields.push(value);
    if (i >= text.length) return { fields, next: i, newlines };
    if (text.charCodeAt(i) === NEWLINE) return { fields, next: i + 1, newlines: newlines + 1 };
    i++; // the comma
  }
}

function stripTrailingReturn(text: string): string {
  return text.length > 0 && text.charCodeAt(text.length - 1) === RETURN ? text.slice(0, -1) : text;
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
