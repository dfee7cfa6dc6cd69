/** The language's diagnostics as Monaco markers on the draft. */
import type { Diagnostic, Severity } from '@wt/dsl';
import { monaco } from './monaco-setup.js';

export const MARKER_OWNER = 'wt';
export const MARKER_SOURCE = 'wt';

const SEVERITIES: Readonly<Record<Severity, monaco.MarkerSeverity>> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

/** The text a person reads: the message, then the hint when there is one. */
export function diagnosticText(diagnostic: Diagnostic): string {
  return diagnostic.hint === undefined ? diagnostic.message : `${diagnostic.message} — ${diagnostic.hint}`;
}

export function toMarker(diagnostic: Diagnostic, model: monaco.editor.ITextModel): monaco.editor.IMarkerData {
  const { range } = diagnostic;
  const endColumn = range.endLine === range.line && range.endColumn <= range.column ? range.column + 1 : range.endColumn;
  const marker: monaco.editor.IMarkerData = {
    severity: SEVERITIES[diagnostic.severity],
    message: diagnosticText(diagnostic),
    code: diagnostic.code,
    source: MARKER_SOURCE,
    startLineNumber: range.line,
    startColumn: range.column,
    endLineNumber: range.endLine,
    endColumn,
  };
  const related = (diagnostic.related ?? []).filter((item) => item.file === undefined || item.file === diagnostic.file);
  if (related.length > 0) {
    marker.relatedInformation = related.map((item) => ({
      resource: model.uri,
      message: item.message,
      startLineNumber: item.range.line,
      startColumn: item.range.column,
      endLineNumber: item.range.endLine,
      endColumn: item.range.endColumn,
    }));
  }
  return marker;
}

export function showDiagnostics(model: monaco.editor.ITextModel, diagnostics: readonly Diagnostic[]): void {
  monaco.editor.setModelMarkers(model, MARKER_OWNER, diagnostics.map((diagnostic) => toMarker(diagnostic, model)));
}
