/**
 * Codes of the errors that the CLI's readers find in case files, next to the engine's record codes
 * (WT701–WT710, case-validation.ts). Messages never quote case data: attributes and facts are
 * personal data.
 */
export const CASE_CODES = {
  /** A record is not valid JSON. */
  notJson: 'WT720',
  /** The JSON file is not an array of cases (or a single case). */
  notJsonArray: 'WT721',
  /** The CSV header lacks a required column, or names a column twice. */
  csvHeader: 'WT722',
  /** A CSV row has a different number of fields from the header. */
  csvFieldCount: 'WT723',
  /** The rows of one case are not contiguous in the CSV file. */
  csvNotContiguous: 'WT724',
  /** Two rows of one case give a fact different values. */
  csvFactConflict: 'WT725',
  /** A quoted CSV field is never closed. */
  csvUnterminatedQuote: 'WT726',
  /** A CSV row has no case id. */
  csvNoCaseId: 'WT727',
  /** A record is longer than MAX_RECORD_CHARS (record-limits.ts): skipped unread. */
  tooLong: 'WT728',
  /** A record's text is not UTF-8 (record-limits.ts). */
  notUtf8: 'WT729',
} as const;
