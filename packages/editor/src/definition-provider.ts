/**
 * Go to definition of events, facts, calendars, ladders and rules: to the draft's own declaration,
 * or into the baseline it extends. From the header of a rule that overrides an inherited one, it goes
 * to the base rule.
 */
import type { LanguageContext } from './language-context.js';
import { monaco } from './monaco-setup.js';
import { kindsAt, tokenAt } from './name-at.js';

function contains(range: { line: number; column: number; endLine: number; endColumn: number }, line: number, column: number): boolean {
  if (line < range.line || line > range.endLine) return false;
  if (line === range.line && column < range.column) return false;
  if (line === range.endLine && column > range.endColumn) return false;
  return true;
}

export function createDefinitionProvider(context: LanguageContext): monaco.languages.DefinitionProvider {
  return {
    provideDefinition(model, position) {
      if (!context.isDraft(model)) return undefined;
      const text = model.getValue();
      const token = tokenAt(text, model.getOffsetAt(position));
      if (token === undefined || token.kind !== 'name') return undefined;
      const index = context.declarations();
      for (const kind of kindsAt(text, token)) {
        const candidates = index.all.filter((d) => d.kind === kind && d.id === token.image && d.range !== undefined);
        const first = candidates[0];
        if (first === undefined) continue;
        const onItsOwnDeclaration = first.document.file === 'draft' && contains(first.range!, position.lineNumber, position.column);
        const target = onItsOwnDeclaration ? candidates[1] : first;
        if (target === undefined || target.range === undefined) return undefined;
        const { range } = target;
        return {
          uri: context.modelOf(target.document).uri,
          range: new monaco.Range(range.line, range.column, range.endLine, range.endColumn),
        };
      }
      return undefined;
    },
  };
}
