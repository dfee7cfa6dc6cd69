/**
 * The YAML form of the draft: completion of keys and hover on keys, from `@wt/dsl`'s reading of the
 * form's JSON Schema (`yamlCompletionsAt`, `yamlHoverAt`).
 */
import { yamlCompletionsAt, yamlHoverAt } from '@wt/dsl';
import { toSuggestions } from './completion-provider.js';
import type { LanguageContext } from './language-context.js';
import type { monaco } from './monaco-setup.js';
import { toMonacoRange } from './monaco-range.js';

export function createYamlCompletionProvider(context: LanguageContext): monaco.languages.CompletionItemProvider {
  return {
    triggerCharacters: [' ', '-'],
    provideCompletionItems(model, position) {
      if (!context.isDraft(model)) return { suggestions: [] };
      return { suggestions: toSuggestions(yamlCompletionsAt(model.getValue(), model.getOffsetAt(position)), model, position) };
    },
  };
}

export function createYamlHoverProvider(context: LanguageContext): monaco.languages.HoverProvider {
  return {
    provideHover(model, position) {
      if (!context.isDraft(model)) return undefined;
      const hover = yamlHoverAt(model.getValue(), model.getOffsetAt(position));
      return hover === undefined ? undefined : { range: toMonacoRange(hover.range), contents: [{ value: hover.markdown, isTrusted: false, supportHtml: false }] };
    },
  };
}
