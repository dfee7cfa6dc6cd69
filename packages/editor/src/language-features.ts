/** Registers the language's features in Monaco (the text form's, and the YAML form's keys), over the editor's language context. */
import { createCompletionProvider } from './completion-provider.js';
import { createDefinitionProvider } from './definition-provider.js';
import { createFormatProvider } from './format-provider.js';
import { createHoverProvider } from './hover-provider.js';
import type { LanguageContext } from './language-context.js';
import { monaco } from './monaco-setup.js';
import { createQuickFixProvider } from './quick-fixes.js';
import { registerWtLanguage, WT_LANGUAGE } from './wt-language.js';
import { createYamlCompletionProvider, createYamlHoverProvider } from './yaml-features.js';

export function registerLanguageFeatures(context: LanguageContext, onFormatRefused: (message: string) => void): void {
  registerWtLanguage();
  monaco.languages.registerCompletionItemProvider(WT_LANGUAGE, createCompletionProvider(context));
  monaco.languages.registerHoverProvider(WT_LANGUAGE, createHoverProvider(context));
  monaco.languages.registerDefinitionProvider(WT_LANGUAGE, createDefinitionProvider(context));
  monaco.languages.registerCodeActionProvider(WT_LANGUAGE, createQuickFixProvider(), { providedCodeActionKinds: ['quickfix'] });
  monaco.languages.registerCodeActionProvider('yaml', createQuickFixProvider(), { providedCodeActionKinds: ['quickfix'] });
  monaco.languages.registerCompletionItemProvider('yaml', createYamlCompletionProvider(context));
  monaco.languages.registerHoverProvider('yaml', createYamlHoverProvider(context));
  monaco.languages.registerDocumentFormattingEditProvider(WT_LANGUAGE, createFormatProvider(context, onFormatRefused));
}
