/**
 * The grammar of the text form (docs/language.md "Grammar") as a chevrotain CST parser with error
 * recovery: the declarations, over the expressions of `expression-grammar.ts`. One instance is built
 * when the module loads; use `policyParser`.
 *
 * CST children are labelled (`id`, `title`, `key`, ...) so that `cst-to-ir.ts` reads them by meaning.
 */
import type { TokenType } from 'chevrotain';
import { ExpressionGrammar } from './expression-grammar.js';
import { expected } from './syntax-messages.js';
import { Colon, Comma, DateLiteral, keyword as kw, LBrace, LParen, NumberLiteral, RBrace, RParen, StringLiteral, weekdayTokens } from './tokens.js';

const ruleKindTokens: TokenType[] = [kw('timescale'), kw('review-point'), kw('decision-point')];
const stringHeaderKeys: TokenType[] = [kw('title'), kw('version'), kw('area'), kw('source')];
const dateHeaderKeys: TokenType[] = [kw('effective'), kw('until')];
const nameHeaderKeys: TokenType[] = [kw('calendar'), kw('escalation')];
const countings: TokenType[] = [kw('exclusive'), kw('inclusive')];
const simpleTypes: TokenType[] = [kw('boolean'), kw('number'), kw('string'), kw('date')];

export class PolicyParser extends ExpressionGrammar {
  constructor() {
    super();
    this.performSelfAnalysis();
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


}

/** The parser (built once; chevrotain parsers are reusable and cheap to reset). */
export const policyParser = new PolicyParser();

export { MAX_NESTING } from './nesting-limit.js';
