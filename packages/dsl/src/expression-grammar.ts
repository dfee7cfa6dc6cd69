/**
 * The expression-like part of the grammar of the text form: names, event matches, anchors, durations
 * and conditions. `PolicyParser` (parser.ts) extends it with the declarations; the fragments of the
 * YAML form start at its rules.
 */
import { CstParser, type TokenType } from 'chevrotain';
import { closestName } from './closest-name.js';
import { MAX_NESTING } from './nesting-limit.js';
import { expected, syntaxMessageProvider } from './syntax-messages.js';
import {
  allTokens,
  Comma,
  comparisonOperators,
  DateLiteral,
  DotDot,
  keyword as kw,
  keywordSpellingOf,
  keywordTokens,
  LParen,
  Name,
  NumberLiteral,
  RParen,
  StringLiteral,
} from './tokens.js';

/** Keywords that cannot be a name where a condition or a value starts (they mean something there). */
const conditionKeywords = new Set(['true', 'false', 'not']);

const anyKeywordTokens: TokenType[] = [...keywordTokens.values()];
const plainKeywordTokens: TokenType[] = [...keywordTokens].filter(([spelling]) => !conditionKeywords.has(spelling)).map(([, token]) => token);
const anchorWhich: TokenType[] = [kw('first'), kw('last'), kw('each')];
const roundings: TokenType[] = [kw('last-day'), kw('next-month-start'), kw('refuse')];
const simpleUnits: TokenType[] = [kw('day'), kw('days'), kw('week'), kw('weeks'), kw('month'), kw('months')];

export abstract class ExpressionGrammar extends CstParser {
  private nesting = 0;

  constructor() {
    super(allTokens, {
      recoveryEnabled: true,
      nodeLocationTracking: 'full',
      maxLookahead: 3,
      errorMessageProvider: syntaxMessageProvider,
    });
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
  protected oneOf(tokens: readonly TokenType[], label: string, errorMessage: string, occurrence: 1 | 2 | 3 = 1): void {
    const alternatives = tokens.map((token) => ({ ALT: () => this.CONSUME(token, { LABEL: label }) }));
    const options = { DEF: alternatives, ERR_MSG: errorMessage };
    if (occurrence === 1) this.OR1(options);
    else if (occurrence === 2) this.OR2(options);
    else this.OR3(options);
  }

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
