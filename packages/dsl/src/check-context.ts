/**
 * What a check sees and how it reports: the document being checked, the names in force after it
 * (`scope`) and before it (`base`, the resolved base policy; undefined for a policy that extends none).
 */
import type { Diagnostic, RelatedLocation, Severity } from './diagnostic.js';
import type { PolicyDocument } from './policy-document.js';
import type { Origin, PolicyScope } from './policy-scope.js';
import { UNKNOWN_RANGE, type SourceRange } from './source-range.js';

export interface ReportDetails {
  hint?: string | undefined;
  related?: RelatedLocation[];
}

export interface CheckContext {
  readonly document: PolicyDocument;
  readonly scope: PolicyScope;
  readonly base: PolicyScope | undefined;
  error(code: string, message: string, range: SourceRange | undefined, details?: ReportDetails): void;
  warning(code: string, message: string, range: SourceRange | undefined, details?: ReportDetails): void;
  /** A related place; carries the file when it is not the document's own. */
  relatedAt(message: string, range: SourceRange | undefined, origin?: Origin): RelatedLocation;
}

export function createCheckContext(
  document: PolicyDocument,
  scope: PolicyScope,
  base: PolicyScope | undefined,
  diagnostics: Diagnostic[],
): CheckContext {
  const report = (severity: Severity) => (code: string, message: string, range: SourceRange | undefined, details: ReportDetails = {}) => {
    const diagnostic: Diagnostic = { severity, code, message, range: range ?? UNKNOWN_RANGE, file: document.file };
    if (details.hint !== undefined) diagnostic.hint = details.hint;
    if (details.related !== undefined && details.related.length > 0) diagnostic.related = details.related;
    diagnostics.push(diagnostic);
  };
  return {
    document,
    scope,
    base,
    error: report('error'),
    warning: report('warning'),
    relatedAt(message, range, origin) {
      const related: RelatedLocation = { message, range: range ?? UNKNOWN_RANGE };
      if (origin !== undefined && origin.file !== document.file) related.file = origin.file;
      return related;
    },
  };
}
