/** Blocks as text for a terminal: aligned tables when they fit, ANSI colours when asked for. */
import { cellLines, lineText, type Block, type Inline, type Line, type Tone } from './render-blocks.js';

export interface TextOptions {
  /** Colour the directions and emphasis with ANSI escapes (only for a terminal). */
  colour?: boolean;
  /** Width to fit tables in; default 100. */
  width?: number;
}

const SGR: Partial<Record<Tone, [number, number]>> = {
  stricter: [32, 39],
  looser: [33, 39],
  'not-comparable': [35, 39],
  mixed: [35, 39],
  added: [32, 39],
  removed: [31, 39],
  changed: [36, 39],
  good: [32, 39],
  bad: [31, 39],
  strong: [1, 22],
  code: [36, 39],
  muted: [2, 22],
};

function piece(inline: Inline, colour: boolean): string {
  const text = stripControls(typeof inline === 'string' ? inline : inline.text);
  if (!colour || typeof inline === 'string') return text;
  const codes = SGR[inline.tone];
  return codes === undefined ? text : `\u001b[${codes[0]}m${text}\u001b[${codes[1]}m`;
}

/** Policy text never reaches the terminal with control characters in it (no escape sequences smuggled in). */
function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

function line(text: Line, colour: boolean): string {
  return text.map((inline) => piece(inline, colour)).join('');
}

const BAR_WIDTH = 30;

export function renderBlocksText(blocks: readonly Block[], options: TextOptions = {}): string {
  const colour = options.colour === true;
  const width = options.width ?? 100;
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title': {
        const text = lineText(block.text);
        out.push(line([{ text, tone: 'strong' }], colour), '='.repeat(Math.min(text.length, width)), '');
        break;
      }
      case 'heading': {
        const text = lineText(block.text);
        out.push(line([{ text, tone: 'strong' }], colour), (block.level === 2 ? '-' : '·').repeat(Math.min(text.length, width)), '');
        break;
      }
      case 'paragraph':
        out.push(line(block.text, colour), '');
        break;
      case 'list':
        for (const item of block.items) out.push(`  • ${line(item, colour)}`);
        out.push('');
        break;
      case 'pairs': {
        const keyWidth = Math.max(...block.pairs.map(([key]) => key.length));
        for (const [key, value] of block.pairs) out.push(`  ${key.padEnd(keyWidth)}  ${line(value, colour)}`);
        out.push('');
        break;
      }
      case 'table':
        out.push(...table(block.head, block.rows, colour, width), '');
        break;
      case 'bars': {
        out.push(block.caption);
        const max = Math.max(1, ...block.bars.map((bar) => bar.value));
        const labelWidth = Math.max(...block.bars.map((bar) => bar.label.length));
        for (const bar of block.bars) {
          const length = Math.max(1, Math.round((bar.value / max) * BAR_WIDTH));
          out.push(`  ${bar.label.padEnd(labelWidth)}  ${piece({ text: '█'.repeat(length), tone: bar.tone ?? 'strong' }, colour)} ${bar.value}`);
        }
        out.push('');
        break;
      }
      case 'side-by-side':
        for (const panel of [block.left, block.right]) {
          out.push(`  ${line([{ text: panel.heading, tone: 'strong' }], colour)}`);
          for (const text of panel.lines) out.push(`    ${line(text, colour)}`);
        }
        out.push('');
        break;
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function table(head: readonly string[], rows: readonly (Line | Line[])[][], colour: boolean, width: number): string[] {
  const cells = rows.map((row) => row.map((cell) => cellLines(cell)));
  const widths = head.map((title, column) =>
    Math.max(title.length, ...cells.map((row) => Math.max(0, ...(row[column] ?? []).map((text) => lineText(text).length)))),
  );
  const total = widths.reduce((sum, size) => sum + size + 2, 0);
  if (total > width) {
    // Too wide to align: one record per row, a field per line.
    const out: string[] = [];
    for (const row of cells) {
      row.forEach((cell, column) => {
        const texts = cell.map((text) => line(text, colour)).filter((text) => text !== '');
        if (texts.length === 0) return;
        if (column === 0) {
          out.push(`  ${texts.join('  ')}`);
          return;
        }
        const prefix = `    ${head[column]}: `;
        out.push(`${prefix}${texts[0]}`, ...texts.slice(1).map((text) => `${' '.repeat(prefix.length)}${text}`));
      });
    }
    return out;
  }
  const out = [`  ${head.map((title, column) => title.padEnd(widths[column]!)).join('  ').trimEnd()}`, `  ${widths.map((size) => '─'.repeat(size)).join('  ')}`];
  for (const row of cells) {
    const height = Math.max(1, ...row.map((cell) => cell.length));
    for (let index = 0; index < height; index++) {
      const parts = head.map((_, column) => {
        const text = row[column]?.[index];
        const plain = text === undefined ? '' : lineText(text);
        return (text === undefined ? '' : line(text, colour)) + ' '.repeat(widths[column]! - plain.length);
      });
      out.push(`  ${parts.join('  ').trimEnd()}`);
    }
  }
  return out;
}
