/** Hover: `@wt/dsl`'s `hoverAt` (a keyword's meaning, a rule in plain English, a declaration) in Monaco. */
import { hoverAt } from '@wt/dsl';
import { serviceContext, type LanguageContext } from './language-context.js';
import type { monaco } from './monaco-setup.js';
import { toMonacoRange } from './monaco-range.js';

export function createHoverProvider(context: LanguageContext): monaco.languages.HoverProvider {
  return {
    provideHover(model, position) {
      if (!context.isDraft(model)) return undefined;
      const hover = hoverAt(model.getValue(), model.getOffsetAt(position), serviceContext(context));
      if (hover === undefined) return undefined;
      // Not trusted and no HTML: the markdown's policy text is escaped by the language package too.
      return { range: toMonacoRange(hover.range), contents: [{ value: hover.markdown, isTrusted: false, supportHtml: false }] };
    },
  };
}
