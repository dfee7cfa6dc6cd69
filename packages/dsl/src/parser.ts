/**
 * The grammar of the text form (docs/language.md "Grammar") as a chevrotain CST parser with error
 * recovery. One instance is built when the module loads; use `policyParser`.
 *
 * CST children are labelled (`id`, `title`, `key`, ...) so that `cst-to-ir.ts` reads them by meaning.
 */
import { CstParser, type TokenType } from 'chevrotain';
import { closestName } from './closest-name.js';
import { expected, MAX_NESTING_OF_CONDITIONS, syntaxMessageProvider } from './syntax-messages.js';
import {
  allTokens,
  Colon,
  Comma,
  comparisonOperators,
  DateLiteral,
  DotDot,
  keyword as kw,
  keywordSpellingOf,
  keywordTokens,
  LBrace,
  LParen,
  Name,
  NumberLiteral,
  RBrace,
  RParen,
  StringLiteral,
  weekdayTokens,
} from './tokens.js';

/** Keywords that cannot be a name where a condition or a value starts (they mean something there). */
const conditionKeywords = new Set(['true', 'false', 'not']);

const anyKeywordTokens: TokenType[] = [...keywordTokens.values()];
const plainKeywordTokens: TokenType[] = [...keywordTokens].filter(([spelling]) => !conditionKeywords.has(spelling)).map(([, token]) => token);
const ruleKindTokens: TokenType[] = [kw('timescale'), kw('review-point'), kw('decision-point')];
const stringHeaderKeys: TokenType[] = [kw('title'), kw('version'), kw('area'), kw('source')];
const dateHeaderKeys: TokenType[] = [kw('effective'), kw('until')];
const nameHeaderKeys: TokenType[] = [kw('calendar'), kw('escalation')];
const anchorWhich: TokenType[] = [kw('first'), kw('last'), kw('each')];
const roundings: TokenType[] = [kw('last-day'), kw('next-month-start'), kw('refuse')];
const countings: TokenType[] = [kw('exclusive'), kw('inclusive')];
const simpleTypes: TokenType[] = [kw('boolean'), kw('number'), kw('string'), kw('date')];
const simpleUnits: TokenType[] = [kw('day'), kw('days'), kw('week'), kw('weeks'), kw('month'), kw('months')];

/** How deep brackets, `not`s and `otherwise` fallbacks may nest (deeper would exhaust the stack). */
export const MAX_NESTING = MAX_NESTING_OF_CONDITIONS;

export class PolicyParser extends CstParser {
  private nesting = 0;

  constructor() {
    super(allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: 'full',
      maxLookahead: 3,
      errorMessageProvider: syntaxMessageProvider,
    });
    this.performSelfAnalysis();
  }

  override reset(): void {
    super.reset();
    this.nesting = 0;
  }

  /**
   * No "missing `at`" repair before `att` in `starts att first referral`: a misspelt keyword is a
   * wrong word, not a name after a missing keyword (repairing so would report the rest of the line too).
   */
  protected override canTokenTypeBeInsertedInRecovery(tokenType: TokenType): boolean {
    const spelling = keywordSpellingOf(tokenType);
    const next = this.LA(1);
    return spelling === undefined || next.tokenType !== Name || closestName(next.image, [spelling]) === undefined;
  }

  private canNest(): boolean {
    return this.nesting < MAX_NESTING;
  }

  private nested(read: () => void): void {
    this.nesting++;
    try {
      read();
    } finally {
      this.nesting--;
    }
  }

  /** One of `tokens`, stored under `label`. */
  private oneOf(tokens: readonly TokenType[], label: string, errorMessage: string, occurrence: 1 | 2 | 3 = 1): void {
    const alternatives = tokens.map((token) => ({ ALT: () => this.CONSUME(token, { LABEL: label }) }));
    const options = { DEF: alternatives, ERR_MSG: errorMessage };
    if (occurrence === 1) this.OR1(options);
    else if (occurrence === 2) this.OR2(options);
    else this.OR3(options);
  }

  public file = this.RULE('file', () => {
    this.MANY(() => this.SUBRULE(this.declaration));
  });

  public declaration = this.RULE('declaration', () => {
    this.OR({
      DEF: [
        { ALT: () => this.SUBRULE(this.policyDecl) },
        { ALT: () => this.SUBRULE(this.calendarDecl) },
        { ALT: () => this.SUBRULE(this.eventDecl) },
        { ALT: () => this.SUBRULE(this.factDecl) },
        { ALT: () => this.SUBRULE(this.ruleDecl) },
        { ALT: () => this.SUBRULE(this.removalDecl) },
        { ALT: () => this.SUBRULE(this.escalationDecl) },
        { ALT: () => this.SUBRULE(this.thresholdsDecl) },
      ],
      ERR_MSG: expected.declaration,
    });
  });

  /**
   * A keyword is read as a name only on the line of the token before it: otherwise a name left out
   * at the end of a line would swallow the keyword that starts the next one (`when x >=` ⏎ `level 2`).
   */
  private keywordMayBeName(): boolean {
    const previous = this.LA(0);
    const next = this.LA(1);
    return !((next.startLine ?? 0) > (previous.endLine ?? Infinity));
  }

  /** For alternatives that start with a name: the lookahead sees a keyword, the gate says whether it may be one. */
  private nameMayStartHere(): boolean {
    return this.LA(1).tokenType === Name || this.keywordMayBeName();
  }

  /** Any name, keywords included: an event may be called `review` or `level`. */
  public name = this.RULE('name', () => {
    this.OR({
      DEF: [
        { ALT: () => this.CONSUME(Name, { LABEL: 'word' }) },
        { GATE: () => this.keywordMayBeName(), ALT: () => this.oneOf(anyKeywordTokens, 'word', expected.name) },
      ],
      ERR_MSG: expected.name,
    });
  });

  /** A name where a condition or value starts: not `true`, `false` or `not`. */
  public plainName = this.RULE('plainName', () => {
    this.OR({
      DEF: [
        { ALT: () => this.CONSUME(Name, { LABEL: 'word' }) },
        { GATE: () => this.keywordMayBeName(), ALT: () => this.oneOf(plainKeywordTokens, 'word', expected.name) },
      ],
      ERR_MSG: expected.name,
    });
  });

  // policy NAME (extends NAME)? { policy-item* }
  public policyDecl = this.RULE('policyDecl', () => {
    this.CONSUME(kw('policy'));
    this.SUBRULE1(this.name, { LABEL: 'id' });
    this.OPTION(() => {
      this.CONSUME(kw('extends'), { LABEL: 'extendsKw' });
      this.SUBRULE2(this.name, { LABEL: 'base' });
    });
    this.CONSUME(LBrace);
    this.MANY(() => this.SUBRULE(this.policyItem));
    this.CONSUME(RBrace);
  });

  public policyItem = this.RULE('policyItem', () => {
    this.OR({
      DEF: [
        {
          ALT: () => {
            this.oneOf(stringHeaderKeys, 'key', expected.policyItem, 2);
            this.CONSUME(StringLiteral, { LABEL: 'text' });
          },
        },
        {
          ALT: () => {
            this.oneOf(dateHeaderKeys, 'key', expected.policyItem, 3);
            this.CONSUME(DateLiteral, { LABEL: 'date' });
          },
        },
        {
          ALT: () => {
            this.OR4(nameHeaderKeys.map((token) => ({ ALT: () => this.CONSUME(token, { LABEL: 'key' }) })));
            this.SUBRULE(this.name, { LABEL: 'ref' });
          },
        },
      ],
      ERR_MSG: expected.policyItem,
    });
  });

  // calendar NAME (extends NAME)? { calendar-item* }
  public calendarDecl = this.RULE('calendarDecl', () => {
    this.CONSUME(kw('calendar'));
    this.SUBRULE1(this.name, { LABEL: 'id' });
    this.OPTION(() => {
      this.CONSUME(kw('extends'), { LABEL: 'extendsKw' });
      this.SUBRULE2(this.name, { LABEL: 'base' });
    });
    this.CONSUME(LBrace);
    this.MANY(() => this.SUBRULE(this.calendarItem));
    this.CONSUME(RBrace);
  });

  public calendarItem = this.RULE('calendarItem', () => {
    this.OR({
      DEF: [
        {
          ALT: () => {
            this.CONSUME(kw('title'), { LABEL: 'key' });
            this.CONSUME1(StringLiteral, { LABEL: 'title' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('weekend'), { LABEL: 'key' });
            this.AT_LEAST_ONE({ DEF: () => this.oneOf(weekdayTokens, 'day', expected.weekday, 2), ERR_MSG: expected.weekday });
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('holidays'), { LABEL: 'key' });
            this.OR3({
              DEF: [
                { ALT: () => this.CONSUME2(StringLiteral, { LABEL: 'region' }) },
                {
                  ALT: () => {
                    this.CONSUME(kw('file'));
                    this.CONSUME3(StringLiteral, { LABEL: 'path' });
                    this.CONSUME(kw('division'));
                    this.CONSUME4(StringLiteral, { LABEL: 'division' });
                  },
                },
              ],
              ERR_MSG: expected.holidays,
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('closed'), { LABEL: 'key' });
            this.AT_LEAST_ONE2({ DEF: () => this.SUBRULE(this.closure), ERR_MSG: expected.closure });
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('counting'), { LABEL: 'key' });
            this.oneOf(countings, 'counting', expected.counting, 1);
          },
        },
      ],
      ERR_MSG: expected.calendarItem,
    });
  });

  public closure = this.RULE('closure', () => {
    this.CONSUME(DateLiteral, { LABEL: 'date' });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: 'label' }));
  });

  // event NAME STRING? ({ attribute (, attribute)* ,? })?
  public eventDecl = this.RULE('eventDecl', () => {
    this.CONSUME(kw('event'));
    this.SUBRULE(this.name, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: 'description' }));
    this.OPTION2(() => {
      this.CONSUME(LBrace);
      this.SUBRULE1(this.attribute);
      this.MANY(() => {
        this.CONSUME1(Comma);
        this.SUBRULE2(this.attribute);
      });
      this.OPTION3(() => this.CONSUME2(Comma));
      this.CONSUME(RBrace);
    });
  });

  public attribute = this.RULE('attribute', () => {
    this.SUBRULE(this.name, { LABEL: 'id' });
    this.CONSUME(Colon);
    this.SUBRULE(this.type);
  });

  // fact NAME STRING? type
  public factDecl = this.RULE('factDecl', () => {
    this.CONSUME(kw('fact'));
    this.SUBRULE(this.name, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: 'description' }));
    this.SUBRULE(this.type);
  });

  public type = this.RULE('type', () => {
    this.OR({
      DEF: [
        ...simpleTypes.map((token) => ({ ALT: () => this.CONSUME(token, { LABEL: 'simple' }) })),
        {
          ALT: () => {
            this.CONSUME(kw('one'));
            this.CONSUME(kw('of'));
            this.CONSUME(LParen);
            this.SUBRULE1(this.name, { LABEL: 'member' });
            this.MANY(() => {
              this.CONSUME(Comma);
              this.SUBRULE2(this.name, { LABEL: 'member' });
            });
            this.CONSUME(RParen);
          },
        },
      ],
      ERR_MSG: expected.type,
    });
  });

  // ("timescale" | "review-point" | "decision-point") NAME STRING? { rule-item* }
  public ruleDecl = this.RULE('ruleDecl', () => {
    this.oneOf(ruleKindTokens, 'kind', expected.ruleKind);
    this.SUBRULE(this.name, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: 'title' }));
    this.CONSUME(LBrace);
    this.MANY(() => this.SUBRULE(this.ruleItem));
    this.CONSUME(RBrace);
  });

  public ruleItem = this.RULE('ruleItem', () => {
    this.OR({
      DEF: [
        {
          ALT: () => {
            this.CONSUME(kw('starts'), { LABEL: 'key' });
            this.CONSUME(kw('at'));
            this.SUBRULE(this.anchor);
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('requires'), { LABEL: 'key' });
            this.SUBRULE(this.requirement);
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('while'), { LABEL: 'key' });
            this.SUBRULE(this.whileRange);
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('unless'), { LABEL: 'key' });
            this.SUBRULE(this.match);
          },
        },
        { ALT: () => this.CONSUME(kw('statutory'), { LABEL: 'key' }) },
        {
          ALT: () => {
            this.CONSUME(kw('cites'), { LABEL: 'key' });
            this.CONSUME(StringLiteral, { LABEL: 'citation' });
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('warn'), { LABEL: 'key' });
            this.SUBRULE(this.duration);
            this.CONSUME(kw('before'));
            this.CONSUME(kw('due'));
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('escalation'), { LABEL: 'key' });
            this.SUBRULE(this.name, { LABEL: 'ref' });
          },
        },
      ],
      ERR_MSG: expected.ruleItem,
    });
  });

  // ("first" | "last" | "each")? match ("otherwise" anchor)?
  public anchor = this.RULE('anchor', () => {
    this.OPTION(() => this.oneOf(anchorWhich, 'which', expected.anchorWhich));
    this.SUBRULE(this.match);
    this.OPTION2({
      GATE: () => this.canNest(),
      DEF: () => {
        this.CONSUME(kw('otherwise'));
        this.nested(() => this.SUBRULE(this.anchor, { LABEL: 'fallback' }));
      },
    });
  });

  public requirement = this.RULE('requirement', () => {
    this.SUBRULE(this.match);
    this.CONSUME(kw('within'));
    this.SUBRULE(this.duration);
  });

  public whileRange = this.RULE('whileRange', () => {
    this.SUBRULE1(this.match, { LABEL: 'from' });
    this.CONSUME(DotDot);
    this.SUBRULE2(this.match, { LABEL: 'to' });
  });

  // NAME ("where" condition)?
  public match = this.RULE('match', () => {
    this.SUBRULE(this.name, { LABEL: 'event' });
    this.OPTION(() => {
      this.CONSUME(kw('where'));
      this.SUBRULE(this.condition);
    });
  });

  // NUMBER unit ("rounding" ("last-day" | "next-month-start" | "refuse"))?
  public duration = this.RULE('duration', () => {
    this.CONSUME(NumberLiteral, { LABEL: 'amount' });
    this.SUBRULE(this.unit);
    this.OPTION(() => {
      this.CONSUME(kw('rounding'));
      this.oneOf(roundings, 'rounding', expected.rounding);
    });
  });

  public unit = this.RULE('unit', () => {
    this.OR({
      DEF: [
        {
          ALT: () => {
            this.CONSUME(kw('working'), { LABEL: 'working' });
            this.OR2({
              DEF: [
                { ALT: () => this.CONSUME1(kw('day'), { LABEL: 'word' }) },
                { ALT: () => this.CONSUME1(kw('days'), { LABEL: 'word' }) },
              ],
              ERR_MSG: expected.workingDays,
            });
          },
        },
        ...simpleUnits.map((token) => ({ ALT: () => this.CONSUME2(token, { LABEL: 'word' }) })),
      ],
      ERR_MSG: expected.unit,
    });
  });

  // remove ("timescale" | "review-point" | "decision-point") NAME
  public removalDecl = this.RULE('removalDecl', () => {
    this.CONSUME(kw('remove'));
    this.oneOf(ruleKindTokens, 'kind', expected.ruleKind);
    this.SUBRULE(this.name, { LABEL: 'id' });
  });

  // escalation NAME STRING? { step* }
  public escalationDecl = this.RULE('escalationDecl', () => {
    this.CONSUME(kw('escalation'));
    this.SUBRULE(this.name, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: 'title' }));
    this.CONSUME(LBrace);
    this.MANY(() => this.SUBRULE(this.escalationStep));
    this.CONSUME(RBrace);
  });

  public escalationStep = this.RULE('escalationStep', () => {
    this.OR({
      DEF: [
        {
          ALT: () => {
            this.CONSUME(kw('warn'), { LABEL: 'action' });
            this.CONSUME1(StringLiteral, { LABEL: 'role' });
            this.SUBRULE1(this.duration);
            this.CONSUME(kw('before'));
            this.CONSUME(kw('due'));
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw('notify'), { LABEL: 'action' });
            this.CONSUME2(StringLiteral, { LABEL: 'role' });
            this.CONSUME(kw('when'));
            this.CONSUME(kw('overdue'));
            this.OPTION(() => this.SUBRULE2(this.duration));
          },
        },
      ],
      ERR_MSG: expected.escalationStep,
    });
  });

  // thresholds NAME STRING? { level* ("otherwise" "level" NUMBER STRING)? }
  public thresholdsDecl = this.RULE('thresholdsDecl', () => {
    this.CONSUME(kw('thresholds'));
    this.SUBRULE(this.name, { LABEL: 'id' });
    this.OPTION(() => this.CONSUME(StringLiteral, { LABEL: 'title' }));
    this.CONSUME(LBrace);
    this.MANY(() => this.SUBRULE(this.thresholdLevel));
    this.OPTION2(() => this.SUBRULE(this.otherwiseLevel));
    this.CONSUME(RBrace);
  });

  public thresholdLevel = this.RULE('thresholdLevel', () => {
    this.CONSUME(kw('level'));
    this.CONSUME(NumberLiteral, { LABEL: 'level' });
    this.CONSUME(StringLiteral, { LABEL: 'label' });
    this.CONSUME(kw('when'));
    this.SUBRULE(this.condition);
  });

  public otherwiseLevel = this.RULE('otherwiseLevel', () => {
    this.CONSUME(kw('otherwise'));
    this.CONSUME(kw('level'));
    this.CONSUME(NumberLiteral, { LABEL: 'level' });
    this.CONSUME(StringLiteral, { LABEL: 'label' });
  });

  // disjunct ("or" disjunct)*
  public condition = this.RULE('condition', () => {
    this.SUBRULE1(this.disjunct);
    this.MANY(() => {
      this.CONSUME(kw('or'));
      this.SUBRULE2(this.disjunct);
    });
  });

  // negation ("and" negation)*
  public disjunct = this.RULE('disjunct', () => {
    this.SUBRULE1(this.negation);
    this.MANY(() => {
      this.CONSUME(kw('and'));
      this.SUBRULE2(this.negation);
    });
  });

  public negation = this.RULE('negation', () => {
    this.OR({
      DEF: [
        {
          GATE: () => this.canNest(),
          ALT: () => {
            this.CONSUME(kw('not'));
            this.nested(() => this.SUBRULE(this.negation, { LABEL: 'negated' }));
          },
        },
        { ALT: () => this.SUBRULE(this.atom) },
      ],
      ERR_MSG: expected.condition,
    });
  });

  public atom = this.RULE('atom', () => {
    this.OR({
      DEF: [
        {
          GATE: () => this.canNest(),
          ALT: () => {
            this.CONSUME(LParen);
            this.nested(() => this.SUBRULE(this.condition));
            this.CONSUME(RParen);
          },
        },
        { ALT: () => this.CONSUME(kw('true'), { LABEL: 'constant' }) },
        { ALT: () => this.CONSUME(kw('false'), { LABEL: 'constant' }) },
        {
          GATE: () => this.nameMayStartHere(),
          ALT: () => {
            this.SUBRULE(this.plainName, { LABEL: 'ref' });
            this.OPTION(() => {
              this.OR2({
                DEF: [
                  {
                    ALT: () => {
                      this.oneOf(comparisonOperators, 'operator', expected.operator, 3);
                      this.SUBRULE1(this.value);
                    },
                  },
                  {
                    ALT: () => {
                      this.CONSUME(kw('in'));
                      this.CONSUME2(LParen);
                      this.SUBRULE2(this.value);
                      this.MANY(() => {
                        this.CONSUME(Comma);
                        this.SUBRULE3(this.value);
                      });
                      this.CONSUME2(RParen);
                    },
                  },
                ],
                ERR_MSG: expected.comparison,
              });
            });
          },
        },
      ],
      ERR_MSG: expected.condition,
    });
  });

  // NUMBER | STRING | DATE | "true" | "false" | NAME
  public value = this.RULE('value', () => {
    this.OR({
      DEF: [
        { ALT: () => this.CONSUME(NumberLiteral, { LABEL: 'number' }) },
        { ALT: () => this.CONSUME(StringLiteral, { LABEL: 'string' }) },
        { ALT: () => this.CONSUME(DateLiteral, { LABEL: 'date' }) },
        { ALT: () => this.CONSUME(kw('true'), { LABEL: 'boolean' }) },
        { ALT: () => this.CONSUME(kw('false'), { LABEL: 'boolean' }) },
        { GATE: () => this.nameMayStartHere(), ALT: () => this.SUBRULE(this.plainName, { LABEL: 'member' }) },
      ],
      ERR_MSG: expected.value,
    });
  });
}

/** The parser (built once; chevrotain parsers are reusable and cheap to reset). */
export const policyParser = new PolicyParser();

/** Rules a fragment of the YAML form may start at. */
export type EntryRuleName = 'file' | 'condition' | 'duration' | 'anchor' | 'match' | 'whileRange' | 'requirement';
