/**
 * Quick fixes: `@wt/dsl`'s `quickFixesFor` for the draft's markers ("did you mean `x`?" replaces the
 * misspelt word with `x`), in either spelling of the policy.
 */
import { quickFixesFor, type Diagnostic } from '@wt/dsl';
import { MARKER_SOURCE } from './diagnostics-markers.js';
import type { monaco } from './monaco-setup.js';
import { fromMonacoRange, toMonacoRange } from './monaco-range.js';

/** A marker read back as the diagnostic it shows (its message carries the hint). */
function diagnosticOf(marker: monaco.editor.IMarkerData): Diagnostic {
  const code = typeof marker.code === 'string' ? marker.code : (marker.code?.value ?? '');
  return {
    severity: 'error',
    code,
    message: marker.message,
    range: fromMonacoRange({ startLineNumber: marker.startLineNumber, startColumn: marker.startColumn, endLineNumber: marker.endLineNumber, endColumn: marker.endColumn }),
  };
}

export function createQuickFixProvider(): monaco.languages.CodeActionProvider {
  return {
    provideCodeActions(model, _range, context) {
      const actions: monaco.languages.CodeAction[] = [];
      const source = model.getValue();
      for (const marker of context.markers) {
        if (marker.source !== MARKER_SOURCE) continue;
        for (const fix of quickFixesFor(diagnosticOf(marker), source)) {
          actions.push({
            title: fix.title,
            kind: 'quickfix',
            diagnostics: [marker],
            isPreferred: true,
            edit: { edits: [{ resource: model.uri, versionId: model.getVersionId(), textEdit: { range: toMonacoRange(fix.edit.range), text: fix.edit.text } }] },
          });
        }
      }
      return { actions, dispose: () => undefined };
    },
  };
}
