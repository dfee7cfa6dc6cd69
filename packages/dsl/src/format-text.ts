/**
 * `formatText`: a `.wt` file in canonical layout, comments kept beside what they describe (see
 * `render-layout.ts`). It refuses (returns no text) a file with errors, so that nothing the user wrote
 * is lost. Formatting is idempotent and keeps the meaning: the result parses to the same canonical IR,
 * which `formatText` checks before it answers.
 */
import { canonicalIr, canonicalJson } from './canonical-ir.js';
import type { Diagnostic } from './diagnostic.js';
import { findItemAnchors } from './item-anchors.js';
import { parseText } from './parse-text.js';
import { printText } from './print-text.js';
import { UNKNOWN_RANGE } from './source-range.js';

export interface FormatTextResult {
  /** The formatted text, or undefined when the source has errors (see `diagnostics`). */
  text: string | undefined;
  diagnostics: Diagnostic[];
}

function formatterBug(message: string, file: string | undefined): Diagnostic {
  return {
    severity: 'error',
    code: 'WT198',
    message: `The formatter could not keep this policy as it is (${message}); the file was left unchanged`,
    range: UNKNOWN_RANGE,
    ...(file === undefined ? {} : { file }),
    hint: 'Please report this as a bug, with the text that caused it.',
  };
}

export function formatText(source: string, file?: string): FormatTextResult {
  const parsed = parseText(source, file);
  if (parsed.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    return { text: undefined, diagnostics: parsed.diagnostics };
  }
  const text = printText(parsed.ir, {
    comments: parsed.comments,
    source,
    itemAnchors: findItemAnchors(source, parsed.ir),
  });
  const reparsed = parseText(text, file);
  if (reparsed.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
    return { text: undefined, diagnostics: [...parsed.diagnostics, formatterBug('the result does not parse', file)] };
  }
  if (canonicalJson(canonicalIr(reparsed.ir)) !== canonicalJson(canonicalIr(parsed.ir))) {
    return { text: undefined, diagnostics: [...parsed.diagnostics, formatterBug('the result means something else', file)] };
  }
  if (reparsed.comments.length !== parsed.comments.length) {
    return { text: undefined, diagnostics: [...parsed.diagnostics, formatterBug('a comment would be lost', file)] };
  }
  return { text, diagnostics: parsed.diagnostics };
}
