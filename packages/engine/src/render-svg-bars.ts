/** A horizontal bar chart as inline SVG: no script, no external request, every label escaped. */
import { escapeHtml } from './html-escape.js';
import type { Bar } from './render-blocks.js';

const ROW_HEIGHT = 22;
const LABEL_WIDTH = 260;
const BAR_SPACE = 300;
const VALUE_SPACE = 60;

export function svgBars(caption: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW_HEIGHT + 8;
  const width = LABEL_WIDTH + BAR_SPACE + VALUE_SPACE;
  const rows = bars.map((bar, index) => {
    const y = index * ROW_HEIGHT + 4;
    const length = Math.max(2, Math.round((bar.value / max) * BAR_SPACE));
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      `<rect class="bar tone-${bar.tone ?? 'strong'}" x="${LABEL_WIDTH}" y="${y + 3}" width="${length}" height="${ROW_HEIGHT - 8}"></rect>` +
      `<text x="${LABEL_WIDTH + length + 6}" y="${y + 15}">${bar.value}</text>`
    );
  });
  return (
    `<figure><svg role="img" aria-label="${escapeHtml(caption)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title>${escapeHtml(caption)}</title>${rows.join('')}</svg><figcaption>${escapeHtml(caption)}</figcaption></figure>`
  );
}
