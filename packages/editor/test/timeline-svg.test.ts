import { describe, expect, it } from 'vitest';
import { parseIsoDate, type NonWorkingDay, type ObligationResult } from '@wt/engine';
import { svgText, svgToString, walkSvg, type SvgNode } from '../src/svg-node.js';
import { STATUS_COLOURS, timelineRange, timelineSvg } from '../src/timeline-svg.js';

function obligation(fields: Partial<ObligationResult> & Pick<ObligationResult, 'rule' | 'start' | 'due' | 'status'>): ObligationResult {
  return {
    kind: 'timescale',
    title: fields.rule,
    completed: null,
    lateBy: null,
    overdueBy: null,
    provisional: false,
    version: 'test',
    statutory: true,
    explanation: [],
    ...fields,
  };
}

function find(tree: SvgNode, predicate: (node: SvgNode) => boolean): SvgNode[] {
  return [...walkSvg(tree)].filter(predicate);
}

const day = (iso: string) => parseIsoDate(iso)!;

// Weekends of May 2024 and the early May bank holiday, as a calendar reports them.
function mayCalendar(from: number, to: number): NonWorkingDay[] {
  const days: NonWorkingDay[] = [];
  for (let d = from + 1; d <= to; d++) {
    const weekday = (((d + 3) % 7) + 7) % 7; // 0 = Monday
    if (weekday >= 5) days.push({ day: d, reason: 'weekend' });
    else if (d === day('2024-05-06')) days.push({ day: d, reason: 'holiday', name: 'Early May bank holiday' });
  }
  return days;
}

describe('timelineSvg', () => {
  // Referral Thu 2024-05-02; "within 1 working day" → Fri 2024-05-03; done on the Friday: met.
  // Assessment from the same day, due Wed 2024-05-08 in this example, not done; as of Fri 2024-05-10 it is overdue.
  const obligations = [
    obligation({ rule: 'referral-decision', start: '2024-05-02', due: '2024-05-03', completed: '2024-05-03', status: 'met' }),
    obligation({ rule: 'assessment', start: '2024-05-02', due: '2024-05-08', status: 'overdue', overdueBy: 2 }),
  ];
  const tree = timelineSvg({ caseId: 'C-1', obligations, asOf: '2024-05-10', nonWorkingDays: mayCalendar, width: 880 });

  it('covers two days either side of every date it shows', () => {
    // Earliest date 05-02, latest 05-10 (the as-of date).
    expect(timelineRange(obligations, day('2024-05-10'))).toEqual({ from: day('2024-04-30'), to: day('2024-05-12') });
  });

  it('draws each obligation as a bar from its start to the end of its due day, coloured by status', () => {
    const bars = find(tree, (node) => node.attrs['class'] === 'timeline-bar');
    expect(bars.map((bar) => [bar.attrs['data-start'], bar.attrs['data-due'], bar.attrs['fill']])).toEqual([
      ['2024-05-02', '2024-05-03', STATUS_COLOURS.met],
      ['2024-05-02', '2024-05-08', STATUS_COLOURS.overdue],
    ]);
    // 13 days (04-30 … 05-12) share 880 − 230 − 16 = 634 px: 48.769… px a day.
    // The decision bar covers 05-02 and 05-03, two days: 97.54 px; the assessment 05-02 … 05-08, seven days: 341.38 px.
    const perDay = 634 / 13;
    expect(Number(bars[0]!.attrs['x'])).toBeCloseTo(230 + 2 * perDay, 1);
    expect(Number(bars[0]!.attrs['width'])).toBeCloseTo(2 * perDay, 1);
    expect(Number(bars[1]!.attrs['width'])).toBeCloseTo(7 * perDay, 1);
  });

  it('marks a completion in the middle of its day, and only for obligations that were done', () => {
    const marks = find(tree, (node) => node.attrs['class'] === 'timeline-completed');
    expect(marks.map((mark) => mark.attrs['data-completed'])).toEqual(['2024-05-03']);
    const perDay = 634 / 13;
    const x = 230 + 3 * perDay + perDay / 2; // 05-03 is the fourth day from 04-30
    expect(String(marks[0]!.attrs['d'])).toMatch(new RegExp(`^M ${Math.round(x * 100) / 100} `));
  });

  it('shades the weekends and the bank holiday, naming the holiday', () => {
    const shaded = find(tree, (node) => node.tag === 'rect' && node.attrs['data-reason'] !== undefined);
    // In 04-30 … 05-12: Sat 05-04, Sun 05-05, Mon 05-06 (bank holiday), Sat 05-11, Sun 05-12.
    expect(shaded.map((rect) => `${rect.attrs['data-day']} ${rect.attrs['data-reason']}`)).toEqual([
      '2024-05-04 weekend',
      '2024-05-05 weekend',
      '2024-05-06 holiday',
      '2024-05-11 weekend',
      '2024-05-12 weekend',
    ]);
    expect(svgText(shaded[2]!)).toBe('2024-05-06: Early May bank holiday');
  });

  it('draws the as-of date as a line in the middle of its day', () => {
    const [asOf] = find(tree, (node) => node.attrs['class'] === 'timeline-as-of');
    expect(asOf?.attrs['data-as-of']).toBe('2024-05-10');
    const line = asOf!.children.find((child) => typeof child !== 'string' && child.tag === 'line') as SvgNode;
    const perDay = 634 / 13;
    expect(Number(line.attrs['x1'])).toBeCloseTo(230 + 10 * perDay + perDay / 2, 1); // 05-10 is day 10 from 04-30
  });

  it('escapes text from policies and cases when written out', () => {
    const hostile = timelineSvg({
      caseId: '<img src=x onerror=alert(1)>',
      obligations: [obligation({ rule: 'r', title: '<script>alert(1)</script>', start: '2024-05-02', due: '2024-05-03', status: 'open' })],
      asOf: '2024-05-02',
    });
    const text = svgToString(hostile);
    expect(text).not.toContain('<script>');
    expect(text).not.toContain('<img');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('says so when a case has no obligations', () => {
    const empty = timelineSvg({ caseId: 'C-2', obligations: [], asOf: '2024-05-10' });
    expect(svgText(empty)).toBe('No obligations for this case');
  });
});
