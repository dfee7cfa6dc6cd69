/**
 * Quick fixes for the common slips: a diagnostic whose hint says "did you mean `x`?" offers to
 * replace the misspelt word with `x`. The diagnostic may cover more than the word (a whole
 * `requires … within …`), so the word replaced is the one in its range closest to `x`.
 */
import { editDistance } from '@wt/dsl';
import { MARKER_SOURCE } from './diagnostics-markers.js';
import { monaco } from './monaco-setup.js';

const DID_YOU_MEAN = /did you mean `([^`]+)`\?/i;
const WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;

export function suggestedName(message: string): string | undefined {
  return DID_YOU_MEAN.exec(message)?.[1];
}

/** The word in `text` closest to `replacement` (not equal to it), with its offset. */
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

export function createQuickFixProvider(): monaco.languages.CodeActionProvider {
  return {
    provideCodeActions(model, _range, context) {
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        if (marker.source !== MARKER_SOURCE) continue;
        const replacement = suggestedName(marker.message);
        if (replacement === undefined) continue;
        const markerRange = new monaco.Range(marker.startLineNumber, marker.startColumn, marker.endLineNumber, marker.endColumn);
        const found = misspeltWord(model.getValueInRange(markerRange), replacement);
        if (found === undefined) continue;
        const start = model.getPositionAt(model.getOffsetAt(markerRange.getStartPosition()) + found.offset);
        const range = new monaco.Range(start.lineNumber, start.column, start.lineNumber, start.column + found.word.length);
        actions.push({
          title: `Change '${found.word}' to '${replacement}'`,
          kind: 'quickfix',
          diagnostics: [marker],
          isPreferred: true,
          edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range, text: replacement } }] },
        });
      }
      return { actions, dispose: () => undefined };
    },
  };
}
