/**
 * The `wt` language in Monaco: its highlighting comes from the same lexer the compiler uses
 * (`tokenize` from @wt/dsl), line by line, then a semantic pass over the whole text marks the
 * keywords that stand as names (an event called `review`).
 */
import { tokenize } from '@wt/dsl';
import { monaco } from './monaco-setup.js';
import { lineTokens } from './wt-line-tokens.js';

export const WT_LANGUAGE = 'wt';
export const WT_THEME = 'wt-light';

const lineState: monaco.languages.IState = { clone: () => lineState, equals: (other) => other === lineState };

const semanticLegend: monaco.languages.SemanticTokensLegend = { tokenTypes: ['variable'], tokenModifiers: [] };

function semanticTokens(text: string): Uint32Array {
  const data: number[] = [];
  let previousLine = 0;
  let previousColumn = 0;
  for (const token of tokenize(text)) {
    if (token.kind !== 'name' || token.range.line !== token.range.endLine) continue;
    const line = token.range.line - 1;
    const column = token.range.column - 1;
    data.push(line - previousLine, line === previousLine ? column - previousColumn : column, token.image.length, 0, 0);
    previousLine = line;
    previousColumn = column;
  }
  return new Uint32Array(data);
}

export function registerWtLanguage(): void {
  monaco.languages.register({ id: WT_LANGUAGE, extensions: ['.wt'], aliases: ['WT policy', 'wt'] });
  monaco.languages.setLanguageConfiguration(WT_LANGUAGE, {
    comments: { lineComment: '//' },
    brackets: [
      ['{', '}'],
      ['(', ')'],
    ],
    autoClosingPairs: [
      { open: '{', close: '}' },
      { open: '(', close: ')' },
      { open: '"', close: '"', notIn: ['string', 'comment'] },
    ],
    surroundingPairs: [
      { open: '{', close: '}' },
      { open: '(', close: ')' },
      { open: '"', close: '"' },
    ],
    wordPattern: /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|\d{4}-\d{2}-\d{2}|\d+(?:\.\d+)?/,
    indentationRules: { increaseIndentPattern: /\{[^}]*$/, decreaseIndentPattern: /^\s*\}/ },
  });
  monaco.languages.setTokensProvider(WT_LANGUAGE, {
    getInitialState: () => lineState,
    tokenize: (line) => ({ tokens: lineTokens(line), endState: lineState }),
  });
  monaco.languages.registerDocumentSemanticTokensProvider(WT_LANGUAGE, {
    getLegend: () => semanticLegend,
    provideDocumentSemanticTokens: (model) => ({ data: semanticTokens(model.getValue()) }),
    releaseDocumentSemanticTokens: () => undefined,
  });
  monaco.editor.defineTheme(WT_THEME, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: '0b3fa8', fontStyle: 'bold' },
      { token: 'keyword.weekday', foreground: '6f2da8' },
      { token: 'identifier', foreground: '202124' },
      { token: 'variable', foreground: '202124' },
      { token: 'string', foreground: '9c1c1c' },
      { token: 'number', foreground: '0a6b47' },
      { token: 'number.date', foreground: '0a6b47' },
      { token: 'operator', foreground: '5b3500' },
      { token: 'delimiter', foreground: '4a4a4a' },
      { token: 'comment', foreground: '3d6b35', fontStyle: 'italic' },
      { token: 'invalid', foreground: 'b00020', fontStyle: 'underline' },
    ],
    colors: {},
  });
}
