/** fast-check arbitraries for policy IRs that are well-typed but otherwise anything (names collide on purpose). */
import fc from 'fast-check';
import type {
  AnchorIR,
  AttributeType,
  CalendarIR,
  ConditionIR,
  DurationIR,
  EventMatchIR,
  Literal,
  PolicyIR,
  RuleIR,
  ThresholdsIR,
  Weekday,
} from '../../src/ir.js';
import type { SourceRange } from '../../src/source-range.js';

const name = fc.constantFrom('a', 'b', 'referral', 'visit', '__proto__', 'constructor', 'toString', 'x-1');
const literal: fc.Arbitrary<Literal> = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constantFrom('a', 'nfa', '2024-02-30', '2024-05-02', ''));
const loc: fc.Arbitrary<SourceRange | undefined> = fc.option(
  fc.record({ line: fc.nat(50), column: fc.nat(80), endLine: fc.nat(50), endColumn: fc.nat(80) }),
  { nil: undefined },
);
const type: fc.Arbitrary<AttributeType> = fc.oneof(
  fc.constantFrom<AttributeType>({ kind: 'boolean' }, { kind: 'number' }, { kind: 'string' }, { kind: 'date' }),
  fc.array(name, { maxLength: 3 }).map((values) => ({ kind: 'enum' as const, values })),
);
const operand = fc.oneof(name.map((ref) => ({ ref })), literal.map((value) => ({ value })));

const condition: fc.Arbitrary<ConditionIR> = fc.letrec<{ condition: ConditionIR }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.boolean().map((value) => ({ op: 'constant' as const, value })),
    name.map((ref) => ({ op: 'is-true' as const, ref })),
    fc.record({
      op: fc.constant('compare' as const),
      operator: fc.constantFrom('=', '!=', '<', '<=', '>', '>=' as const),
      left: operand,
      right: operand,
      loc,
    }),
    fc.record({ op: fc.constant('in' as const), left: operand, values: fc.array(literal, { maxLength: 3 }) }),
    fc.record({ op: fc.constant('not' as const), arg: tie('condition') }),
    fc.record({ op: fc.constantFrom('and' as const, 'or' as const), args: fc.array(tie('condition'), { maxLength: 3 }) }),
  ),
})).condition;

const duration: fc.Arbitrary<DurationIR> = fc.record(
  {
    amount: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.double({ noNaN: false }), fc.constant(1e9)),
    unit: fc.constantFrom('working-days', 'days', 'weeks', 'months' as const),
    rounding: fc.constantFrom('last-day', 'next-month-start', 'refuse' as const),
    loc,
  },
  { requiredKeys: ['amount', 'unit'] },
);
const match: fc.Arbitrary<EventMatchIR> = fc.record({ event: name, where: condition, loc }, { requiredKeys: ['event'] });
const anchor: fc.Arbitrary<AnchorIR> = fc.letrec<{ anchor: AnchorIR }>((tie) => ({
  anchor: fc.record(
    {
      event: name,
      where: condition,
      which: fc.constantFrom('first', 'last', 'each' as const),
      fallback: fc.oneof({ depthSize: 'small' }, fc.constant(undefined), tie('anchor')),
      loc,
    },
    { requiredKeys: ['event', 'which'] },
  ),
})).anchor;

const rule: fc.Arbitrary<RuleIR> = fc.record(
  {
    kind: fc.constantFrom('timescale', 'review-point', 'decision-point' as const),
    id: name,
    start: anchor,
    requires: fc.record({ event: name, where: condition, within: duration }, { requiredKeys: ['event', 'within'] }),
    while: fc.record({ from: match, to: match }),
    unless: fc.array(match, { maxLength: 2 }),
    statutory: fc.boolean(),
    cites: fc.array(fc.string(), { maxLength: 2 }),
    warn: duration,
    escalation: name,
    loc,
  },
  { requiredKeys: ['kind', 'id'] },
);

const calendar: fc.Arbitrary<CalendarIR> = fc.record(
  {
    id: name,
    extends: name,
    weekend: fc.array(fc.constantFrom<Weekday>('monday', 'saturday', 'sunday', 'funday' as Weekday), { maxLength: 8 }),
    holidays: fc.oneof(
      fc.record({ kind: fc.constant('region' as const), region: fc.constantFrom('GB-ENG', 'FR') }),
      fc.record({ kind: fc.constant('govuk-file' as const), path: fc.string(), division: fc.constantFrom('scotland', 'x') }),
    ),
    closed: fc.array(fc.record({ date: fc.constantFrom('2024-12-24', '2024-02-30', 'soon') }), { maxLength: 3 }),
    counting: fc.constantFrom('exclusive', 'inclusive' as const),
  },
  { requiredKeys: ['id'] },
);

const thresholds: fc.Arbitrary<ThresholdsIR> = fc.record(
  {
    id: name,
    levels: fc.array(fc.record({ level: fc.integer({ min: 0, max: 5 }), label: fc.string(), when: condition, loc }), { maxLength: 4 }),
    otherwise: fc.record({ level: fc.integer({ min: 0, max: 5 }), label: fc.string() }),
  },
  { requiredKeys: ['id', 'levels'] },
);

export function arbitraryPolicy(ids: readonly string[]): fc.Arbitrary<PolicyIR> {
  return fc.record(
    {
      irVersion: fc.constant(1 as const),
      id: fc.constantFrom(...ids),
      extends: fc.constantFrom(...ids, 'missing'),
      effective: fc.constantFrom('2024-04-01', '2024-13-01'),
      until: fc.constantFrom('2024-03-01', '2025-01-01'),
      calendar: name,
      escalation: name,
      calendars: fc.array(calendar, { maxLength: 3 }),
      events: fc.array(fc.record({ id: name, attributes: fc.array(fc.record({ name, type }), { maxLength: 3 }) }), { maxLength: 4 }),
      facts: fc.array(fc.record({ id: name, type }), { maxLength: 3 }),
      rules: fc.array(rule, { maxLength: 4 }),
      removals: fc.array(fc.record({ kind: fc.constantFrom('timescale', 'review-point' as const), id: name }), { maxLength: 2 }),
      escalations: fc.array(
        fc.record({
          id: name,
          steps: fc.array(
            fc.record({
              action: fc.constantFrom('warn', 'notify' as const),
              role: fc.string(),
              when: fc.constantFrom('before-due', 'overdue' as const),
              offset: duration,
            }),
            { maxLength: 2 },
          ),
        }),
        { maxLength: 2 },
      ),
      thresholds: fc.array(thresholds, { maxLength: 2 }),
    },
    {
      requiredKeys: ['irVersion', 'id', 'calendars', 'events', 'facts', 'rules', 'removals', 'escalations', 'thresholds'],
    },
  );
}
