/** Splits NDJSON text into its non-blank lines, streaming; CRLF and a BOM are accepted. */
export interface RawLine {
  text: string;
  /** 1-based line number. */
  line: number;
  /** 0-based position among the non-blank lines. */
  index: number;
}

export class NdjsonLineSplitter {
  private carry = '';
  private line = 0;
  private index = 0;
  private started = false;

  push(chunk: string): RawLine[] {
    const lines: RawLine[] = [];
    let text = this.carry === '' ? chunk : this.carry + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    let from = 0;
    let newline = text.indexOf('\n', from);
    while (newline !== -1) {
      this.take(text, from, newline, lines);
      from = newline + 1;
      newline = text.indexOf('\n', from);
    }
    this.carry = from === 0 ? text : text.slice(from);
    return lines;
  }

  end(): RawLine[] {
    const lines: RawLine[] = [];
    if (this.carry.length > 0) this.take(this.carry, 0, this.carry.length, lines);
    this.carry = '';
    return lines;
  }

  private take(text: string, from: number, to: number, lines: RawLine[]): void {
    this.line++;
    const end = to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to;
    if (isBlank(text, from, end)) return;
    lines.push({ text: text.slice(from, end), line: this.line, index: this.index++ });
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
