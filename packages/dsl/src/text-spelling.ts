/**
 * The canonical spelling, in the text syntax, of the pieces of a policy that read as one phrase:
 * strings, numbers, durations, types, conditions, event matches and anchors. The text printer lays
 * these out in declarations; the YAML printer writes the same phrases as YAML strings.
 */
import type {
  AnchorIR,
  AttributeType,
  ConditionIR,
  DurationIR,
  EventMatchIR,
  Literal,
  Operand,
  WhileIR,
} from './ir.js';
import { dateProblem } from './literals.js';

const NAME = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$/;

/** Words that read as something other than a name where a value is expected. */
const WORDS_THAT_ARE_NOT_VALUES = new Set(['true', 'false', 'and', 'or', 'not', 'in', 'within', 'otherwise', 'where']);

export function spellString(text: string): string {
  return `"${text.replace(/[\\"]/g, (character) => `\\${character}`)}"`;
}

/** A number in plain decimal notation (never `1e+21`). */
export function spellNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const plain = String(value);
  const exponential = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(plain);
  if (!exponential) return plain;
  // Shift the decimal point of the shortest digits that read back as `value`.
  const [, sign, first, rest = '', exponentText] = exponential;
  const digits = `${first}${rest}`;
  const point = 1 + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

export function isName(text: string): boolean {
  return NAME.test(text);
}

/**
 * A literal as a value: an enum member or other kebab-case word is written bare (`outcome = nfa`), a
 * date bare (`2024-04-01`), anything else as a quoted string.
 */
export function spellLiteral(value: Literal): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return spellNumber(value);
  if (isName(value) && !WORDS_THAT_ARE_NOT_VALUES.has(value)) return value;
  if (dateProblem(value) === undefined) return value;
  return spellString(value);
}

export function spellOperand(operand: Operand): string {
  return 'ref' in operand ? operand.ref : spellLiteral(operand.value);
}

const UNIT_SPELLING = {
  'working-days': ['working day', 'working days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
} as const;

/** `1 working day`, `45 working days`, `6 months rounding next-month-start`. */
export function spellDuration(duration: DurationIR): string {
  const [singular, plural] = UNIT_SPELLING[duration.unit];
  const unit = duration.amount === 1 ? singular : plural;
  const rounding = duration.rounding === undefined ? '' : ` rounding ${duration.rounding}`;
  return `${spellNumber(duration.amount)} ${unit}${rounding}`;
}

export function spellType(type: AttributeType): string {
  return type.kind === 'enum' ? `one of (${type.values.join(', ')})` : type.kind;
}

/**
 * Binding strength: `or` binds loosest, then `and`, then `not`; atoms bind tightest. A nested `and`
 * inside an `and` (or `or` inside `or`) keeps its parentheses, because the parser reads `a and b and c`
 * as one `and` of three: that is how the printed text gives back exactly the same tree.
 */
function strength(condition: ConditionIR): number {
  switch (condition.op) {
    case 'or':
      return 1;
    case 'and':
      return 2;
    case 'not':
      return 3;
    default:
      return 4;
  }
}

function spellOperandOf(condition: ConditionIR, needsMoreThan: number): string {
  const text = spellCondition(condition);
  return strength(condition) > needsMoreThan ? text : `(${text})`;
}

export function spellCondition(condition: ConditionIR): string {
  switch (condition.op) {
    case 'or':
    case 'and': {
      // An empty `and` is true and an empty `or` false; a one-armed one is its arm. The parser never
      // makes either, so these spellings only keep the meaning of hand-built IR.
      if (condition.args.length === 0) return condition.op === 'and' ? 'true' : 'false';
      if (condition.args.length === 1) return spellCondition(condition.args[0]!);
      // An `and` inside an `or` keeps its brackets: the meaning does not need them, readers do.
      const own = condition.op === 'or' ? strength({ op: 'and', args: [] }) : strength(condition);
      return condition.args.map((arg) => spellOperandOf(arg, own)).join(` ${condition.op} `);
    }
    case 'not':
      return `not ${spellOperandOf(condition.arg, 2)}`;
    case 'compare':
      return `${spellOperand(condition.left)} ${condition.operator} ${spellOperand(condition.right)}`;
    case 'in':
      return `${spellOperand(condition.left)} in (${condition.values.map(spellLiteral).join(', ')})`;
    case 'is-true':
      return condition.ref;
    case 'constant':
      return condition.value ? 'true' : 'false';
  }
}

/** `strategy-discussion where s47 = true`. */
export function spellMatch(match: EventMatchIR): string {
  return match.where === undefined ? match.event : `${match.event} where ${spellCondition(match.where)}`;
}

/** `first strategy-discussion where s47 = true otherwise last strategy-discussion` (`first` is always written). */
export function spellAnchor(anchor: AnchorIR): string {
  const own = `${anchor.which} ${spellMatch(anchor)}`;
  return anchor.fallback === undefined ? own : `${own} otherwise ${spellAnchor(anchor.fallback)}`;
}

/** `plan-start .. plan-end`. */
export function spellWhile(state: WhileIR): string {
  return `${spellMatch(state.from)} .. ${spellMatch(state.to)}`;
}
