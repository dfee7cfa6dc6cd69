/** Blocks as an HTML fragment. Every piece of text goes through `escapeHtml`. */
import { escapeHtml } from './html-escape.js';
import { cellLines, type Block, type Inline, type Line } from './render-blocks.js';
import { svgBars } from './render-svg-bars.js';

function piece(inline: Inline): string {
  if (typeof inline === 'string') return escapeHtml(inline);
  const text = escapeHtml(inline.text);
  if (inline.tone === 'strong') return `<strong>${text}</strong>`;
  if (inline.tone === 'code') return `<code>${text}</code>`;
  return `<span class="tone-${inline.tone}">${text}</span>`;
}

function line(text: Line): string {
  return text.map(piece).join('');
}

function cell(value: Line | Line[]): string {
  return cellLines(value).map(line).join('<br>');
}

export function renderBlocksHtml(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`<h1>${line(block.text)}</h1>`);
        break;
      case 'heading':
        out.push(`<h${block.level}>${line(block.text)}</h${block.level}>`);
        break;
      case 'paragraph':
        out.push(`<p>${line(block.text)}</p>`);
        break;
      case 'list':
        out.push(`<ul>${block.items.map((item) => `<li>${line(item)}</li>`).join('')}</ul>`);
        break;
      case 'pairs':
        out.push(`<dl>${block.pairs.map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${line(value)}</dd>`).join('')}</dl>`);
        break;
      case 'table': {
        const head = `<thead><tr>${block.head.map((title) => `<th scope="col">${escapeHtml(title)}</th>`).join('')}</tr></thead>`;
        const rows = block.rows.map((row) => `<tr>${block.head.map((_, column) => `<td>${cell(row[column] ?? [])}</td>`).join('')}</tr>`);
        out.push(`<table>${head}<tbody>${rows.join('')}</tbody></table>`);
        break;
      }
      case 'bars':
        out.push(svgBars(block.caption, block.bars));
        break;
      case 'side-by-side': {
        const panel = (side: { heading: string; lines: Line[] }) =>
          `<section class="panel"><h5>${escapeHtml(side.heading)}</h5><ol>${side.lines.map((text) => `<li>${line(text)}</li>`).join('')}</ol></section>`;
        out.push(`<div class="side-by-side">${panel(block.left)}${panel(block.right)}</div>`);
        break;
      }
    }
  }
  return out.join('\n');
}
