/** Draws the timeline of the selected case into the page. */
import type { WorkingCalendar } from '@wt/engine';
import { clear, h } from './dom.js';
import type { CaseOutcome } from './evaluate-caseload.js';
import { svgToDom } from './svg-node.js';
import { timelineSvg } from './timeline-svg.js';

export function renderTimeline(container: HTMLElement, outcome: CaseOutcome | undefined, asOf: string, calendar: WorkingCalendar | undefined): void {
  clear(container);
  if (outcome?.result === undefined) return;
  const tree = timelineSvg({
    caseId: outcome.caseId,
    obligations: outcome.result.obligations,
    asOf,
    width: Math.max(560, Math.floor(container.clientWidth || 880)),
    ...(calendar === undefined ? {} : { nonWorkingDays: (from: number, to: number) => calendar.nonWorkingDaysBetween(from, to) }),
  });
  container.append(
    h('figure', { class: 'timeline-figure' }, [
      svgToDom(tree, document),
      h('figcaption', { class: 'muted', text: 'Bars run from each obligation’s start to its due date; ◇ marks when it was done; grey columns are weekends, orange ones bank holidays and closure days; the dashed line is the as-of date.' }),
    ]),
  );
}
