/** The timeliness report written out: terminal text, Markdown, a self-contained HTML page, JSON and CSV. */
import { renderBlocksHtml } from './render-html.js';
import { htmlPage } from './render-html-page.js';
import { renderBlocksMarkdown } from './render-markdown.js';
import { renderBlocksText, type TextOptions } from './render-text.js';
import { dayBins } from './timeliness-report-bins.js';
import { daysText, partsAsBlocks, timelinessParts } from './timeliness-report-blocks.js';
import { svgDaysChart, svgMonthChart } from './timeliness-report-svg.js';
import type { TimelinessReport } from './timeliness-report-types.js';

export function renderTimelinessText(report: TimelinessReport, options: TextOptions = {}): string {
  return renderBlocksText(partsAsBlocks(timelinessParts(report)), options);
}

export function renderTimelinessMarkdown(report: TimelinessReport): string {
  return renderBlocksMarkdown(partsAsBlocks(timelinessParts(report)));
}

/** A page with no script and no external request; its charts are inline SVG, every string escaped. */
export function renderTimelinessHtml(report: TimelinessReport): string {
  const body = timelinessParts(report)
    .map((part) => {
      if (part.kind === 'days-chart') return svgDaysChart(part.rule, dayBins(part.rule.daysTaken.distribution, part.rule.allowedWorkingDays));
      if (part.kind === 'month-chart') return svgMonthChart(part.rule) + renderBlocksHtml(partsAsBlocks([part]));
      return renderBlocksHtml([part]);
    })
    .join('\n');
  return htmlPage({
    title: `Timeliness report: ${report.policy.id}, ${report.period.from} to ${report.period.to}`,
    body,
    footer: `Policy ${report.policy.id} ${report.policy.version} (${report.policy.hash}), as of ${report.asOf}.`,
  });
}

export function renderTimelinessJson(report: TimelinessReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A CSV cell (RFC 4180); a cell that a spreadsheet would read as a formula is prefixed with `'`. */
function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEAD = [
  'policy',
  'policy_version',
  'policy_hash',
  'as_of',
  'period_from',
  'period_to',
  'rule',
  'measured',
  'month',
  'due',
  'met',
  'late',
  'open',
  'overdue',
  'cancelled',
  'on_time_percent',
  'median_working_days_taken',
  'allowed_working_days',
];

/** One row per rule (`month` = `all`), then one per rule and month; every row carries the policy hash. */
export function renderTimelinessCsv(report: TimelinessReport): string {
  const { policy, asOf, period } = report;
  const lead = [policy.id, policy.version, policy.hash, asOf, period.from, period.to];
  const rows: (string | number | boolean | null)[][] = [];
  for (const rule of report.rules) {
    const rate = rule.onTimeRate === null ? null : Math.round(rule.onTimeRate * 1000) / 10;
    rows.push([...lead, rule.rule, rule.measured, 'all', rule.due, rule.met, rule.late, rule.open, rule.overdue, rule.cancelled, rate, daysTextOrNull(rule.daysTaken.median), daysTextOrNull(rule.allowedWorkingDays)]);
  }
  for (const rule of report.rules) {
    for (const month of rule.byMonth) {
      const rate = month.due === 0 ? null : Math.round((month.met / month.due) * 1000) / 10;
      rows.push([...lead, rule.rule, rule.measured, month.month, month.due, month.met, month.late, month.open, month.overdue, null, rate, null, null]);
    }
  }
  return [CSV_HEAD.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\n') + '\n';
}

function daysTextOrNull(days: number | null): string | null {
  return days === null ? null : daysText(days);
}
