/** Diagnostics of checked policy files, grouped under the file each belongs to, for printing. */
import type { Diagnostic } from '@wt/dsl';
import { formatDiagnostic } from './format-diagnostic.js';
import { displayPath } from './io/display-path.js';
import type { PolicyCheck } from './policy-loader.js';
import type { Style } from './io/terminal.js';

export interface FileDiagnostics {
  /** Absolute path. */
  path: string;
  diagnostics: Diagnostic[];
}

/**
 * Every checked file in order (then base files that only appear through `extends`), each with its
 * own diagnostics; a diagnostic reported through several files is listed once.
 */
export function groupDiagnostics(checks: readonly PolicyCheck[]): FileDiagnostics[] {
  const groups = new Map<string, Diagnostic[]>();
  const seen = new Set<string>();
  for (const check of checks) if (!groups.has(check.path)) groups.set(check.path, []);
  for (const check of checks) {
    for (const diagnostic of check.diagnostics) {
      const file = diagnostic.file ?? check.path;
      const key = `${file}:${diagnostic.range.line}:${diagnostic.range.column}:${diagnostic.code}:${diagnostic.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const group = groups.get(file) ?? [];
      group.push({ ...diagnostic, file });
      groups.set(file, group);
    }
  }
  return [...groups].map(([path, diagnostics]) => ({
    path,
    diagnostics: diagnostics.sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column),
  }));
}

export function formatDiagnostics(groups: readonly FileDiagnostics[], cwd: string, style: Style): string {
  let text = '';
  for (const group of groups) {
    for (const diagnostic of group.diagnostics) text += formatDiagnostic(diagnostic, group.path, { cwd, style });
  }
  return text;
}

/** Diagnostics as JSON, with every path relative to the working directory. */
export function diagnosticsAsJson(groups: readonly FileDiagnostics[], cwd: string): unknown[] {
  return groups.map((group) => ({
    file: displayPath(group.path, cwd),
    diagnostics: group.diagnostics.map((diagnostic) => ({
      ...diagnostic,
      file: displayPath(diagnostic.file ?? group.path, cwd),
      ...(diagnostic.related
        ? { related: diagnostic.related.map((related) => ({ ...related, file: displayPath(related.file ?? diagnostic.file ?? group.path, cwd) })) }
        : {}),
    })),
  }));
}
