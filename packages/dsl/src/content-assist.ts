/**
 * What may come next at a position of a `.wt` text, from chevrotain's `computeContentAssist` on the
 * grammar: the keywords, and the places where a name is expected (by the rules that lead there, so
 * that an editor can offer event names after `requires` and fact names in thresholds).
 *
 * The word the cursor touches is the one being typed: it is left out of the preceding tokens and
 * returned as `prefix`, for the editor to filter with.
 */
import type { IToken } from 'chevrotain';
import { lexSource } from './lexer.js';
import { policyParser } from './parser.js';
import type { SourceRange } from './source-range.js';
import { rangeOfToken } from './token-range.js';
import { DateLiteral, keywordSpellingOf, Name, NumberLiteral, StringLiteral } from './tokens.js';

export interface CompletionContext {
  /** Keywords that may come next, in grammar order, without duplicates. */
  keywords: string[];
  /**
   * One entry per place where a name may come next: the rule stack leading to it, e.g.
   * `['file', 'declaration', 'ruleDecl', 'ruleItem', 'requirement', 'match', 'name']` (an event).
   */
  nameSlots: string[][];
  /** The part of a word before the cursor ('' when the cursor does not touch a word). */
  prefix: string;
  /** Where that word stands (empty at the cursor when there is none), to be replaced by a completion. */
  prefixRange?: SourceRange;
  /** The last complete token before the cursor (`calendar` in `calendar |`), if any. */
  previousImage?: string;
}

const EMPTY: CompletionContext = { keywords: [], nameSlots: [], prefix: '' };
const nameRules = new Set(['name', 'plainName']);
const declarationKeywords = new Set(['policy', 'calendar', 'event', 'fact', 'timescale', 'review-point', 'decision-point', 'remove', 'escalation', 'thresholds']);

function isWordLike(token: IToken): boolean {
  const type = token.tokenType;
  return type === Name || type === NumberLiteral || type === DateLiteral || keywordSpellingOf(type) !== undefined;
}

/** The keywords chevrotain's content assist says may come next at `offset` (start rule `file`). */
export function syntacticSuggestionsAt(source: string, offset: number): string[] {
  return completionContextAt(source, offset).keywords;
}

export function completionContextAt(source: string, offset: number): CompletionContext {
  try {
    const lexed = lexSource(source);
    const cursor = offset - lexed.bomLength;
    const insideComment = lexed.comments.some((comment) => comment.offset - lexed.bomLength < cursor && cursor <= comment.offset - lexed.bomLength + comment.text.length);
    if (insideComment) return EMPTY;
    const preceding: IToken[] = [];
    let typed: IToken | undefined;
    for (const token of lexed.tokens) {
      if (token.startOffset >= cursor) break;
      const end = (token.endOffset ?? token.startOffset) + 1;
      if (end >= cursor) {
        if (token.tokenType === StringLiteral && (end > cursor || !token.image.endsWith('"') || token.image.length < 2)) return EMPTY;
        if (isWordLike(token)) {
          typed = token;
          break;
        }
      }
      preceding.push(token);
    }
    const paths = suggestionPaths(preceding);
    const keywords: string[] = [];
    const nameSlots = new Map<string, string[]>();
    for (const path of paths) {
      const innermost = path.ruleStack[path.ruleStack.length - 1] ?? '';
      if (nameRules.has(innermost)) {
        nameSlots.set(path.ruleStack.join('/'), path.ruleStack);
        continue;
      }
      const spelling = keywordSpellingOf(path.nextTokenType);
      if (spelling !== undefined && !keywords.includes(spelling)) keywords.push(spelling);
    }
    const prefix = typed === undefined ? '' : typed.image.slice(0, cursor - typed.startOffset);
    const previous = preceding[preceding.length - 1];
    return {
      keywords,
      nameSlots: [...nameSlots.values()],
      prefix,
      ...(typed === undefined ? {} : { prefixRange: rangeOfToken(typed) }),
      ...(previous === undefined ? {} : { previousImage: previous.image }),
    };
  } catch {
    return EMPTY;
  }
}

/**
 * Content assist from the start of the file; when earlier text does not parse, from the start of the
 * declaration the cursor is in (the last declaration keyword that begins a line).
 */
function suggestionPaths(preceding: IToken[]) {
  const fromStart = policyParser.computeContentAssist('file', preceding);
  if (fromStart.length > 0) return fromStart;
  for (let index = preceding.length - 1; index > 0; index--) {
    const token = preceding[index]!;
    const before = preceding[index - 1]!;
    const beginsLine = (before.endLine ?? 0) < (token.startLine ?? 0);
    if (beginsLine && declarationKeywords.has(keywordSpellingOf(token.tokenType) ?? '')) {
      return policyParser.computeContentAssist('file', preceding.slice(index));
    }
  }
  return fromStart;
}
