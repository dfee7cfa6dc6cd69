import type { SourceRange } from './source-range.js';

export type Severity = 'error' | 'warning' | 'info';

export interface RelatedLocation {
  message: string;
  range: SourceRange;
  /** The file of the related place when it is not the diagnostic's own file (e.g. the base policy). */
  file?: string;
}

/**
 * A problem the user can fix. Every code is listed, with an example, in docs/diagnostics.md.
 * Codes: WT1xx syntax, WT2xx names, WT3xx types and values, WT4xx statutory floor and inheritance,
 * WT5xx YAML form, WT6xx calendars.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  range: SourceRange;
  file?: string;
  hint?: string;
  related?: RelatedLocation[];
}
