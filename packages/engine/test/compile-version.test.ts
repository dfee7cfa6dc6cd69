import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttributeType, ConditionIR } from '@wt/dsl';
import { compileCondition } from '../src/compile-condition.js';
import { compileFilter } from '../src/compile-version.js';

const types: Record<string, AttributeType> = {
  flag: { kind: 'boolean' },
  score: { kind: 'number' },
  outcome: { kind: 'enum', values: ['nfa', 'early-help'] },
  note: { kind: 'string' },
  on: { kind: 'date' },
};
const typeOf = (name: string) => types[name];

const conditions: ConditionIR[] = [
  { op: 'is-true', ref: 'flag' },
  { op: 'compare', operator: '=', left: { ref: 'flag' }, right: { value: true } },
  { op: 'compare', operator: '=', left: { ref: 'flag' }, right: { value: false } },
  { op: 'compare', operator: '=', left: { ref: 'score' }, right: { value: 3 } },
  { op: 'compare', operator: '=', left: { ref: 'outcome' }, right: { value: 'nfa' } },
  { op: 'compare', operator: '=', left: { ref: 'note' }, right: { value: 'x' } },
  { op: 'compare', operator: '=', left: { ref: 'on' }, right: { value: '2024-05-02' } },
  { op: 'compare', operator: '>=', left: { ref: 'score' }, right: { value: 3 } },
];

const value = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(0, 3, 3.5, -1),
  fc.constantFrom('nfa', 'early-help', 'x', '2024-05-02', '2024-05-02T10:00:00Z', ''),
);

describe('compileFilter', () => {
  it('matches exactly when the general compiled condition is true (its fast paths included)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...conditions), fc.record({ flag: value, score: value, outcome: value, note: value, on: value }), (condition, raw) => {
        const attributes: Record<string, unknown> = Object.create(null);
        for (const [name, entry] of Object.entries(raw)) if (entry !== undefined) attributes[name] = entry;
        const general = compileCondition(condition, { types: typeOf }).evaluate(attributes) === true;
        expect(compileFilter(condition, typeOf, 'test')(attributes)).toBe(general);
      }),
    );
  });

  it('does not see names inherited from a prototype', () => {
    const inherited = Object.create({ flag: true }) as Record<string, unknown>;
    expect(compileFilter({ op: 'is-true', ref: 'flag' }, typeOf, 'test')(inherited)).toBe(false);
  });
});
