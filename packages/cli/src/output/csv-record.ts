import type { CaseResult } from '@wt/engine';
import { csvRow } from './csv-cell.js';

export const CSV_COLUMNS = [
  'case',
  'asOf',
  'policy',
  'rule',
  'kind',
  'title',
  'start',
  'due',
  'completed',
  'status',
  'lateBy',
  'overdueBy',
  'provisional',
  'version',
  'cancelledOn',
  'cancelledBy',
] as const;

/** One row per obligation; a case without obligations has no row. */
export function csvRecord(result: CaseResult): string {
  let text = '';
  for (const o of result.obligations) {
    text += csvRow([
      result.case,
      result.asOf,
      result.policy.id,
      o.rule,
      o.kind,
      o.title,
      o.start,
      o.due,
      o.completed,
      o.status,
      o.lateBy,
      o.overdueBy,
      o.provisional,
      o.version,
      o.cancelledOn,
      o.cancelledBy,
    ]);
  }
  return text;
}
