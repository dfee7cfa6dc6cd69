/**
 * The timeline of one case, drawn as SVG: each obligation a bar from its start to its due date,
 * coloured by status, its completion marked; weekends, bank holidays and closure days shaded; the
 * as-of date a line. A pure function of its input (no DOM), so it is tested without a browser.
 */
import { civilFromDay, dayFromCivil, formatIsoDate, parseIsoDate, type DayNumber, type NonWorkingDay, type ObligationResult, type ObligationStatus } from '@wt/engine';
import { svg, type SvgNode } from './svg-node.js';

export interface TimelineInput {
  caseId: string;
  obligations: readonly ObligationResult[];
  asOf: string;
  /** The calendar's weekends, holidays and closures in (from, to]; omit for no shading. */
  nonWorkingDays?: (from: DayNumber, to: DayNumber) => NonWorkingDay[];
  width?: number;
}

export const STATUS_COLOURS: Readonly<Record<ObligationStatus, string>> = {
  met: '#1b7a3a',
  late: '#a84f00',
  open: '#1f5fbf',
  'due-soon': '#7a5a00',
  overdue: '#c0262d',
  cancelled: '#6b6b6b',
};

const LABEL_WIDTH = 230;
const RIGHT_PAD = 16;
const AXIS_HEIGHT = 28;
const ROW_HEIGHT = 36;
const BAR_HEIGHT = 14;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Scale {
  from: DayNumber;
  to: DayNumber;
  dayWidth: number;
  x(day: DayNumber): number;
}

function makeScale(from: DayNumber, to: DayNumber, width: number): Scale {
  const dayWidth = (width - LABEL_WIDTH - RIGHT_PAD) / (to - from + 1);
  return { from, to, dayWidth, x: (day) => round(LABEL_WIDTH + (day - from) * dayWidth) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The days the timeline covers: two days either side of every start, due, completion and the as-of date. */
export function timelineRange(obligations: readonly ObligationResult[], asOf: DayNumber): { from: DayNumber; to: DayNumber } {
  let from = asOf;
  let to = asOf;
  for (const obligation of obligations) {
    for (const date of [obligation.start, obligation.due, obligation.completed]) {
      const day = date === null ? undefined : parseIsoDate(date);
      if (day === undefined) continue;
      from = Math.min(from, day);
      to = Math.max(to, day);
    }
  }
  return { from: from - 2, to: to + 2 };
}

export function timelineSvg(input: TimelineInput): SvgNode {
  const width = input.width ?? 880;
  const asOf = parseIsoDate(input.asOf);
  const rows = input.obligations;
  const height = AXIS_HEIGHT + Math.max(rows.length, 1) * ROW_HEIGHT + 20;
  const root = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': `Timeline of case ${input.caseId}: ${rows.length} obligation${rows.length === 1 ? '' : 's'} as of ${input.asOf}`,
    class: 'timeline',
  });
  if (asOf === undefined || rows.length === 0) {
    root.children.push(svg('text', { x: 8, y: AXIS_HEIGHT + 20, class: 'timeline-empty' }, [asOf === undefined ? 'Choose an as-of date' : 'No obligations for this case']));
    return root;
  }
  const range = timelineRange(rows, asOf);
  const scale = makeScale(range.from, range.to, width);
  const chartBottom = AXIS_HEIGHT + rows.length * ROW_HEIGHT;
  root.children.push(shading(scale, chartBottom, input.nonWorkingDays), axis(scale, chartBottom));
  rows.forEach((obligation, index) => root.children.push(obligationRow(obligation, index, scale, asOf)));
  root.children.push(asOfLine(scale, asOf, input.asOf, chartBottom, width));
  return root;
}

function shading(scale: Scale, bottom: number, nonWorkingDays: TimelineInput['nonWorkingDays']): SvgNode {
  const group = svg('g', { class: 'timeline-shading' });
  if (nonWorkingDays === undefined) return group;
  for (const day of nonWorkingDays(scale.from - 1, scale.to)) {
    if (day.reason === 'weekend' && scale.dayWidth < 1.5) continue;
    const attrs = {
      x: scale.x(day.day),
      y: AXIS_HEIGHT,
      width: round(scale.dayWidth),
      height: bottom - AXIS_HEIGHT,
      fill: day.reason === 'weekend' ? '#eceef2' : '#fbd9b5',
      'data-day': formatIsoDate(day.day),
      'data-reason': day.reason,
    };
    const title = day.name === undefined ? [] : [svg('title', {}, [`${formatIsoDate(day.day)}: ${day.name}`])];
    group.children.push(svg('rect', attrs, title));
  }
  return group;
}

function monthStep(scale: Scale): number {
  const months = (scale.to - scale.from) / 30.4;
  return [1, 2, 3, 6, 12].find((step) => months / step <= 8) ?? 24;
}

function axis(scale: Scale, bottom: number): SvgNode {
  const group = svg('g', { class: 'timeline-axis' });
  const step = monthStep(scale);
  const first = civilFromDay(scale.from);
  let year = first.year;
  let month = first.month;
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    const day = dayFromCivil(year, month, 1);
    if (day > scale.to) break;
    if ((month - 1) % step !== 0) continue;
    const x = scale.x(day);
    group.children.push(
      svg('line', { x1: x, x2: x, y1: AXIS_HEIGHT - 6, y2: bottom, stroke: '#9aa0a6', 'stroke-width': 1 }),
      svg('text', { x: x + 3, y: AXIS_HEIGHT - 10, 'font-size': 11, fill: '#3c4043' }, [`${MONTHS[month - 1]} ${year}`]),
    );
  }
  return group;
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}

function obligationRow(obligation: ObligationResult, index: number, scale: Scale, asOf: DayNumber): SvgNode {
  const top = AXIS_HEIGHT + index * ROW_HEIGHT;
  const barY = top + (ROW_HEIGHT - BAR_HEIGHT) / 2 + 4;
  const colour = STATUS_COLOURS[obligation.status];
  const start = parseIsoDate(obligation.start) ?? asOf;
  const due = obligation.due === null ? undefined : parseIsoDate(obligation.due);
  const end = due ?? Math.max(asOf, start);
  const title = obligation.title || obligation.rule;
  const summary = `${title}: ${obligation.status}; starts ${obligation.start}, due ${obligation.due ?? 'not set'}${obligation.completed === null ? '' : `, done ${obligation.completed}`}`;
  const row = svg('g', { class: 'timeline-row', 'data-rule': obligation.rule, 'data-status': obligation.status }, [svg('title', {}, [summary])]);
  row.children.push(
    svg('text', { x: 6, y: top + 15, 'font-size': 12, fill: '#202124' }, [shorten(title, 34)]),
    svg('text', { x: 6, y: top + 29, 'font-size': 10.5, fill: colour }, [`${obligation.status} · due ${obligation.due ?? '—'}`]),
  );
  const bar: Record<string, string | number> = {
    x: scale.x(start),
    y: barY,
    width: Math.max(round(scale.x(end + 1) - scale.x(start)), 2),
    height: BAR_HEIGHT,
    rx: 3,
    fill: colour,
    'fill-opacity': obligation.status === 'cancelled' ? 0.35 : 0.85,
    'data-start': obligation.start,
    'data-due': obligation.due ?? '',
    class: 'timeline-bar',
  };
  if (due === undefined) Object.assign(bar, { 'stroke-dasharray': '4 2', stroke: colour, 'fill-opacity': 0.2 });
  row.children.push(svg('rect', bar));
  const completed = obligation.completed === null ? undefined : parseIsoDate(obligation.completed);
  if (completed !== undefined) {
    const cx = round(scale.x(completed) + scale.dayWidth / 2);
    const cy = barY + BAR_HEIGHT / 2;
    row.children.push(
      svg('path', {
        d: `M ${cx} ${cy - 8} L ${cx + 7} ${cy} L ${cx} ${cy + 8} L ${cx - 7} ${cy} Z`,
        fill: '#ffffff',
        stroke: '#202124',
        'stroke-width': 1.5,
        class: 'timeline-completed',
        'data-completed': obligation.completed ?? '',
      }),
    );
  }
  return row;
}

function asOfLine(scale: Scale, asOf: DayNumber, label: string, bottom: number, width: number): SvgNode {
  const x = round(scale.x(asOf) + scale.dayWidth / 2);
  const nearRightEdge = x > width - 110;
  return svg('g', { class: 'timeline-as-of', 'data-as-of': label }, [
    svg('line', { x1: x, x2: x, y1: AXIS_HEIGHT - 4, y2: bottom, stroke: '#202124', 'stroke-width': 1.5, 'stroke-dasharray': '5 3' }),
    svg('text', { x: nearRightEdge ? x - 4 : x + 4, y: bottom + 14, 'font-size': 11, fill: '#202124', 'text-anchor': nearRightEdge ? 'end' : 'start' }, [`as of ${label}`]),
  ]);
}
