/**
 * The results for the selected case: its obligations (status, due date, explanation), its threshold
 * levels with the conditions that decided them, and the escalations active on the as-of date.
 */
import { formatRecordError, type CaseResult, type ExplanationStep, type ObligationResult } from '@wt/engine';
import { clear, h } from './dom.js';
import type { CaseOutcome } from './evaluate-caseload.js';

export function statusBadge(status: ObligationResult['status']): HTMLElement {
  return h('span', { class: `status status-${status}`, text: status });
}

function steps(explanation: readonly ExplanationStep[], label: string): HTMLElement | undefined {
  if (explanation.length === 0) return undefined;
  return h('details', {}, [h('summary', { text: label }), h('ol', {}, explanation.map((step) => h('li', { text: step.text })))]);
}

function amount(obligation: ObligationResult): string {
  if (obligation.lateBy !== null) return `late by ${obligation.lateBy} working day${obligation.lateBy === 1 ? '' : 's'}`;
  if (obligation.overdueBy !== null) return `overdue by ${obligation.overdueBy} working day${obligation.overdueBy === 1 ? '' : 's'}`;
  if (obligation.cancelledBy !== undefined) return `cancelled by ${obligation.cancelledBy}${obligation.cancelledOn === undefined ? '' : ` on ${obligation.cancelledOn}`}`;
  return '';
}

function obligationsTable(result: CaseResult): HTMLElement {
  if (result.obligations.length === 0) return h('p', { class: 'muted', text: 'No obligations: no rule of the policy applies to this case on this date.' });
  const rows = result.obligations.map((obligation) =>
    h('tr', { 'data-rule': obligation.rule, 'data-status': obligation.status }, [
      h('td', {}, [obligation.title || obligation.rule, h('br'), h('span', { class: 'rule-id', text: `${obligation.rule}${obligation.statutory ? ' · statutory' : ''}` })]),
      h('td', { text: obligation.start }),
      h('td', { class: 'due', text: `${obligation.due ?? '—'}${obligation.provisional ? ' (provisional)' : ''}` }),
      h('td', { text: obligation.completed ?? '—' }),
      h('td', {}, [statusBadge(obligation.status), amount(obligation) === '' ? undefined : h('div', { class: 'rule-id', text: amount(obligation) })]),
      h('td', {}, [steps(obligation.explanation, 'Why') ?? '']),
    ]),
  );
  return h('table', { class: 'obligations' }, [
    h('caption', { text: 'Obligations' }),
    h('thead', {}, [h('tr', {}, ['Rule', 'Start', 'Due', 'Done', 'Status', 'Explanation'].map((name) => h('th', { scope: 'col', text: name })))]),
    h('tbody', {}, rows),
  ]);
}

function thresholdsTable(result: CaseResult): HTMLElement | undefined {
  if (result.thresholds.length === 0) return undefined;
  return h('table', { class: 'thresholds' }, [
    h('caption', { text: 'Threshold levels' }),
    h('thead', {}, [h('tr', {}, ['Thresholds', 'Level', 'Decided by'].map((name) => h('th', { scope: 'col', text: name })))]),
    h(
      'tbody',
      {},
      result.thresholds.map((threshold) =>
        h('tr', {}, [
          h('td', { text: threshold.thresholds }),
          h('td', { text: threshold.level === null ? threshold.undecided?.reason ?? 'cannot decide' : `${threshold.level} — ${threshold.label ?? ''}` }),
          h('td', {}, [h('ol', {}, threshold.explanation.map((step) => h('li', { text: step.text })))]),
        ]),
      ),
    ),
  ]);
}

function escalationsTable(result: CaseResult): HTMLElement {
  if (result.escalations.length === 0) return h('p', { class: 'muted', text: 'No escalations are active on this date.' });
  return h('table', { class: 'escalations' }, [
    h('caption', { text: 'Active escalations' }),
    h('thead', {}, [h('tr', {}, ['Rule', 'Action', 'Who', 'Since', 'Ladder'].map((name) => h('th', { scope: 'col', text: name })))]),
    h(
      'tbody',
      {},
      result.escalations.map((escalation) =>
        h('tr', {}, [
          h('td', { text: `${escalation.rule} (from ${escalation.start})` }),
          h('td', { text: escalation.action }),
          h('td', { text: escalation.role }),
          h('td', { text: escalation.since }),
          h('td', { text: `${escalation.ladder}, step ${escalation.step}` }),
        ]),
      ),
    ),
  ]);
}

export function renderResults(container: HTMLElement, outcome: CaseOutcome | undefined): void {
  clear(container);
  if (outcome === undefined) {
    container.append(h('p', { class: 'muted', text: 'Choose a case to see what the policy means for it.' }));
    return;
  }
  if (outcome.result === undefined) {
    container.append(
      h('p', { text: 'This case cannot be evaluated with this policy:' }),
      h('ul', {}, outcome.errors.map((error) => h('li', { text: formatRecordError(error) }))),
    );
    return;
  }
  const result = outcome.result;
  container.append(obligationsTable(result));
  const thresholds = thresholdsTable(result);
  if (thresholds !== undefined) container.append(thresholds);
  container.append(escalationsTable(result));
  const warnings = [...outcome.warnings, ...result.warnings];
  if (warnings.length > 0) container.append(h('ul', { class: 'warnings' }, warnings.map((warning) => h('li', { text: warning }))));
}
