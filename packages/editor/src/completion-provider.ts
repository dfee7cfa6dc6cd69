/** Completion: `@wt/dsl`'s `completionsAt` (keywords, declared names, units) as Monaco suggestions. */
import { completionsAt, type CompletionItem, type CompletionKind } from '@wt/dsl';
import { serviceContext, type LanguageContext } from './language-context.js';
import { monaco } from './monaco-setup.js';
import { toMonacoRange } from './monaco-range.js';

const KINDS: Readonly<Record<CompletionKind, monaco.languages.CompletionItemKind>> = {
  keyword: monaco.languages.CompletionItemKind.Keyword,
  unit: monaco.languages.CompletionItemKind.Unit,
  policy: monaco.languages.CompletionItemKind.Module,
  event: monaco.languages.CompletionItemKind.Event,
  fact: monaco.languages.CompletionItemKind.Field,
  attribute: monaco.languages.CompletionItemKind.Property,
  'enum-value': monaco.languages.CompletionItemKind.EnumMember,
  calendar: monaco.languages.CompletionItemKind.Struct,
  rule: monaco.languages.CompletionItemKind.Function,
  escalation: monaco.languages.CompletionItemKind.Interface,
  thresholds: monaco.languages.CompletionItemKind.Class,
  key: monaco.languages.CompletionItemKind.Property,
};

/** The language's completion items as Monaco suggestions, in the order given (names before keywords). */
export function toSuggestions(items: readonly CompletionItem[], model: monaco.editor.ITextModel, position: monaco.Position): monaco.languages.CompletionItem[] {
  const word = model.getWordUntilPosition(position);
  const atCursor = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, position.column);
  return items.map((item, index) => ({
    label: item.label,
    kind: KINDS[item.kind],
    insertText: item.insertText,
    range: item.replaceRange === undefined ? atCursor : toMonacoRange(item.replaceRange),
    sortText: String(index).padStart(4, '0'),
    ...(item.detail === undefined ? {} : { detail: item.detail }),
    ...(item.documentation === undefined ? {} : { documentation: { value: item.documentation } }),
  }));
}

export function createCompletionProvider(context: LanguageContext): monaco.languages.CompletionItemProvider {
  return {
    triggerCharacters: [' ', '('],
    provideCompletionItems(model, position) {
      if (!context.isDraft(model)) return { suggestions: [] };
      const items = completionsAt(model.getValue(), model.getOffsetAt(position), serviceContext(context));
      return { suggestions: toSuggestions(items, model, position) };
    },
  };
}
