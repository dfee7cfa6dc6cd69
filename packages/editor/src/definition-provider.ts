/**
 * Go to definition: `@wt/dsl`'s `definitionAt`, opening the draft's own declaration or, read-only, the
 * bundled baseline that declares the name.
 */
import { definitionAt } from '@wt/dsl';
import { serviceContext, type LanguageContext } from './language-context.js';
import type { monaco } from './monaco-setup.js';
import { toMonacoRange } from './monaco-range.js';
import { DRAFT_FILE } from './policy-workspace.js';

export function createDefinitionProvider(context: LanguageContext): monaco.languages.DefinitionProvider {
  return {
    provideDefinition(model, position) {
      if (!context.isDraft(model)) return undefined;
      const definition = definitionAt(model.getValue(), model.getOffsetAt(position), serviceContext(context));
      if (definition === undefined) return undefined;
      const document = definition.file === DRAFT_FILE ? undefined : context.basePolicies().find((candidate) => candidate.file === definition.file);
      if (definition.file !== DRAFT_FILE && document === undefined) return undefined;
      return { uri: (document === undefined ? model : context.modelOf(document)).uri, range: toMonacoRange(definition.range) };
    },
  };
}
