/**
 * Quick fixes for the common slips: a diagnostic whose hint says "did you mean `x`?" offers to
 * replace the misspelt word with `x`.
 */
import { misspeltWord, suggestedName } from './did-you-mean.js';
import { MARKER_SOURCE } from './diagnostics-markers.js';
import { monaco } from './monaco-setup.js';

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
