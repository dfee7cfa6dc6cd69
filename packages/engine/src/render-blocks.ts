/**
 * A small document model that the diff and the protocol document are built in once, and that three
 * renderers write out: text for a terminal, Markdown, and HTML. Every piece of text in it is plain
 * text; each renderer escapes it for its own format.
 */

/** How a piece of text is marked: a direction, a kind of change, or emphasis. */
export type Tone =
  | 'stricter'
  | 'looser'
  | 'neutral'
  | 'not-comparable'
  | 'mixed'
  | 'added'
  | 'removed'
  | 'changed'
  | 'good'
  | 'bad'
  | 'strong'
  | 'code'
  | 'muted';

export type Inline = string | { text: string; tone: Tone };

/** A run of text: pieces written one after another. */
export type Line = readonly Inline[];

export interface Bar {
  label: string;
  value: number;
  tone?: Tone;
}

export type Block =
  | { kind: 'title'; text: Line }
  | { kind: 'heading'; text: Line; level: 2 | 3 | 4 }
  | { kind: 'paragraph'; text: Line }
  | { kind: 'list'; items: Line[] }
  /** Cells are lines; a cell may hold several lines (`Line[]`), shown one under another. */
  | { kind: 'table'; head: string[]; rows: (Line | Line[])[][] }
  | { kind: 'pairs'; pairs: [string, Line][] }
  | { kind: 'bars'; caption: string; bars: Bar[] }
  | { kind: 'side-by-side'; left: Panel; right: Panel };

export interface Panel {
  heading: string;
  lines: Line[];
}

export function tone(text: string, marked: Tone): Inline {
  return { text, tone: marked };
}

export function inlineText(piece: Inline): string {
  return typeof piece === 'string' ? piece : piece.text;
}

export function lineText(line: Line): string {
  return line.map(inlineText).join('');
}

/** A cell as a list of lines. */
export function cellLines(cell: Line | Line[]): Line[] {
  return cell.length > 0 && Array.isArray(cell[0]) ? (cell as Line[]) : [cell as Line];
}

/** The tone of a direction word. */
export function directionTone(direction: string): Tone {
  switch (direction) {
    case 'stricter':
    case 'looser':
    case 'neutral':
    case 'not-comparable':
    case 'mixed':
      return direction;
    default:
      return 'muted';
  }
}
