/**
 * A JSON array of cases, streamed: a small tokenizer finds where each top-level element starts and
 * ends (tracking strings, escapes and bracket depth), and only that element is given to JSON.parse.
 * A file holding a single object is read as one case. An element that is not valid JSON is a
 * rejected record; reading goes on with the next element. An element longer than MAX_RECORD_CHARS
 * is scanned to its end but not kept, and rejected (WT728).
 */
import type { RecordError } from '@wt/engine';
import type { CaseItem, CaseParser } from './case-item.js';
import { notJsonError } from './not-json-error.js';
import { CASE_CODES } from './record-error-codes.js';
import { isNotUtf8, MAX_RECORD_CHARS, NOT_UTF8_MESSAGE, TOO_LONG_MESSAGE } from './record-limits.js';

const enum State {
  /** Before the opening `[` (or a single top-level object). */
  Start,
  /** Inside the array, between elements. */
  BetweenElements,
  /** Inside an element. */
  InElement,
  /** After the closing `]` (or after a single top-level object). */
  Done,
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const NEWLINE = 10;

export class JsonArrayParser implements CaseParser {
  private buffer = '';
  /** Where scanning resumes in `buffer`. */
  private position = 0;
  private state = State.Start;
  private single = false;
  private started = false;
  private line = 1;
  private column = 1;
  private index = 0;
  private elementStart = -1;
  private elementLine = 0;
  private elementColumn = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private trailingReported = false;
  /** The element being scanned is longer than MAX_RECORD_CHARS: its text is not kept. */
  private tooLong = false;

  constructor(private readonly file?: string) {}

  push(chunk: string): CaseItem[] {
    const items: CaseItem[] = [];
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    this.buffer += chunk;
    this.scan(items);
    if (this.state === State.InElement && this.buffer.length - this.elementStart > MAX_RECORD_CHARS) {
      this.tooLong = true;
      this.elementStart = this.buffer.length;
    }
    // Keep only the unfinished element.
    const keepFrom = this.state === State.InElement ? this.elementStart : this.position;
    if (keepFrom > 0) {
      this.buffer = this.buffer.slice(keepFrom);
      this.position -= keepFrom;
      if (this.elementStart >= 0) this.elementStart -= keepFrom;
    }
    return items;
  }

  end(): CaseItem[] {
    const items: CaseItem[] = [];
    if (this.state === State.InElement) {
      this.finishElement(this.buffer.length, items);
      if (!this.single) items.push(this.structureError('the array is not closed with "]"', this.line));
    } else if (this.state === State.BetweenElements) {
      items.push(this.structureError('the array is not closed with "]"', this.line));
    }
    this.buffer = '';
    this.position = 0;
    this.state = State.Done;
    return items;
  }

  private scan(items: CaseItem[]): void {
    const text = this.buffer;
    let i = this.position;
    for (; i < text.length; i++) {
      const code = text.charCodeAt(i);
      switch (this.state) {
        case State.InElement:
          if (this.inString) {
            if (this.escaped) this.escaped = false;
            else if (code === BACKSLASH) this.escaped = true;
            else if (code === QUOTE) this.inString = false;
          } else if (code === QUOTE) {
            this.inString = true;
          } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
            this.depth++;
          } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
            if (this.depth === 0) {
              // The `]` closing the whole array, ending an element that is a bare value.
              this.finishElement(i, items);
              this.state = State.Done;
            } else {
              this.depth--;
              if (this.depth === 0 && this.single) {
                this.finishElement(i + 1, items);
                this.state = State.Done;
              }
            }
          } else if (code === COMMA && this.depth === 0 && !this.single) {
            this.finishElement(i, items);
            this.state = State.BetweenElements;
          }
          break;
        case State.BetweenElements:
          if (isWhitespace(code) || code === COMMA) break;
          if (code === CLOSE_BRACKET) {
            this.state = State.Done;
            break;
          }
          this.startElement(i, code);
          break;
        case State.Start:
          if (isWhitespace(code)) break;
          if (code === OPEN_BRACKET) {
            this.state = State.BetweenElements;
          } else if (code === OPEN_BRACE) {
            this.single = true;
            this.startElement(i, code);
          } else {
            items.push(this.structureError('expected a JSON array of cases ("[") or one case ("{")', this.line));
            this.trailingReported = true;
            this.state = State.Done;
          }
          break;
        case State.Done:
          if (!isWhitespace(code) && !this.trailingReported) {
            this.trailingReported = true;
            const hint = code === OPEN_BRACE ? ' (one case per line is NDJSON: use --cases-format ndjson)' : '';
            items.push(this.structureError(`unexpected text after the end of the JSON${hint}`, this.line));
          }
          break;
      }
      if (code === NEWLINE) {
        this.line++;
        this.column = 1;
      } else {
        this.column++;
      }
    }
    this.position = i;
  }

  private startElement(at: number, code: number): void {
    this.state = State.InElement;
    this.elementStart = at;
    this.elementLine = this.line;
    this.elementColumn = this.column;
    this.inString = code === QUOTE;
    this.escaped = false;
    this.depth = code === OPEN_BRACE || code === OPEN_BRACKET ? 1 : 0;
  }

  private finishElement(end: number, items: CaseItem[]): void {
    const origin = { line: this.elementLine, index: this.index++, file: this.file };
    const tooLong = this.tooLong || end - this.elementStart > MAX_RECORD_CHARS;
    const source = tooLong ? '' : this.buffer.slice(this.elementStart, end);
    this.elementStart = -1;
    this.tooLong = false;
    if (tooLong) {
      items.push({ origin, error: { origin, code: CASE_CODES.tooLong, message: TOO_LONG_MESSAGE } });
      return;
    }
    if (isNotUtf8(source)) {
      items.push({ origin, error: { origin, code: CASE_CODES.notUtf8, message: NOT_UTF8_MESSAGE } });
      return;
    }
    try {
      items.push({ value: JSON.parse(source), origin });
    } catch (error) {
      items.push({ origin, error: notJsonError(origin, error, source, this.elementColumn) });
    }
  }

  private structureError(message: string, line: number): CaseItem {
    const origin = { line, index: this.index++, file: this.file };
    const error: RecordError = { origin, code: CASE_CODES.notJsonArray, message };
    return { origin, error };
  }
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
