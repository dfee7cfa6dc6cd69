/**
 * Blocks as Markdown (CommonMark with pipe tables), for a board paper. Policy text is escaped so that
 * it stays text: Markdown punctuation is backslash-escaped and `<`, `>` and `&` become entities, so
 * a title containing `<script>` is not raw HTML in any renderer.
 */
import { cellLines, type Block, type Inline, type Line, type Tone } from './render-blocks.js';

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '?')
    .replace(/[\\`*_[\]{}#+!|~]/g, (character) => `\\${character}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const BOLD: ReadonlySet<Tone> = new Set<Tone>(['strong', 'stricter', 'looser', 'not-comparable', 'mixed', 'bad']);

function piece(inline: Inline): string {
  if (typeof inline === 'string') return escapeMarkdown(inline);
  const text = escapeMarkdown(inline.text);
  if (text.trim() === '' || text !== text.trim()) return text;
  if (BOLD.has(inline.tone)) return `**${text}**`;
  return inline.tone === 'code' ? `*${text}*` : text;
}

function line(text: Line): string {
  return text.map(piece).join('');
}

function cell(value: Line | Line[]): string {
  return cellLines(value).map(line).join('<br>');
}

export function renderBlocksMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${line(block.text)}`, '');
        break;
      case 'heading':
        out.push(`${'#'.repeat(block.level)} ${line(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(line(block.text), '');
        break;
      case 'list':
        for (const item of block.items) out.push(`- ${line(item)}`);
        out.push('');
        break;
      case 'pairs':
        out.push('| | |', '|---|---|');
        for (const [key, value] of block.pairs) out.push(`| ${escapeMarkdown(key)} | ${line(value)} |`);
        out.push('');
        break;
      case 'table':
        out.push(`| ${block.head.map(escapeMarkdown).join(' | ')} |`, `|${block.head.map(() => '---').join('|')}|`);
        for (const row of block.rows) out.push(`| ${block.head.map((_, column) => cell(row[column] ?? [])).join(' | ')} |`);
        out.push('');
        break;
      case 'bars':
        out.push(`| ${escapeMarkdown(block.caption)} | |`, '|---|---:|');
        for (const bar of block.bars) out.push(`| ${escapeMarkdown(bar.label)} | ${bar.value} |`);
        out.push('');
        break;
      case 'side-by-side': {
        out.push(`| ${escapeMarkdown(block.left.heading)} | ${escapeMarkdown(block.right.heading)} |`, '|---|---|');
        const height = Math.max(block.left.lines.length, block.right.lines.length);
        for (let index = 0; index < height; index++) {
          const left = block.left.lines[index];
          const right = block.right.lines[index];
          out.push(`| ${left === undefined ? '' : line(left)} | ${right === undefined ? '' : line(right)} |`);
        }
        out.push('');
        break;
      }
    }
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
