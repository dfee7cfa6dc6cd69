/**
 * The two charts of the HTML timeliness report, as inline SVG (no script, no external request, every
 * label escaped; colours from the page's stylesheet classes or presentation attributes, which its
 * Content-Security-Policy allows): the distribution of working days taken against the timescale, and
 * timeliness by month.
 */
import { escapeHtml } from './html-escape.js';
import { binLabel, type DayBin } from './timeliness-report-bins.js';
import type { RuleTimeliness } from './timeliness-report-types.js';

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 44;
const RIGHT = 12;
const TOP = 34;
const BOTTOM = 46;
const PLOT_WIDTH = WIDTH - LEFT - RIGHT;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
const LABEL_SPACE = 52;

function figure(caption: string, content: string): string {
  const label = escapeHtml(caption);
  return (
    `<figure><svg role="img" aria-label="${label}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}">` +
    `<title>${label}</title>${content}</svg><figcaption>${label}</figcaption></figure>`
  );
}

function axis(max: number): string {
  const base = TOP + PLOT_HEIGHT;
  return (
    `<line x1="${LEFT}" y1="${base}" x2="${WIDTH - RIGHT}" y2="${base}" stroke="#5f6368" stroke-width="1"></line>` +
    `<text x="${LEFT - 6}" y="${base}" text-anchor="end">0</text>` +
    `<text x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end">${max}</text>`
  );
}

/** Every how many columns a label fits under the axis. */
function labelStep(columns: number): number {
  return Math.max(1, Math.ceil((columns * LABEL_SPACE) / PLOT_WIDTH));
}

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function svgDaysChart(rule: RuleTimeliness, bins: readonly DayBin[]): string {
  const caption = `${rule.rule}: working days taken to meet it, against the timescale (${rule.within})`;
  if (bins.length === 0) return figure(caption, '');
  const max = Math.max(1, ...bins.map((bin) => bin.count));
  const column = PLOT_WIDTH / bins.length;
  const step = labelStep(bins.length);
  const base = TOP + PLOT_HEIGHT;
  const parts: string[] = [axis(max)];
  bins.forEach((bin, index) => {
    const x = LEFT + index * column;
    const height = (bin.count / max) * PLOT_HEIGHT;
    const tone = bin.withinTimescale === undefined ? '' : bin.withinTimescale ? ' tone-good' : ' tone-bad';
    parts.push(`<rect class="bar${tone}" x="${round(x + 1)}" y="${round(base - height)}" width="${round(Math.max(1, column - 2))}" height="${round(height)}"></rect>`);
    if (bin.count > 0) parts.push(`<text x="${round(x + column / 2)}" y="${round(base - height - 4)}" text-anchor="middle">${bin.count}</text>`);
    if (index % step === 0) parts.push(`<text x="${round(x + column / 2)}" y="${base + 16}" text-anchor="middle">${escapeHtml(binLabel(bin))}</text>`);
  });
  const beyond = bins.findIndex((bin) => bin.withinTimescale === false);
  const allowedKnown = bins.some((bin) => bin.withinTimescale !== undefined);
  if (allowedKnown) {
    const x = round(LEFT + (beyond === -1 ? bins.length : beyond) * column);
    // A timescale in months or days allows a number of working days that the label says; one in
    // working days says it already.
    const allowed = rule.allowedWorkingDays;
    const due = allowed === null || /working days?$/.test(rule.within) ? '' : ` (about ${round(allowed)} working day${allowed === 1 ? '' : 's'})`;
    parts.push(
      `<line x1="${x}" y1="${TOP - 8}" x2="${x}" y2="${base}" stroke="#1b1b1b" stroke-width="2" stroke-dasharray="5 4"></line>` +
        `<text x="${x}" y="${TOP - 14}" text-anchor="middle">${escapeHtml(`due: ${rule.within}${due}`)}</text>`,
    );
  }
  parts.push(`<text x="${LEFT + PLOT_WIDTH / 2}" y="${HEIGHT - 6}" text-anchor="middle">working days from the start</text>`);
  return figure(caption, parts.join(''));
}

const MONTH_PARTS = [
  { key: 'met', label: 'met on time', tone: ' tone-good' },
  { key: 'late', label: 'late', tone: ' tone-looser' },
  { key: 'open', label: 'still open', tone: '' },
  { key: 'overdue', label: 'overdue', tone: ' tone-bad' },
] as const;

export function svgMonthChart(rule: RuleTimeliness): string {
  const caption = `${rule.rule}: obligations by the month they fell due`;
  const months = rule.byMonth;
  if (months.length === 0) return figure(caption, '');
  const max = Math.max(1, ...months.map((month) => month.due));
  const column = PLOT_WIDTH / months.length;
  const step = labelStep(months.length);
  const base = TOP + PLOT_HEIGHT;
  const parts: string[] = [axis(max)];
  MONTH_PARTS.forEach((part, index) => {
    const x = LEFT + index * 150;
    parts.push(`<rect class="bar${part.tone}" x="${x}" y="6" width="12" height="12"></rect><text x="${x + 16}" y="17">${escapeHtml(part.label)}</text>`);
  });
  months.forEach((month, index) => {
    const x = LEFT + index * column;
    let top = base;
    for (const part of MONTH_PARTS) {
      const count = month[part.key];
      if (count === 0) continue;
      const height = (count / max) * PLOT_HEIGHT;
      top -= height;
      parts.push(`<rect class="bar${part.tone}" x="${round(x + 2)}" y="${round(top)}" width="${round(Math.max(1, column - 4))}" height="${round(height)}"></rect>`);
    }
    if (month.due > 0) parts.push(`<text x="${round(x + column / 2)}" y="${round(top - 4)}" text-anchor="middle">${month.due}</text>`);
    if (index % step === 0) parts.push(`<text x="${round(x + column / 2)}" y="${base + 16}" text-anchor="middle">${escapeHtml(month.month)}</text>`);
  });
  parts.push(`<text x="${LEFT + PLOT_WIDTH / 2}" y="${HEIGHT - 6}" text-anchor="middle">month the obligation fell due</text>`);
  return figure(caption, parts.join(''));
}
