/** Draws the timeline of the selected case into the page. */
import type { WorkingCalendar } from '@wt/engine';
import { clear, h } from './dom.js';
import type { CaseOutcome } from './evaluate-caseload.js';
import { svgToDom } from './svg-node.js';
import { timelineSvg } from './timeline-svg.js';

/**
 * The container's width, kept up to date by a ResizeObserver: reading `clientWidth` after the results
 * were redrawn would force the browser to lay the whole page out there and then, on every keystroke.
 */
const widths = new WeakMap<HTMLElement, number>();
const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver((entries) => {
  for (const entry of entries) widths.set(entry.target as HTMLElement, (entry.target as HTMLElement).clientWidth);
});

function widthOf(container: HTMLElement): number {
  let width = widths.get(container);
  if (width === undefined) {
    width = container.clientWidth;
    widths.set(container, width);
    observer?.observe(container);
  }
  return width;
}

export function renderTimeline(container: HTMLElement, outcome: CaseOutcome | undefined, asOf: string, calendar: WorkingCalendar | undefined): void {
  const width = widthOf(container);
  clear(container);
  if (outcome?.result === undefined) return;
  const tree = timelineSvg({
    caseId: outcome.caseId,
    obligations: outcome.result.obligations,
    asOf,
    width: Math.max(560, Math.floor(width || 880)),
    ...(calendar === undefined ? {} : { nonWorkingDays: (from: number, to: number) => calendar.nonWorkingDaysBetween(from, to) }),
  });
  container.append(
    h('figure', { class: 'timeline-figure' }, [
      svgToDom(tree, document),
      h('figcaption', { class: 'muted', text: 'Bars run from each obligation’s start to its due date; ◇ marks when it was done; grey columns are weekends, orange ones bank holidays and closure days; the dashed line is the as-of date.' }),
    ]),
  );
}
