/** NDJSON (JSON Lines): one case per line; blank lines are skipped; CRLF and a BOM are accepted. */
import type { CaseItem, CaseParser } from './case-item.js';
import { notJsonError } from './not-json-error.js';

export class NdjsonParser implements CaseParser {
  private carry = '';
  private line = 0;
  private index = 0;
  private started = false;

  constructor(private readonly file?: string) {}

  push(chunk: string): CaseItem[] {
    const items: CaseItem[] = [];
    let text = this.carry === '' ? chunk : this.carry + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let from = 0;
    let newline = text.indexOf('\n', from);
    while (newline !== -1) {
      this.readLine(text, from, newline, items);
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    this.carry = from === 0 ? text : text.slice(from);
    return items;
  }

  end(): CaseItem[] {
    const items: CaseItem[] = [];
    if (this.carry.length > 0) this.readLine(this.carry, 0, this.carry.length, items);
    this.carry = '';
    return items;
  }

  private readLine(text: string, from: number, to: number, items: CaseItem[]): void {
    this.line++;
    const end = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    if (isBlank(text, from, end)) return;
    const source = text.slice(from, end);
    const origin = { line: this.line, index: this.index++, file: this.file };
    try {
      items.push({ value: JSON.parse(source), origin });
    } catch (error) {
      items.push({ origin, error: notJsonError(origin, error, source) });
    }
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
