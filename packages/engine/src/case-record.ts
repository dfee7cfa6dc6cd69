/**
 * A case timeline as systems send it (JSON schema: `case-record.schema.json`):
 * `{"id": "C-1", "events": [{"type": "referral", "date": "2024-05-02"}], "facts": {"needs-score": 3}}`.
 * Event attributes stand beside `type` and `date`; an event may carry an `id` of its own.
 */
export interface CaseEventInput {
  type: string;
  date: string;
  id?: string;
  [attribute: string]: unknown;
}

export interface CaseRecordInput {
  id: string;
  events: CaseEventInput[];
  facts?: Record<string, unknown>;
}

/** Where a record came from, so that errors can name it without quoting its contents. */
export interface RecordOrigin {
  /** 1-based line of the record in its file (NDJSON, CSV: the first row of the case; JSON array: the line its object starts on). */
  line?: number;
  /** 0-based position of the record in its input. */
  index: number;
  file?: string;
}

/** A problem with one record. Never quotes event attributes or facts: case data is personal data. */
export interface RecordError {
  origin: RecordOrigin;
  caseId?: string;
  /** A JSON-pointer-like path to the field: `/events/3/date`. */
  field?: string;
  code: string;
  message: string;
}
