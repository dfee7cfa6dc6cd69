/**
 * What the case readers refuse to hold, so that memory stays bounded whatever the file: a record
 * (an NDJSON line, an element of a JSON array, a CSV row) longer than MAX_RECORD_CHARS is skipped
 * without being kept (WT728); a record whose text is not UTF-8 is rejected (WT729) rather than read
 * with its letters silently replaced.
 */

/** 16 MiB of text: a case with 100,000 events (the engine's limit) takes about 5 MiB. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export const TOO_LONG_MESSAGE = 'the record is longer than 16 MiB, the most a record may be: it was skipped unread';

export const TOO_LONG_ROW_MESSAGE =
  'the row starting here is longer than 16 MiB, the most a record may be (is a quote never closed?): the rest of the file was not read';

export const NOT_UTF8_MESSAGE =
  'the record is not UTF-8 text (it holds a byte that is not UTF-8, or a NUL): the file may have been saved as Latin-1, Windows-1252 or UTF-16; save it as UTF-8';

/**
 * True when decoding left a mark that the bytes were not UTF-8: U+FFFD (what the decoder puts for a
 * byte that is not UTF-8) or NUL (UTF-16 read as UTF-8).
 */
export function isNotUtf8(text: string): boolean {
  return text.indexOf('\ufffd') !== -1 || text.indexOf('\u0000') !== -1;
}
