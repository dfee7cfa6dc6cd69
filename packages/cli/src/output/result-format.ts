/**
 * An output format of `wt eval`: how one case's results read as text, and what frames them (the
 * `[` and `]` of a JSON array, the CSV header). Formatting a case is pure, so that it can happen in
 * a worker thread; the framing is done once, by the ResultWriter.
 */
import type { CaseResult } from '@wt/engine';
import type { ByteWriter } from './byte-writer.js';

export type OutputFormat = 'table' | 'json' | 'ndjson' | 'csv';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', 'json', 'ndjson', 'csv'];

export interface ResultFormat {
  /** Written before the first case. */
  start: string;
  /** Written between two cases. */
  separator: string;
  record(result: CaseResult): string;
  /** The same text as `record`, written as UTF-8 straight into the output (the formats wt eval writes most). */
  writeRecord?(result: CaseResult, out: ByteWriter): void;
  /** Written at the end; `empty` when no case was written. */
  end(empty: boolean): string;
}

export interface ResultFormatOptions {
  explain: boolean;
  /** Colour the table (a terminal without NO_COLOR). */
  colour: boolean;
  /** Width of the table's rule column: the longest rule id of the policy. */
  ruleWidth: number;
}
