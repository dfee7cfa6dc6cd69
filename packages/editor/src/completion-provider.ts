/**
 * Completion from the language package: the keywords the grammar allows at the cursor, and the names
 * declared in the draft and the policies it extends (events after `requires`, facts in thresholds,
 * calendars, ladders, rules, and the values of a `one of` type).
 */
import { completionContextAt } from '@wt/dsl';
import type { Declaration, DeclarationKind } from './declaration-index.js';
import { keywordHelp } from './keyword-help.js';
import type { LanguageContext } from './language-context.js';
import { monaco } from './monaco-setup.js';
import { comparedName, eventBeforeWhere, slotKinds } from './name-slots.js';

const KINDS: Readonly<Record<DeclarationKind, monaco.languages.CompletionItemKind>> = {
  policy: monaco.languages.CompletionItemKind.Module,
  event: monaco.languages.CompletionItemKind.Event,
  fact: monaco.languages.CompletionItemKind.Field,
  attribute: monaco.languages.CompletionItemKind.Property,
  calendar: monaco.languages.CompletionItemKind.Struct,
  rule: monaco.languages.CompletionItemKind.Function,
  escalation: monaco.languages.CompletionItemKind.Interface,
  thresholds: monaco.languages.CompletionItemKind.Class,
};

function nameItem(declaration: Declaration, range: monaco.IRange): monaco.languages.CompletionItem {
  const detail = [declaration.kind === 'rule' ? declaration.detail : declaration.kind, declaration.text].filter(Boolean).join(': ');
  return {
    label: declaration.id,
    kind: KINDS[declaration.kind],
    detail,
    documentation: declaration.document.file === 'draft' ? 'Declared in this policy' : `Declared in ${declaration.document.file}`,
    insertText: declaration.id,
    range,
    sortText: `0${declaration.id}`,
  };
}

export function createCompletionProvider(context: LanguageContext): monaco.languages.CompletionItemProvider {
  return {
    triggerCharacters: [' ', '('],
    provideCompletionItems(model, position) {
      if (!context.isDraft(model)) return { suggestions: [] };
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const assist = completionContextAt(text, offset);
      const word = model.getWordUntilPosition(position);
      const range = assist.prefixRange
        ? new monaco.Range(assist.prefixRange.line, assist.prefixRange.column, position.lineNumber, position.column)
        : new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      const declarations = context.declarations();
      const suggestions: monaco.languages.CompletionItem[] = [];
      const before = text.slice(0, offset);
      for (const kind of slotKinds(assist)) {
        if (kind === 'enum-value') {
          const name = comparedName(before);
          const typed = declarations.all.find((d) => (d.kind === 'attribute' || d.kind === 'fact') && d.id === name);
          const values = /^one of \((.*)\)$/.exec((typed?.kind === 'fact' ? typed.detail : typed?.text) ?? '')?.[1]?.split(', ') ?? [];
          for (const value of values) suggestions.push({ label: value, kind: monaco.languages.CompletionItemKind.EnumMember, insertText: value, range, sortText: `0${value}` });
          continue;
        }
        let names = declarations.names(kind);
        if (kind === 'attribute') {
          const event = eventBeforeWhere(before);
          if (event !== undefined) names = declarations.all.filter((d) => d.kind === 'attribute' && d.detail === event);
        }
        if (kind === 'policy') {
          for (const policy of context.basePolicies()) {
            suggestions.push({ label: policy.ir.id, kind: KINDS.policy, detail: policy.ir.title ?? '', documentation: policy.file, insertText: policy.ir.id, range, sortText: `0${policy.ir.id}` });
          }
          continue;
        }
        for (const declaration of names) suggestions.push(nameItem(declaration, range));
      }
      for (const keyword of assist.keywords) {
        const help = keywordHelp(keyword);
        suggestions.push({
          label: keyword,
          kind: monaco.languages.CompletionItemKind.Keyword,
          insertText: keyword,
          range,
          sortText: `1${keyword}`,
          ...(help === undefined ? {} : { detail: help }),
        });
      }
      return { suggestions };
    },
  };
}
