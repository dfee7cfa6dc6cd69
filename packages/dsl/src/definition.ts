/**
 * `definitionAt`: where the name at a position of a `.wt` text is declared — in the text itself or in
 * a base policy it extends. On the name of a declaration that overrides or redeclares one of a base
 * (a rule, an event), it goes to the base's declaration.
 */
import type { Declaration } from './declaration-index.js';
import { serviceView, type LanguageServiceContext } from './language-service-context.js';
import { nameAt } from './name-at.js';
import { positionAt, rangeContains } from './source-position.js';
import type { SourceRange } from './source-range.js';

export interface Definition {
  /** The declaring document's file: `context.file` (default `''`) for the text itself. */
  file: string;
  range: SourceRange;
}

export function definitionAt(source: string, offset: number, context: LanguageServiceContext): Definition | undefined {
  try {
    const name = nameAt(source, offset);
    if (name === undefined) return undefined;
    const { index } = serviceView(source, context);
    const position = positionAt(source, offset);
    const id = name.token.image;
    for (const kind of name.kinds) {
      const candidates = index.all.filter(
        (declaration): declaration is Declaration & { range: SourceRange } =>
          declaration.kind === kind && declaration.id === id && declaration.range !== undefined && (kind !== 'attribute' || name.filterEvent === undefined || declaration.detail === name.filterEvent),
      );
      const first = candidates[0];
      if (first === undefined) continue;
      const onItsOwnDeclaration = first.own && rangeContains(first.range, position);
      const target = onItsOwnDeclaration ? candidates[1] : first;
      return target === undefined ? undefined : { file: target.document.file, range: target.range };
    }
    return undefined;
  } catch {
    return undefined;
  }
}
