/**
 * `quickFixesFor`: edits that fix a diagnostic. A diagnostic whose hint (or message) says "did you
 * mean `x`?" — an unknown name (WT2xx), a misspelt keyword (WT102), a misspelt YAML key (WT502), a
 * value that is not one of a type's values — offers to replace the misspelt word with `x`. The range
 * may cover more than the word (a whole `requires … within …`), so the word replaced is the one in
 * the range closest to the suggestion.
 */
import { editDistance } from './closest-name.js';
import type { Diagnostic } from './diagnostic.js';
import { offsetAt, positionAt } from './source-position.js';
import type { SourceRange } from './source-range.js';

export interface QuickFix {
  title: string;
  edit: { range: SourceRange; text: string };
}

const DID_YOU_MEAN = /did you mean `([^`]+)`\?/i;
const WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

/** The name a "did you mean `x`?" suggests. */
export function suggestedName(text: string): string | undefined {
  return DID_YOU_MEAN.exec(text)?.[1];
}

/** The word in `text` closest to `replacement` (not equal to it), with its offset in `text`. */
export function misspeltWord(text: string, replacement: string): { word: string; offset: number } | undefined {
  let best: { word: string; offset: number; distance: number } | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word === replacement) continue;
    const distance = editDistance(word.toLowerCase(), replacement.toLowerCase());
    if (best === undefined || distance < best.distance) best = { word, offset: match.index, distance };
  }
  return best === undefined ? undefined : { word: best.word, offset: best.offset };
}

/** The diagnostic's range, or the word it starts at when the range is empty. */
function searchSpan(diagnostic: Diagnostic, source: string): { start: number; end: number } {
  const { range } = diagnostic;
  const start = offsetAt(source, { line: range.line, column: range.column });
  const end = offsetAt(source, { line: range.endLine, column: range.endColumn });
  if (end > start) return { start, end };
  const rest = /^[A-Za-z0-9-]*/.exec(source.slice(start))?.[0] ?? '';
  return { start, end: start + rest.length };
}

export function quickFixesFor(diagnostic: Diagnostic, source: string): QuickFix[] {
  const replacement = suggestedName(diagnostic.hint ?? '') ?? suggestedName(diagnostic.message);
  if (replacement === undefined) return [];
  const span = searchSpan(diagnostic, source);
  const found = misspeltWord(source.slice(span.start, span.end), replacement);
  if (found === undefined) return [];
  const from = positionAt(source, span.start + found.offset);
  const to = positionAt(source, span.start + found.offset + found.word.length);
  return [
    {
      title: `Change '${found.word}' to '${replacement}'`,
      edit: { range: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column }, text: replacement },
    },
  ];
}
