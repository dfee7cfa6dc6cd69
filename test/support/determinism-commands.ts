/** The `wt` commands whose output must not depend on the time zone or the locale (test/determinism.test.ts). */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CIN = fileURLToPath(new URL('../../../shared/data/cin/samples/d2i-CIN_Census_2024.xml', import.meta.url));

export const DETERMINISM_COMMANDS: readonly (readonly string[])[] = [
  ['eval', '--policy', 'policies/local/northmere.wt', '--cases', 'examples/caseloads/hand-made.json', '--as-of', '2024-06-28', '--format', 'ndjson', '--explain'],
  ['eval', '--policy', 'policies/england', '--cases', 'examples/caseloads/hand-made.json', '--as-of', '2024-06-28', '--format', 'csv'],
  ['eval', '--policy', 'policies/local/kestrel-vale.yaml', '--cases', 'examples/caseloads/hand-made.json', '--as-of', '2029-03-31', '--format', 'table'],
  ['explain', '--policy', 'policies/local/northmere.wt', '--cases', 'examples/caseloads/hand-made.json', '--case', 'C-01-assessment-met', '--as-of', '2024-06-28'],
  ['export', 'policies/local/northmere.wt', '--to', 'html'],
  ['export', 'policies/england', '--to', 'md'],
  ['export', 'policies/local/kestrel-vale.yaml', '--to', 'ir'],
  ['diff', 'policies/local/northmere.wt', 'packages/engine/test/fixtures/policy-diff/northmere-2025-draft.wt', '--cases', 'examples/caseloads/hand-made.json', '--as-of', '2024-06-28', '--format', 'html'],
  ['diff', 'policies/england/working-together-2010.wt', 'policies/england/working-together-2013.wt', '--format', 'json'],
  ['import', 'cin', CIN],
  ['report', '--policy', 'policies/local/northmere.wt', '--cases', 'examples/caseloads/hand-made.json', '--period', '2024-01-01..2024-06-28', '--as-of', '2024-06-28', '--format', 'html'],
  ['report', '--policy', 'policies/england', '--cases', 'examples/caseloads/hand-made.json', '--as-of', '2024-06-28', '--format', 'csv'],
];

