/**
 * Diagnostics quote what the author wrote (`there is no event \`decison\``). A name or a string can be
 * megabytes long, so every quotation is shortened to its first characters, and a whole message to a
 * few lines: a message says where and what, it never copies the input.
 */
import type { Diagnostic, RelatedLocation } from './diagnostic.js';

/** The longest quotation kept whole; longer ones keep their first QUOTED_PREFIX characters and `…`. */
export const MAX_QUOTED_LENGTH = 80;
const QUOTED_PREFIX = 60;
/** The longest message, hint or related message. */
export const MAX_MESSAGE_LENGTH = 400;

const LONG_QUOTATION = new RegExp(`\`[^\`]{${MAX_QUOTED_LENGTH + 1},}\`|"(?:[^"\\\\]|\\\\.){${MAX_QUOTED_LENGTH + 1},}"`, 'g');

export function boundedMessage(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) return text;
  const shortened = text.replace(LONG_QUOTATION, (quotation) => `${quotation.slice(0, QUOTED_PREFIX + 1)}…${quotation[0]}`);
  return shortened.length <= MAX_MESSAGE_LENGTH ? shortened : `${shortened.slice(0, MAX_MESSAGE_LENGTH - 1)}…`;
}

function boundedRelated(related: RelatedLocation): RelatedLocation {
  const message = boundedMessage(related.message);
  return message === related.message ? related : { ...related, message };
}

export function boundedDiagnostic(diagnostic: Diagnostic): Diagnostic {
  const message = boundedMessage(diagnostic.message);
  const hint = diagnostic.hint === undefined ? undefined : boundedMessage(diagnostic.hint);
  const related = diagnostic.related?.map(boundedRelated);
  const unchanged = message === diagnostic.message && hint === diagnostic.hint && (related ?? []).every((item, i) => item === diagnostic.related![i]);
  if (unchanged) return diagnostic;
  const bounded: Diagnostic = { ...diagnostic, message };
  if (hint !== undefined) bounded.hint = hint;
  if (related !== undefined) bounded.related = related;
  return bounded;
}

export function boundedDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.map(boundedDiagnostic);
}
