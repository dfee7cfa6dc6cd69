/**
 * Reading the language's "did you mean `x`?" hints, for quick fixes. A diagnostic may cover more than
 * the misspelt word (a whole `requires … within …`), so the word to replace is the one in its range
 * closest to the suggestion.
 */
import { editDistance } from '@wt/dsl';

const DID_YOU_MEAN = /did you mean `([^`]+)`\?/i;
const WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

export function suggestedName(message: string): string | undefined {
  return DID_YOU_MEAN.exec(message)?.[1];
}

/** The word in `text` closest to `replacement` (not equal to it), with its offset in `text`. */
export function misspeltWord(text: string, replacement: string): { word: string; offset: number } | undefined {
  let best: { word: string; offset: number; distance: number } | undefined;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (word === replacement) continue;
    const distance = editDistance(word, replacement);
    if (best === undefined || distance < best.distance) best = { word, offset: match.index, distance };
  }
  return best === undefined ? undefined : { word: best.word, offset: best.offset };
}
