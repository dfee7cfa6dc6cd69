/**
 * Line and column of an offset in a text, as diagnostics give them (1-based, columns in UTF-16 code
 * units). A line ends at LF, CRLF or a lone CR, as in the text form's lexer and in editors; the LF of
 * a CRLF belongs to the same line end as its CR. (The YAML library's own line counter knows only LF,
 * and only the line ends its lexer reached.)
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    let at = Math.min(Math.max(0, offset), this.text.length);
    if (at > 0 && this.text.charCodeAt(at) === 10 && this.text.charCodeAt(at - 1) === 13) at--;
    const starts = (this.starts ??= lineStartsOf(this.text));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - starts[low]! + 1 };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
