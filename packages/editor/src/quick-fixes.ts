/**
 * Quick fixes for the common slips: a diagnostic whose hint says "did you mean `x`?" offers to
 * replace the word it points at with `x`.
 */
import { MARKER_OWNER } from './diagnostics-markers.js';
import { monaco } from './monaco-setup.js';

const DID_YOU_MEAN = /did you mean `([^`]+)`\?/;

export function suggestedName(message: string): string | undefined {
  return DID_YOU_MEAN.exec(message)?.[1];
}

export function createQuickFixProvider(): monaco.languages.CodeActionProvider {
  return {
    provideCodeActions(model, _range, context) {
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        if (marker.owner !== undefined && marker.owner !== MARKER_OWNER) continue;
        const replacement = suggestedName(marker.message);
        if (replacement === undefined) continue;
        const range = new monaco.Range(marker.startLineNumber, marker.startColumn, marker.endLineNumber, marker.endColumn);
        const current = model.getValueInRange(range);
        if (current === replacement || current.includes('\n')) continue;
        actions.push({
          title: `Change \`${current}\` to \`${replacement}\``,
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
