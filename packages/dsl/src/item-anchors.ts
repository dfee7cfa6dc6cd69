/**
 * Finds, in the source of a policy, where the items stand that the IR keeps without a location of
 * their own: the lines of a policy header (`title`, `effective`...), a calendar's `title`, `weekend`,
 * `holidays`, `closed` and `counting` keywords, and a rule's `cites` and `escalation` lines. The
 * formatter needs them to keep a comment beside such a line.
 */
import type { IToken } from 'chevrotain';
import type { PolicyIR, RuleIR } from './ir.js';
import { itemAnchorKey, type ItemAnchors } from './layout-policy.js';
import { lexSource } from './lexer.js';
import type { SourceRange } from './source-range.js';
import type { SourcePosition } from './text-layout.js';

const CALENDAR_ITEM_KEYWORDS = new Set(['title', 'weekend', 'holidays', 'closed', 'counting']);

function positionOf(token: IToken): SourcePosition {
  return { line: token.startLine ?? 1, column: token.startColumn ?? 1 };
}

function isWithin(token: IToken, range: SourceRange): boolean {
  const line = token.startLine ?? 0;
  const column = token.startColumn ?? 0;
  const afterStart = line > range.line || (line === range.line && column >= range.column);
  const beforeEnd = line < range.endLine || (line === range.endLine && column < range.endColumn);
  return afterStart && beforeEnd;
}

/** The tokens between the first `{` of `range` and its end: the items of a block. */
function blockTokens(tokens: readonly IToken[], range: SourceRange | undefined): IToken[] {
  if (range === undefined) return [];
  const inside = tokens.filter((token) => isWithin(token, range));
  const open = inside.findIndex((token) => token.image === '{');
  return open < 0 ? [] : inside.slice(open + 1);
}

function setFirst(anchors: Map<string, SourcePosition>, key: string, token: IToken): void {
  if (!anchors.has(key)) anchors.set(key, positionOf(token));
}

/** Every policy item is a keyword and one value. */
function findPolicyItems(tokens: readonly IToken[], ir: PolicyIR, anchors: Map<string, SourcePosition>): void {
  const items = blockTokens(tokens, ir.loc);
  for (let index = 0; index + 1 < items.length && items[index]!.image !== '}'; index += 2) {
    setFirst(anchors, itemAnchorKey('policy', items[index]!.image), items[index]!);
  }
}

/** No value inside a calendar block is spelt like one of its item keywords. */
function findCalendarItems(tokens: readonly IToken[], ir: PolicyIR, anchors: Map<string, SourcePosition>): void {
  ir.calendars.forEach((calendar, index) => {
    for (const token of blockTokens(tokens, calendar.loc)) {
      if (CALENDAR_ITEM_KEYWORDS.has(token.image)) setFirst(anchors, itemAnchorKey('calendar', index, token.image), token);
    }
  });
}

function locatedParts(rule: RuleIR): SourceRange[] {
  const parts = [rule.start?.loc, rule.requires?.loc, rule.while?.loc, rule.warn?.loc, ...(rule.unless ?? []).map((m) => m.loc)];
  return parts.filter((range): range is SourceRange => range !== undefined);
}

/**
 * Outside the located parts of a rule (its anchor, requirement, state, cancellations and warning,
 * where conditions may use any name), `cites` before a string and `escalation` before a name can
 * only be those lines.
 */
function findRuleItems(tokens: readonly IToken[], ir: PolicyIR, anchors: Map<string, SourcePosition>): void {
  ir.rules.forEach((rule, index) => {
    const parts = locatedParts(rule);
    const free = blockTokens(tokens, rule.loc).filter((token) => !parts.some((range) => isWithin(token, range)));
    let cites = 0;
    free.forEach((token, position) => {
      const next = free[position + 1];
      if (token.image === 'cites' && next?.image.startsWith('"') === true) {
        anchors.set(itemAnchorKey('rule', index, 'cites', cites++), positionOf(token));
      } else if (token.image === 'escalation' && next !== undefined && /^[A-Za-z]/.test(next.image)) {
        setFirst(anchors, itemAnchorKey('rule', index, 'escalation'), token);
      }
    });
  });
}

/** Source positions of the items of `ir` that have no `loc`, read from `source` (which `ir` was parsed from). */
export function findItemAnchors(source: string, ir: PolicyIR): ItemAnchors {
  const tokens = lexSource(source).tokens;
  const anchors = new Map<string, SourcePosition>();
  findPolicyItems(tokens, ir, anchors);
  findCalendarItems(tokens, ir, anchors);
  findRuleItems(tokens, ir, anchors);
  return anchors;
}
