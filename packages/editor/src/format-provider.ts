/** Format document: the language's own formatter, which refuses a text with errors and loses nothing. */
import { formatText } from '@wt/dsl';
import type { LanguageContext } from './language-context.js';
import type { monaco } from './monaco-setup.js';

export function createFormatProvider(context: LanguageContext, onRefused: (message: string) => void): monaco.languages.DocumentFormattingEditProvider {
  return {
    displayName: 'wt formatter',
    provideDocumentFormattingEdits(model) {
      if (!context.isDraft(model)) return [];
      const result = formatText(model.getValue());
      if (result.text === undefined) {
        onRefused('The policy has errors, so it was not formatted: fix them first (see the problems list).');
        return [];
      }
      if (result.text === model.getValue()) return [];
      return [{ range: model.getFullModelRange(), text: result.text }];
    },
  };
}
