/**
 * Short text forms of IR fragments, as a policy officer would write them, for diagnostic messages.
 * (The full printer is print-text.ts; these stay small so that messages never depend on layout.)
 */
import type { AnchorIR, AttributeType, ConditionIR, DurationIR, EventMatchIR, Literal, Operand } from './ir.js';

const UNIT_WORDS: Record<DurationIR['unit'], [string, string]> = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
};

export function durationText(duration: DurationIR): string {
  const words = UNIT_WORDS[duration.unit] ?? [String(duration.unit), String(duration.unit)];
  const text = `${duration.amount} ${duration.amount === 1 ? words[0] : words[1]}`;
  return duration.rounding === undefined ? text : `${text} rounding ${duration.rounding}`;
}

/** The unit in the plural: `working days`. */
export function unitText(unit: DurationIR['unit']): string {
  return UNIT_WORDS[unit]?.[1] ?? String(unit);
}

export function literalText(value: Literal): string {
  if (typeof value !== 'string') return String(value);
  return /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*$/.test(value) || /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? value
    : JSON.stringify(value);
}

function operandText(operand: Operand): string {
  return 'ref' in operand ? operand.ref : literalText(operand.value);
}

export function conditionText(condition: ConditionIR): string {
  switch (condition.op) {
    case 'and':
    case 'or':
      return condition.args.map((arg) => nestedText(arg, condition.op)).join(` ${condition.op} `);
    case 'not':
      return `not ${nestedText(condition.arg, 'not')}`;
    case 'compare':
      return `${operandText(condition.left)} ${condition.operator} ${operandText(condition.right)}`;
    case 'in':
      return `${operandText(condition.left)} in (${condition.values.map(literalText).join(', ')})`;
    case 'is-true':
      return condition.ref;
    case 'constant':
      return String(condition.value);
  }
}

function nestedText(condition: ConditionIR, parent: 'and' | 'or' | 'not'): string {
  const needsParentheses =
    (condition.op === 'or' && parent !== 'or') || (condition.op === 'and' && parent === 'not');
  const text = conditionText(condition);
  return needsParentheses ? `(${text})` : text;
}

export function matchText(match: EventMatchIR): string {
  return match.where === undefined ? match.event : `${match.event} where ${conditionText(match.where)}`;
}

export function anchorText(anchor: AnchorIR): string {
  const text = `${anchor.which} ${matchText(anchor)}`;
  return anchor.fallback === undefined ? text : `${text} otherwise ${anchorText(anchor.fallback)}`;
}

export function typeText(type: AttributeType): string {
  switch (type.kind) {
    case 'boolean':
      return 'yes/no (boolean)';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'date':
      return 'a date';
    case 'enum':
      return `one of (${type.values.join(', ')})`;
  }
}

export function literalTypeText(value: Literal): string {
  if (typeof value === 'boolean') return 'yes/no';
  if (typeof value === 'number') return 'a number';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'a date' : 'text';
}
