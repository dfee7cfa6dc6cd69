/**
 * The timeliness report as a document: the blocks the terminal, Markdown and HTML renderers share,
 * with the two charts as parts of their own (bars in text, SVG in HTML).
 */
import { tone, type Block, type Line } from './render-blocks.js';
import { binLabel, dayBins } from './timeliness-report-bins.js';
import type { RuleTimeliness, TimelinessReport } from './timeliness-report-types.js';

export type ReportPart = Block | { kind: 'days-chart'; rule: RuleTimeliness } | { kind: 'month-chart'; rule: RuleTimeliness };

export function percent(rate: number | null): string {
  if (rate === null) return '–';
  const value = rate * 100;
  if (value > 0 && value < 1) return '<1%';
  if (value < 100 && value > 99) return '>99%';
  return `${Math.round(value)}%`;
}

export function daysText(days: number | null): string {
  return days === null ? '–' : String(Math.round(days * 10) / 10);
}

function summaryRow(rule: RuleTimeliness): Line[] {
  return [
    [tone(rule.rule, 'code')],
    [rule.within],
    [String(rule.due)],
    [String(rule.met)],
    [rule.late > 0 ? tone(String(rule.late), 'looser') : '0'],
    [String(rule.open)],
    [rule.overdue > 0 ? tone(String(rule.overdue), 'bad') : '0'],
    [percent(rule.onTimeRate)],
    [daysText(rule.daysTaken.median)],
  ];
}

const SUMMARY_HEAD = ['Rule', 'Timescale', 'Due', 'On time', 'Late', 'Open', 'Overdue', 'On time %', 'Median days taken'];

function ruleSection(rule: RuleTimeliness): ReportPart[] {
  const parts: ReportPart[] = [
    { kind: 'heading', level: 2, text: [tone(rule.rule, 'code'), ` — ${rule.title}`] },
    {
      kind: 'paragraph',
      text: [
        `${rule.due} due in the period (${rule.within}${rule.statutory ? ', statutory' : ''}): `,
        tone(`${rule.met} met on time (${percent(rule.onTimeRate)})`, 'good'),
        `, ${rule.late} late, ${rule.open} still open, `,
        tone(`${rule.overdue} overdue`, rule.overdue > 0 ? 'bad' : 'muted'),
        `.${rule.cancelled > 0 ? ` ${rule.cancelled} more were cancelled before their due date (not counted).` : ''} Median working days taken: ${daysText(rule.daysTaken.median)}` +
          (rule.allowedWorkingDays === null ? '.' : ` (allowed: ${daysText(rule.allowedWorkingDays)}).`),
      ],
    },
  ];
  if (rule.met + rule.late > 0) parts.push({ kind: 'days-chart', rule });
  parts.push({ kind: 'month-chart', rule });
  if (rule.worst.length > 0) {
    parts.push(
      { kind: 'heading', level: 3, text: ['Furthest past the due date'] },
      {
        kind: 'table',
        head: ['Case', 'Start', 'Due', 'Completed', 'Status', 'Working days past due'],
        rows: rule.worst.map((entry) => [
          [tone(entry.case, 'code')],
          [entry.start],
          [entry.due],
          [entry.completed ?? '–'],
          [tone(entry.status, entry.status === 'late' ? 'looser' : 'bad')],
          [String(entry.workingDaysPastDue)],
        ]),
      },
    );
  }
  return parts;
}

export function timelinessParts(report: TimelinessReport): ReportPart[] {
  const measured = report.rules.filter((rule) => rule.measured);
  const unmeasured = report.rules.filter((rule) => !rule.measured);
  const parts: ReportPart[] = [
    { kind: 'title', text: ['Timeliness report'] },
    {
      kind: 'pairs',
      pairs: [
        ['Policy', [tone(report.policy.id, 'code'), report.policy.version === '' ? '' : ` version ${report.policy.version}`]],
        ['Policy hash', [tone(report.policy.hash, 'code')]],
        ['Period', [`${report.period.from} to ${report.period.to}`]],
        ['As of', [report.asOf]],
        ['Cases', [String(report.cases)]],
      ],
    },
    {
      kind: 'paragraph',
      text: [
        'An obligation counts in the period when its due date falls in it. Met on time: done on or before the due date; ' +
          'late: done after it; still open: not done and not yet due on the as-of date; overdue: not done and past due. ' +
          'Working days are counted from the day after the start.',
      ],
    },
    { kind: 'heading', level: 2, text: ['Summary'] },
    measured.length === 0
      ? { kind: 'paragraph', text: ['No rule of the policy is measured by this data.'] }
      : { kind: 'table', head: SUMMARY_HEAD, rows: measured.map(summaryRow) },
  ];
  for (const rule of measured) if (rule.due > 0) parts.push(...ruleSection(rule));
  if (unmeasured.length > 0) {
    parts.push(
      { kind: 'heading', level: 2, text: ['Not measured by this data'] },
      {
        kind: 'paragraph',
        text: ['No case records the events these rules start or end with, so their figures would measure what the data leaves out, not the practice.'],
      },
      {
        kind: 'list',
        items: unmeasured.map((rule): Line => [
          tone(rule.rule, 'code'),
          ` (${rule.title}): no case records `,
          ...rule.notRecorded.flatMap((type, index) => (index === 0 ? [tone(type, 'code')] : [' or ', tone(type, 'code')])),
          `; ${rule.due} due in the period, ${rule.overdue} of them overdue`,
        ]),
      },
    );
  }
  return parts;
}

/** The parts as plain blocks: the days chart as bars (empty bins left out), the month chart as a table. */
export function partsAsBlocks(parts: readonly ReportPart[]): Block[] {
  return parts.map((part): Block => {
    if (part.kind === 'days-chart') {
      const bins = dayBins(part.rule.daysTaken.distribution, part.rule.allowedWorkingDays);
      return {
        kind: 'bars',
        caption: `Working days taken (due within ${part.rule.within}; bars past the timescale marked late)`,
        bars: bins.filter((bin) => bin.count > 0).map((bin) => ({
          label: binLabel(bin),
          value: bin.count,
          ...(bin.withinTimescale === undefined ? {} : { tone: bin.withinTimescale ? ('good' as const) : ('bad' as const) }),
        })),
      };
    }
    if (part.kind === 'month-chart') {
      return {
        kind: 'table',
        head: ['Month due', 'Due', 'Met on time', 'Late', 'Still open', 'Overdue'],
        rows: part.rule.byMonth.map((month) => [[month.month], [String(month.due)], [String(month.met)], [String(month.late)], [String(month.open)], [String(month.overdue)]]),
      };
    }
    return part;
  });
}
