import { describe, expect, it } from 'vitest';
import type { ConditionIR } from '../src/ir.js';
import { spellAnchor, spellCondition, spellDuration, spellLiteral, spellNumber, spellString, spellType } from '../src/text-spelling.js';

describe('spelling of phrases', () => {
  it('writes units in the singular only for exactly 1', () => {
    expect(spellDuration({ amount: 1, unit: 'working-days' })).toBe('1 working day');
    expect(spellDuration({ amount: 0, unit: 'working-days' })).toBe('0 working days');
    expect(spellDuration({ amount: 1, unit: 'weeks' })).toBe('1 week');
    expect(spellDuration({ amount: 1.5, unit: 'days' })).toBe('1.5 days');
    expect(spellDuration({ amount: 3, unit: 'months', rounding: 'refuse' })).toBe('3 months rounding refuse');
  });

  it('escapes strings and never writes exponents', () => {
    expect(spellString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(spellNumber(1e21)).toBe('1000000000000000000000');
    expect(spellNumber(1e-7)).toBe('0.0000001');
    expect(spellNumber(2.5)).toBe('2.5');
    expect(spellNumber(1.25e-8)).toBe('0.0000000125');
    expect(spellNumber(1.5e22)).toBe('15000000000000000000000');
    for (const n of [1e-7, 1.25e-8, 1.5e22, 123.456]) expect(Number(spellNumber(n))).toBe(n);
  });

  it('writes enum members and dates bare, other strings quoted', () => {
    expect(spellLiteral('nfa')).toBe('nfa');
    expect(spellLiteral('2024-04-01')).toBe('2024-04-01');
    expect(spellLiteral('2023-02-30')).toBe('"2023-02-30"');
    expect(spellLiteral('true')).toBe('"true"');
    expect(spellLiteral('two words')).toBe('"two words"');
    expect(spellLiteral(false)).toBe('false');
  });

  const a: ConditionIR = { op: 'is-true', ref: 'a' };
  const b: ConditionIR = { op: 'is-true', ref: 'b' };
  const c: ConditionIR = { op: 'is-true', ref: 'c' };

  it('uses parentheses only where the tree needs them', () => {
    // An `and` inside an `or` keeps brackets for readers, though the tree would not need them.
    expect(spellCondition({ op: 'or', args: [{ op: 'and', args: [a, b] }, c] })).toBe('(a and b) or c');
    expect(spellCondition({ op: 'and', args: [{ op: 'or', args: [a, b] }, c] })).toBe('(a or b) and c');
    expect(spellCondition({ op: 'not', arg: { op: 'and', args: [a, b] } })).toBe('not (a and b)');
    expect(spellCondition({ op: 'not', arg: { op: 'not', arg: a } })).toBe('not not a');
    expect(spellCondition({ op: 'and', args: [{ op: 'not', arg: a }, b] })).toBe('not a and b');
  });

  it('keeps nested and/or of the same kind apart, so the tree survives a round trip', () => {
    expect(spellCondition({ op: 'and', args: [{ op: 'and', args: [a, b] }, c] })).toBe('(a and b) and c');
    expect(spellCondition({ op: 'or', args: [a, { op: 'or', args: [b, c] }] })).toBe('a or (b or c)');
    expect(spellCondition({ op: 'and', args: [a, b, c] })).toBe('a and b and c');
  });

  it('prints comparisons, lists and constants', () => {
    expect(
      spellCondition({ op: 'compare', operator: '!=', left: { ref: 'outcome' }, right: { value: 'moved-away' } }),
    ).toBe('outcome != moved-away');
    expect(spellCondition({ op: 'in', left: { ref: 'need' }, values: ['N1', 'N2', 'two words'] })).toBe(
      'need in (N1, N2, "two words")',
    );
    expect(spellCondition({ op: 'constant', value: true })).toBe('true');
  });
});

describe('spelling of anchors and types', () => {
  it('always says which occurrence an anchor means, and chains fallbacks', () => {
    expect(spellAnchor({ which: 'first', event: 'referral' })).toBe('first referral');
    expect(
      spellAnchor({
        which: 'first',
        event: 'strategy-discussion',
        where: { op: 'compare', operator: '=', left: { ref: 's47' }, right: { value: true } },
        fallback: { which: 'last', event: 'strategy-discussion', fallback: { which: 'each', event: 'referral' } },
      }),
    ).toBe('first strategy-discussion where s47 = true otherwise last strategy-discussion otherwise each referral');
  });

  it('spells types as in declarations', () => {
    expect(spellType({ kind: 'date' })).toBe('date');
    expect(spellType({ kind: 'enum', values: ['nfa', 'moved-away'] })).toBe('one of (nfa, moved-away)');
  });
});
