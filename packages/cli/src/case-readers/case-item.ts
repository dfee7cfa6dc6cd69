import type { RecordError, RecordOrigin } from '@wt/engine';

/** One record read from a case file: its value, or the reason it could not be read. */
export interface CaseItem {
  value?: unknown;
  origin: RecordOrigin;
  error?: RecordError;
}

/**
 * A push parser for one input format. Text goes in as chunks cut anywhere (even inside a record or
 * a quoted field); complete records come out, in order. It never throws on any input.
 */
export interface CaseParser {
  push(chunk: string): CaseItem[];
  /** The end of the input: flushes the last record, reports anything left unfinished. */
  end(): CaseItem[];
}

/** `xml`: a DfE children in need census return, one case per episode (../cin/). */
export type CaseFormat = 'ndjson' | 'json' | 'csv' | 'xml';

export const CASE_FORMATS: readonly CaseFormat[] = ['ndjson', 'json', 'csv', 'xml'];
