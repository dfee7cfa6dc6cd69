import { describe, expect, it } from 'vitest';
import { PAGE_CONTENT_SECURITY_POLICY } from '../src/render-html-page.js';
import { dayBins } from '../src/timeliness-report-bins.js';
import {
  renderTimelinessCsv,
  renderTimelinessHtml,
  renderTimelinessJson,
  renderTimelinessMarkdown,
  renderTimelinessText,
} from '../src/timeliness-report-render.js';
import type { RuleTimeliness, TimelinessReport } from '../src/timeliness-report-types.js';

const HOSTILE = '<script>alert("x")</script>';

function rule(more: Partial<RuleTimeliness>): RuleTimeliness {
  return {
    rule: 'assessment',
    title: 'Complete the assessment',
    kind: 'timescale',
    statutory: true,
    within: '45 working days',
    measured: true,
    notRecorded: [],
    due: 3,
    met: 1,
    late: 1,
    open: 0,
    overdue: 1,
    cancelled: 2,
    onTimeRate: 1 / 3,
    daysTaken: { median: 33.5, distribution: [{ days: 20, count: 1 }, { days: 47, count: 1 }] },
    allowedWorkingDays: 45,
    byMonth: [
      { month: '2024-06', due: 0, met: 0, late: 0, open: 0, overdue: 0 },
      { month: '2024-07', due: 3, met: 1, late: 1, open: 0, overdue: 1 },
    ],
    worst: [{ case: `C-1${HOSTILE}`, start: '2024-05-02', due: '2024-07-08', completed: null, status: 'overdue', workingDaysPastDue: 9 }],
    ...more,
  };
}

const report: TimelinessReport = {
  report: 'timeliness',
  policy: { id: 'northmere', version: '2024', hash: 'sha256:0123456789abcdef' },
  asOf: '2024-07-31',
  period: { from: '2024-06-01', to: '2024-07-31' },
  cases: 5,
  rules: [
    rule({ title: `Assess ${HOSTILE} | now` }),
    rule({ rule: 'referral-decision', title: 'Decide', measured: false, notRecorded: ['decision'], due: 4, overdue: 4, met: 0, late: 0, worst: [] }),
  ],
};

describe('timeliness report renderers', () => {
  it('write the policy hash in every format', () => {
    for (const text of [renderTimelinessText(report), renderTimelinessMarkdown(report), renderTimelinessHtml(report), renderTimelinessJson(report)]) {
      expect(text).toContain('sha256:0123456789abcdef');
    }
    const rows = renderTimelinessCsv(report).trimEnd().split('\n');
    // A header, one row per rule, and one per rule and month (2 rules × 2 months).
    expect(rows).toHaveLength(1 + 2 + 4);
    for (const row of rows.slice(1)) expect(row).toContain('sha256:0123456789abcdef');
    expect(rows[1]).toBe('northmere,2024,sha256:0123456789abcdef,2024-07-31,2024-06-01,2024-07-31,assessment,true,all,3,1,1,0,1,2,33.3,33.5,45');
  });

  it('make one self-contained HTML page: strict CSP, no script, every string escaped, two charts', () => {
    const html = renderTimelinessHtml(report);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_CONTENT_SECURITY_POLICY}">`);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html.match(/<svg /g)).toHaveLength(2);
    // The days chart marks the timescale: a dashed line labelled with the due date rule.
    expect(html).toContain('>due: 45 working days</text>');
    const months = renderTimelinessHtml({ ...report, rules: [rule({ within: '3 months', allowedWorkingDays: 64 })] });
    expect(months).toContain('>due: 3 months (about 64 working days)</text>');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('keep Markdown table cells intact', () => {
    const markdown = renderTimelinessMarkdown(report);
    expect(markdown).toContain('Assess &lt;script&gt;alert("x")&lt;/script&gt; \\| now');
    expect(markdown).toContain('| *assessment* | 45 working days | 3 | 1 | **1** | 0 | **1** | 33% | 33.5 |');
  });

  it('list rules the data does not measure apart, with the events no case records', () => {
    const text = renderTimelinessText(report);
    expect(text).toContain('Not measured by this data');
    expect(text).toContain('referral-decision (Decide): no case records decision; 4 due in the period, 4 of them overdue');
    expect(text.split('Summary')[1]!.split('Not measured')[0]).not.toContain('referral-decision  ');
  });

  it('round-trip as JSON', () => {
    expect(JSON.parse(renderTimelinessJson(report))).toEqual(report);
  });

  it('prefix CSV cells a spreadsheet would take for formulas', () => {
    const csv = renderTimelinessCsv({ ...report, rules: [rule({ rule: '=cmd', byMonth: [] })] });
    expect(csv.split('\n')[1]).toContain(",'=cmd,");
  });
});

describe('dayBins', () => {
  it('ends a run of bins exactly at the days allowed', () => {
    // 45 allowed, 47 the most taken: width 2 (48 values / 24 bins), 0–1 … 44–45 on time, then 46–47.
    const bins = dayBins([{ days: 20, count: 1 }, { days: 47, count: 1 }], 45);
    expect(bins.filter((bin) => bin.withinTimescale).at(-1)).toMatchObject({ from: 44, to: 45 });
    expect(bins.filter((bin) => bin.withinTimescale === false)).toEqual([{ from: 46, to: 47, count: 1, withinTimescale: false }]);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(2);
  });

  it('uses bins of one day for short timescales', () => {
    expect(dayBins([{ days: 0, count: 3 }, { days: 2, count: 1 }], 1)).toEqual([
      { from: 0, to: 0, count: 3, withinTimescale: true },
      { from: 1, to: 1, count: 0, withinTimescale: true },
      { from: 2, to: 2, count: 1, withinTimescale: false },
    ]);
  });
});
