/**
 * Splits NDJSON text into its non-blank lines, streaming; CRLF and a BOM are accepted. A line longer
 * than MAX_RECORD_CHARS is not kept: it comes out empty, marked `tooLong`, once its end is reached.
 */
import { MAX_RECORD_CHARS } from './record-limits.js';

export interface RawLine {
  text: string;
  /** 1-based line number. */
  line: number;
  /** 0-based position among the non-blank lines. */
  index: number;
  /** The line was longer than MAX_RECORD_CHARS; `text` is empty. */
  tooLong?: true;
}

export class NdjsonLineSplitter {
  private carry = '';
  private line = 0;
  private index = 0;
  private started = false;
  /** Inside a line longer than MAX_RECORD_CHARS: its text is dropped up to its end. */
  private skipping = false;

  /** `stripBom: false` for a part of a file other than its start (a batch that wt eval --jobs hands a worker). */
  constructor(options: { stripBom?: boolean } = {}) {
    if (options.stripBom === false) this.started = true;
  }

  /** Lines seen so far, blank ones included. */
  get lines(): number {
    return this.line;
  }

  push(chunk: string): RawLine[] {
    const lines: RawLine[] = [];
    let text = chunk;
    let searchFrom = 0;
    if (this.skipping) {
      const newline = text.indexOf('\n');
      if (newline === -1) return lines;
      this.takeTooLong(lines);
      text = text.slice(newline + 1);
    } else if (this.carry !== '') {
      // The carry holds no newline: search only the new text.
      searchFrom = this.carry.length;
      text = this.carry + text;
    }
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) {
        text = text.slice(1);
        searchFrom = Math.max(0, searchFrom - 1);
      }
    }
    let from = 0;
    let newline = text.indexOf('\n', searchFrom);
    while (newline !== -1) {
      this.take(text, from, newline, lines);
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    this.carry = from === 0 ? text : text.slice(from);
    if (this.carry.length > MAX_RECORD_CHARS) {
      this.carry = '';
      this.skipping = true;
    }
    return lines;
  }

  end(): RawLine[] {
    const lines: RawLine[] = [];
    if (this.skipping) this.takeTooLong(lines);
    else if (this.carry.length > 0) this.take(this.carry, 0, this.carry.length, lines);
    this.carry = '';
    return lines;
  }

  private take(text: string, from: number, to: number, lines: RawLine[]): void {
    this.line++;
    const end = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    if (isBlank(text, from, end)) return;
    if (end - from > MAX_RECORD_CHARS) {
      lines.push({ text: '', line: this.line, index: this.index++, tooLong: true });
      return;
    }
    lines.push({ text: text.slice(from, end), line: this.line, index: this.index++ });
  }

  private takeTooLong(lines: RawLine[]): void {
    this.skipping = false;
    this.line++;
    lines.push({ text: '', line: this.line, index: this.index++, tooLong: true });
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
