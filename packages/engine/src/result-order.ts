import type { EscalationResult, ObligationResult } from './case-result.js';

/**
 * The order of a case's results: obligations by (start, rule id), escalations by (start, rule id,
 * step); equal keys keep the order they were found in. The evaluator appends as it goes and orders
 * once at the end (a stable sort), so a policy with hundreds of rules costs n log n, not n².
 */
function compareObligations(a: ObligationResult, b: ObligationResult): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return 0;
}

function compareEscalations(a: EscalationResult, b: EscalationResult): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.step - b.step;
}

function sortStable<T>(items: T[], compare: (a: T, b: T) => number): void {
  for (let i = 1; i < items.length; i++) {
    if (compare(items[i - 1]!, items[i]!) > 0) {
      items.sort(compare);
      return;
    }
  }
}

export function orderObligations(obligations: ObligationResult[]): void {
  sortStable(obligations, compareObligations);
}

export function orderEscalations(escalations: EscalationResult[]): void {
  sortStable(escalations, compareEscalations);
}
