/** The caseload summary: how many obligations each rule has in each status, over every case. */
import type { ObligationStatus } from '@wt/engine';
import { clear, h } from './dom.js';
import type { CaseloadOutcome } from './evaluate-caseload.js';

export const STATUSES: readonly ObligationStatus[] = ['met', 'late', 'open', 'due-soon', 'overdue', 'cancelled'];

export interface RuleCounts {
  rule: string;
  title: string;
  counts: Record<ObligationStatus, number>;
}

export function countByRule(caseload: CaseloadOutcome): { rules: RuleCounts[]; notEvaluated: number } {
  const byRule = new Map<string, RuleCounts>();
  let notEvaluated = 0;
  for (const outcome of caseload.outcomes) {
    if (outcome.result === undefined) {
      notEvaluated++;
      continue;
    }
    for (const obligation of outcome.result.obligations) {
      let entry = byRule.get(obligation.rule);
      if (entry === undefined) {
        entry = { rule: obligation.rule, title: obligation.title, counts: { met: 0, late: 0, open: 0, 'due-soon': 0, overdue: 0, cancelled: 0 } };
        byRule.set(obligation.rule, entry);
      }
      entry.counts[obligation.status]++;
    }
  }
  return { rules: [...byRule.values()], notEvaluated };
}

export function renderSummary(container: HTMLElement, caseload: CaseloadOutcome | undefined): void {
  clear(container);
  if (caseload === undefined) {
    container.append(h('p', { class: 'muted', text: 'No results yet.' }));
    return;
  }
  const { rules, notEvaluated } = countByRule(caseload);
  const total = (status: ObligationStatus) => rules.reduce((sum, rule) => sum + rule.counts[status], 0);
  container.append(
    h('p', { text: `${caseload.outcomes.length} cases as of ${caseload.asOf}${notEvaluated > 0 ? `; ${notEvaluated} could not be evaluated` : ''}.` }),
    h('table', { class: 'summary' }, [
      h('caption', { text: 'Obligations by rule and status' }),
      h('thead', {}, [h('tr', {}, [h('th', { scope: 'col', text: 'Rule' }), ...STATUSES.map((status) => h('th', { scope: 'col', text: status }))])]),
      h('tbody', {}, rules.map((rule) => h('tr', { 'data-rule': rule.rule }, [h('th', { scope: 'row', text: rule.title || rule.rule }), ...STATUSES.map((status) => h('td', { class: 'number', text: String(rule.counts[status]) }))]))),
      h('tfoot', {}, [h('tr', {}, [h('th', { scope: 'row', text: 'All rules' }), ...STATUSES.map((status) => h('td', { class: 'number', text: String(total(status)) }))])]),
    ]),
  );
}
