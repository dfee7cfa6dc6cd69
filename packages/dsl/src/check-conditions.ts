/**
 * Names and types in conditions. In a `where` filter a name is an attribute of the event being matched;
 * in a threshold level it is a fact of the case. Booleans compare with `=`/`!=` to true/false; numbers
 * with numbers; dates with dates (`YYYY-MM-DD`); text with text; a `one of` type with its own values.
 * Only numbers and dates are ordered (`<`, `<=`, `>`, `>=`).
 */
import type { CheckContext } from './check-context.js';
import { didYouMeanHint } from './closest-name.js';
import type { AttributeType, ConditionIR, Literal, Operand, RuleIR, ThresholdsIR } from './ir.js';
import { isIsoDate } from './iso-date.js';
import { literalText, literalTypeText, typeText } from './message-text.js';
import { ruleMatches } from './rule-matches.js';
import type { SourceRange } from './source-range.js';
import type { ChecksByKind } from './validation-registry.js';

/** What names mean in one condition, and how to report a name that means nothing. */
interface NameTypes {
  typeOf(name: string): AttributeType | undefined;
  reportUnknown(name: string, range: SourceRange | undefined): void;
}

function checkRuleFilters(rule: RuleIR, context: CheckContext): void {
  for (const match of ruleMatches(rule)) {
    const event = context.scope.events.get(match.event)?.node;
    if (match.where === undefined || event === undefined) continue;
    const attributes = new Map(event.attributes.map((attribute) => [attribute.name, attribute.type]));
    checkCondition(match.where, context, {
      typeOf: (name) => attributes.get(name),
      reportUnknown(name, range) {
        const names = [...attributes.keys()];
        context.error('WT203', `event \`${event.id}\` has no attribute \`${name}\``, range ?? match.loc, {
          hint:
            didYouMeanHint(name, names) ??
            (names.length === 0 ? `\`${event.id}\` has no attributes` : `its attributes: ${names.join(', ')}`),
        });
      },
    });
  }
}

function checkThresholdConditions(thresholds: ThresholdsIR, context: CheckContext): void {
  const facts = context.scope.facts;
  for (const level of thresholds.levels) {
    checkCondition(level.when, context, {
      typeOf: (name) => facts.get(name)?.node.type,
      reportUnknown(name, range) {
        context.error('WT202', `there is no fact \`${name}\``, range ?? level.loc, {
          hint: didYouMeanHint(name, facts.keys()) ?? 'declare it: `fact name "what it records" number`',
        });
      },
    });
  }
}

function checkCondition(condition: ConditionIR, context: CheckContext, names: NameTypes): void {
  switch (condition.op) {
    case 'and':
    case 'or':
      for (const arg of condition.args) checkCondition(arg, context, names);
      return;
    case 'not':
      checkCondition(condition.arg, context, names);
      return;
    case 'constant':
      return;
    case 'is-true': {
      const type = names.typeOf(condition.ref);
      if (type === undefined) names.reportUnknown(condition.ref, condition.loc);
      else if (type.kind !== 'boolean') {
        context.error('WT314', `\`${condition.ref}\` is ${typeText(type)}, not yes/no: it cannot stand alone as a condition`, condition.loc, {
          hint: type.kind === 'number' ? `compare it, e.g. \`${condition.ref} >= 1\`` : `compare it, e.g. \`${condition.ref} = …\``,
        });
      }
      return;
    }
    case 'compare':
      checkComparison(condition, context, names);
      return;
    case 'in':
      checkInList(condition, context, names);
      return;
  }
}

type Comparison = Extract<ConditionIR, { op: 'compare' }>;
type InList = Extract<ConditionIR, { op: 'in' }>;

function checkComparison(condition: Comparison, context: CheckContext, names: NameTypes): void {
  const left = operandType(condition.left, names);
  const right = operandType(condition.right, names);
  if (left === 'unknown' || right === 'unknown') return;
  const ordered = condition.operator !== '=' && condition.operator !== '!=';
  if ('ref' in condition.left && 'ref' in condition.right) {
    if (left === undefined || right === undefined) return;
    if (left.kind !== right.kind) {
      context.error(
        'WT316',
        `\`${condition.left.ref}\` is ${typeText(left)} and \`${condition.right.ref}\` is ${typeText(right)}: they cannot be compared`,
        condition.loc,
      );
    } else if (ordered) reportOrdering(condition, condition.left.ref, left, context);
    return;
  }
  const [ref, type, value] =
    'ref' in condition.left ? [condition.left, left, condition.right] : [condition.right, right, condition.left];
  if (!('ref' in ref) || !('value' in value) || type === undefined) return;
  if (ordered && reportOrdering(condition, ref.ref, type, context)) return;
  checkLiteral(ref.ref, type, value.value, value.loc ?? condition.loc, context, false);
}

function checkInList(condition: InList, context: CheckContext, names: NameTypes): void {
  if (!('ref' in condition.left)) return;
  const type = operandType(condition.left, names);
  if (type === 'unknown' || type === undefined) return;
  for (const value of condition.values) checkLiteral(condition.left.ref, type, value, condition.loc, context, true);
}

/** The type of a named operand; `unknown` (already reported) for an undeclared name; undefined for a literal. */
function operandType(operand: Operand, names: NameTypes): AttributeType | 'unknown' | undefined {
  if (!('ref' in operand)) return undefined;
  const type = names.typeOf(operand.ref);
  if (type !== undefined) return type;
  names.reportUnknown(operand.ref, operand.loc);
  return 'unknown';
}

function reportOrdering(condition: Comparison, name: string, type: AttributeType, context: CheckContext): boolean {
  if (type.kind === 'number' || type.kind === 'date') return false;
  context.error(
    'WT310',
    `\`${name}\` is ${typeText(type)}: \`${condition.operator}\` only compares numbers and dates`,
    condition.loc,
    { hint: type.kind === 'boolean' ? `write \`${name} = true\` or \`${name} = false\`` : 'use `=`, `!=` or `in (…)`' },
  );
  return true;
}

function checkLiteral(
  name: string,
  type: AttributeType,
  value: Literal,
  range: SourceRange | undefined,
  context: CheckContext,
  inList: boolean,
): void {
  const wrongType = inList ? 'WT315' : 'WT311';
  const shown = type.kind === 'enum' || typeof value !== 'string' || isIsoDate(value) ? literalText(value) : JSON.stringify(value);
  const listNote = inList ? ' in the `in` list' : '';
  switch (type.kind) {
    case 'boolean':
      if (typeof value !== 'boolean') {
        context.error(wrongType, `\`${name}\` is yes/no (boolean), but \`${shown}\`${listNote} is ${literalTypeText(value)}`, range, {
          hint: `compare it with \`true\` or \`false\``,
        });
      }
      return;
    case 'number':
      if (typeof value !== 'number') {
        context.error(wrongType, `\`${name}\` is a number, but \`${shown}\`${listNote} is ${literalTypeText(value)}`, range);
      }
      return;
    case 'string':
      if (typeof value !== 'string') {
        context.error(wrongType, `\`${name}\` is text, but \`${shown}\`${listNote} is ${literalTypeText(value)}`, range, {
          hint: `write text in quotes: \`"${shown}"\``,
        });
      }
      return;
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) {
        context.error(inList ? wrongType : 'WT312', `\`${name}\` is a date, but \`${shown}\`${listNote} is not a date`, range, {
          hint: 'write a date as YYYY-MM-DD, e.g. 2024-05-02',
        });
      }
      return;
    case 'enum':
      if (typeof value !== 'string' || !type.values.includes(value)) {
        const close = typeof value === 'string' ? didYouMeanHint(value, type.values) : undefined;
        const allowed = `allowed values: ${type.values.join(', ')}`;
        context.error('WT313', `\`${shown}\`${listNote} is not one of the values of \`${name}\``, range, {
          hint: close === undefined ? allowed : `${close} (${allowed})`,
        });
      }
      return;
  }
}

export const conditionChecks: ChecksByKind = {
  rule: [checkRuleFilters],
  thresholds: [checkThresholdConditions],
};
