/**
 * Syntax error messages a policy officer can act on ("Expected a duration unit such as `working days`
 * after `45`"), built from what chevrotain knows when it fails. Each message is encoded with its
 * diagnostic code, hint and where it points, and decoded again in `syntax-diagnostics.ts`.
 *
 * Codes: WT102 an unexpected token (the squiggle is on it), WT103 a missing token (the squiggle is on
 * the token after which something is missing).
 */
import { EOF, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { closestName } from './closest-name.js';
import { DateLiteral, keyword, keywordSpellingOf, LParen, Name, NumberLiteral, RBrace, StringLiteral } from './tokens.js';
import { MAX_NESTING } from './nesting-limit.js';

/** Phrases for what the parser expected, used as chevrotain `ERR_MSG`s. */
export const expected = {
  declaration:
    'a declaration (`policy`, `calendar`, `event`, `fact`, `timescale`, `review-point`, `decision-point`, `remove`, `escalation` or `thresholds`)',
  name: 'a name',
  policyItem: 'a header line (`title`, `version`, `area`, `effective`, `until`, `calendar`, `escalation` or `source`)',
  calendarItem: 'a calendar line (`title`, `weekend`, `holidays`, `closed` or `counting`)',
  weekday: 'a weekday such as `saturday`',
  holidays: 'a region in quotes such as "GB-ENG", or `file`',
  closure: 'a date (YYYY-MM-DD)',
  counting: '`exclusive` or `inclusive`',
  type: 'a type (`boolean`, `number`, `string`, `date` or `one of (...)`)',
  ruleKind: '`timescale`, `review-point` or `decision-point`',
  ruleItem: 'a rule line (`starts at`, `requires`, `while`, `unless`, `statutory`, `cites`, `warn` or `escalation`)',
  anchorWhich: '`first`, `last` or `each`',
  rounding: '`last-day`, `next-month-start` or `refuse`',
  unit: 'a duration unit such as `working days`',
  workingDays: '`day` or `days` (as in `working days`)',
  escalationStep: 'an escalation step (`warn` or `notify`)',
  condition: 'a condition such as `significant-harm` or `needs-score >= 3`',
  operator: 'a comparison (`=`, `!=`, `<`, `<=`, `>`, `>=`)',
  comparison: 'a comparison such as `= 3` or `in (1, 2)`',
  value: 'a value (a number, a string, a date, `true`, `false` or a name)',
} as const;

/** Blocks: what may stand in them, for "Unexpected `titel` in the policy header". */
const blocks = new Map<string, { where: string; items: string; keywords: string[]; hint?: string }>([
  ['policyDecl', { where: 'the policy header', items: expected.policyItem, keywords: ['title', 'version', 'area', 'effective', 'until', 'calendar', 'escalation', 'source'] }],
  ['calendarDecl', { where: 'the calendar', items: expected.calendarItem, keywords: ['title', 'weekend', 'holidays', 'closed', 'counting'] }],
  ['ruleDecl', { where: 'the rule', items: expected.ruleItem, keywords: ['starts', 'requires', 'while', 'unless', 'statutory', 'cites', 'warn', 'escalation'] }],
  ['escalationDecl', { where: 'the escalation ladder', items: expected.escalationStep, keywords: ['warn', 'notify'] }],
  ['thresholdsDecl', { where: 'the thresholds', items: 'a `level` or `otherwise level`', keywords: ['level', 'otherwise'] }],
  ['eventDecl', { where: 'the attributes', items: '`,` and another attribute', keywords: [], hint: 'Separate attributes with commas: `{ s47: boolean, outcome: string }`.' }],
]);

const declarationKeywords = ['policy', 'calendar', 'event', 'fact', 'timescale', 'review-point', 'decision-point', 'remove', 'escalation', 'thresholds'];

const hintsByExpectation = new Map<string, string>([
  [expected.unit, 'Durations are written like `45 working days`, `10 days`, `2 weeks` or `3 months`.'],
  [expected.type, 'For example `fact needs-score number` or `outcome: one of (nfa, transferred)`.'],
  [expected.condition, 'For example `significant-harm`, `not significant-harm`, `needs-score >= 3` or `s47 = true`.'],
  [expected.value, 'Text goes in double quotes; dates are written YYYY-MM-DD.'],
  ['`at`', 'Write `starts at first referral`.'],
  ['`within`', 'Write `requires assessment-complete within 45 working days`.'],
  ['`..`', 'Write `while plan-start .. plan-end`.'],
  ['`before`', 'Write `warn 5 working days before due`.'],
  ['`due`', 'Write `warn 5 working days before due`.'],
  ['`when`', 'Write `level 3 "Child in need" when needs-score >= 3`, or `notify "Team manager" when overdue`.'],
  ['`overdue`', 'Write `notify "Team manager" when overdue 1 working day`.'],
  ['a string in double quotes', 'Put text in double quotes: "like this".'],
  ['a date (YYYY-MM-DD)', 'Write dates as YYYY-MM-DD, for example 2024-04-01.'],
  ['a name', 'Names are kebab-case: a letter, then letters, digits and single hyphens (`assessment-complete`).'],
  ['a number', 'For example `45`.'],
  ['`}`', 'Every `{` needs a matching `}`.'],
  ['`)`', 'Separate the values in a list with commas, and close it with `)`: `(nfa, transferred)`.'],
  ['`{`', 'A block opens with `{` after its name and title: `timescale assessment "Complete the assessment" {`.'],
]);

/** What a fragment of the YAML form holds, by the rule it is parsed with. */
const fragmentNouns = new Map([
  ['condition', 'the condition'],
  ['duration', 'the duration'],
  ['anchor', 'the start event'],
  ['match', 'the event'],
  ['whileRange', 'the range'],
  ['requirement', 'the requirement'],
]);

/** How the end of the input is named in messages: "the file ends" or, for a fragment, "the text ends". */
let endOfInput: 'file' | 'text' = 'file';

/** Runs `read` with messages naming the end of the input as the end of `what`. */
export function namingEndOfInputAs<T>(what: 'file' | 'text', read: () => T): T {
  const saved = endOfInput;
  endOfInput = what;
  try {
    return read();
  } finally {
    endOfInput = saved;
  }
}

export interface SyntaxProblem {
  code: 'WT102' | 'WT103' | 'WT109';
  message: string;
  hint?: string;
  /** Where the squiggle goes: on the unexpected token, or on the token after which something is missing. */
  at: 'actual' | 'previous';
}

const PREFIX = 'wt-syntax:';

function encode(problem: SyntaxProblem): string {
  return PREFIX + JSON.stringify(problem);
}

/** The problem behind a chevrotain error message built by `syntaxMessageProvider`. */
export function decodeSyntaxProblem(message: string): SyntaxProblem {
  if (message.startsWith(PREFIX)) {
    try {
      return JSON.parse(message.slice(PREFIX.length)) as SyntaxProblem;
    } catch {
      // fall through: not one of ours
    }
  }
  return { code: 'WT102', message, at: 'actual' };
}

function isEndOfFile(token: IToken | undefined): boolean {
  return token === undefined || token.tokenType === EOF;
}

function shown(token: IToken | undefined): string {
  if (token === undefined || isEndOfFile(token)) return `the end of the ${endOfInput}`;
  const image = token.image.length > 40 ? token.image.slice(0, 37) + '...' : token.image;
  return '`' + image + '`';
}

function after(previous: IToken | undefined): string {
  if (isEndOfFile(previous) || previous?.isInsertedInRecovery || previous?.image === '') return '';
  return ` after ${shown(previous)}`;
}

/** The label of a token type: `` `within` ``, `a name`, `a number`, ... */
export function describeTokenType(tokenType: TokenType): string {
  if (tokenType === EOF) return 'the end of the file';
  return tokenType.LABEL ?? tokenType.name;
}

/** Missing when nothing (or only the next line) follows; unexpected when something wrong stands there. */
function placement(actual: IToken | undefined, previous: IToken | undefined): SyntaxProblem['at'] {
  if (isEndOfFile(actual)) return 'previous';
  if (isEndOfFile(previous) || previous?.isInsertedInRecovery) return 'actual';
  return actual?.startLine === previous?.startLine ? 'actual' : 'previous';
}

/** "Expected X after P, found A". `actual` is undefined only when chevrotain has no token to show (the end). */
function problem(description: string, actual: IToken | undefined, previous: IToken | undefined, candidates: string[]): SyntaxProblem {
  const at = placement(actual, previous);
  const found = isEndOfFile(actual) ? `, but the ${endOfInput} ends` : `, found ${shown(actual)}`;
  const spelling = spellingHint(actual, candidates);
  const hint = spelling ?? (isNameHintRelevant(description, actual) ? hintsByExpectation.get(description) : undefined);
  return {
    code: at === 'actual' || spelling !== undefined ? 'WT102' : 'WT103',
    message: `Expected ${description}${after(previous)}${found}`,
    ...(hint === undefined ? {} : { hint }),
    at: spelling !== undefined ? 'actual' : at,
  };
}

/** "Names are kebab-case" helps when a number or text stands where a name should, not a missing name. */
function isNameHintRelevant(description: string, actual: IToken | undefined): boolean {
  if (description !== expected.name) return true;
  return actual !== undefined && [NumberLiteral, StringLiteral, DateLiteral].includes(actual.tokenType);
}

function spellingHint(actual: IToken | undefined, candidates: string[]): string | undefined {
  if (actual === undefined || isEndOfFile(actual)) return undefined;
  const isWord = actual.tokenType === Name || keywordSpellingOf(actual.tokenType) !== undefined;
  if (!isWord) return undefined;
  const closest = closestName(actual.image, candidates);
  return closest === undefined ? undefined : `Did you mean \`${closest}\`?`;
}

/** A token between declarations that starts none. */
function strayAtTopLevel(actual: IToken): SyntaxProblem {
  const closesNothing = actual.tokenType === RBrace ? 'This `}` closes nothing: there may be one too many.' : undefined;
  const hint = spellingHint(actual, declarationKeywords) ?? closesNothing;
  return {
    code: 'WT102',
    message: `Unexpected ${shown(actual)}: expected ${expected.declaration}`,
    ...(hint === undefined ? {} : { hint }),
    at: 'actual',
  };
}

function startsDeclaration(token: IToken): boolean {
  const spelling = keywordSpellingOf(token.tokenType);
  return spelling !== undefined && declarationKeywords.includes(spelling);
}

function firstKeywords(paths: TokenType[][]): string[] {
  return paths.flatMap((path) => {
    const first = path[0];
    const spelling = first === undefined ? undefined : keywordSpellingOf(first);
    return spelling === undefined ? [] : [spelling];
  });
}

export const syntaxMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected: expectedType, actual, previous, ruleName }) {
    const block = blocks.get(ruleName);
    if (block !== undefined && expectedType === RBrace && !isEndOfFile(actual) && !startsDeclaration(actual)) {
      const hint = spellingHint(actual, block.keywords) ?? block.hint;
      return encode({
        code: 'WT102',
        message: `Unexpected ${shown(actual)} in ${block.where}: expected ${block.items} or \`}\``,
        ...(hint === undefined ? {} : { hint }),
        at: 'actual',
      });
    }
    if (expectedType === EOF) return encode(strayAtTopLevel(actual));
    const spelling = keywordSpellingOf(expectedType);
    return encode(problem(describeTokenType(expectedType), actual, previous, spelling === undefined ? [] : [spelling]));
  },

  buildNotAllInputParsedMessage({ firstRedundant, ruleName }) {
    if (ruleName === 'file') return encode(strayAtTopLevel(firstRedundant));
    const fragment = fragmentNouns.get(ruleName) ?? 'the text';
    return encode({ code: 'WT102', message: `Unexpected ${shown(firstRedundant)} after ${fragment}`, at: 'actual' });
  },

  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, customUserDescription, ruleName }) {
    const first = actual[0];
    const isTooDeep = (ruleName === 'atom' && first?.tokenType === LParen) || (ruleName === 'negation' && first?.tokenType === keyword('not'));
    if (isTooDeep) {
      return encode({
        code: 'WT109',
        message: `Conditions may be nested at most ${MAX_NESTING} deep`,
        hint: 'Split the condition into simpler ones.',
        at: 'actual',
      });
    }
    const description = customUserDescription ?? 'something else';
    const candidates = firstKeywords(expectedPathsPerAlt.flat());
    return encode(problem(description, first, previous, candidates));
  },

  buildEarlyExitMessage({ expectedIterationPaths, actual, previous, customUserDescription }) {
    const description = customUserDescription ?? 'something else';
    return encode(problem(description, actual[0], previous, firstKeywords(expectedIterationPaths)));
  },
};
