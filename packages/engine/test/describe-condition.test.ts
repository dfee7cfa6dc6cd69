import type { ConditionIR, Literal } from '@wt/dsl';
import { describe, expect, it } from 'vitest';
import { describeCondition } from '../src/describe-condition.js';
import { nameTypes } from '../src/name-types.js';

const ref = (name: string) => ({ ref: name });
const value = (literal: Literal) => ({ value: literal });
const compare = (name: string, operator: '=' | '!=' | '<' | '<=' | '>' | '>=', literal: Literal): ConditionIR => ({
  op: 'compare',
  operator,
  left: ref(name),
  right: value(literal),
});
const isTrue = (name: string): ConditionIR => ({ op: 'is-true', ref: name });
const isIn = (name: string, values: Literal[]): ConditionIR => ({ op: 'in', left: ref(name), values });
const and = (...args: ConditionIR[]): ConditionIR => ({ op: 'and', args });
const or = (...args: ConditionIR[]): ConditionIR => ({ op: 'or', args });
const not = (arg: ConditionIR): ConditionIR => ({ op: 'not', arg });

describe('describeCondition', () => {
  it('reads the threshold example as English', () => {
    expect(describeCondition(and(compare('needs-score', '>=', 3), not(isTrue('significant-harm'))))).toBe(
      'needs-score is at least 3 and significant-harm is not true',
    );
  });

  it.each([
    ['=', 'needs-score is 3'],
    ['!=', 'needs-score is not 3'],
    ['<', 'needs-score is less than 3'],
    ['<=', 'needs-score is at most 3'],
    ['>', 'needs-score is more than 3'],
    ['>=', 'needs-score is at least 3'],
  ] as const)('words %s', (operator, expected) => {
    expect(describeCondition(compare('needs-score', operator, 3))).toBe(expected);
  });

  it('words date comparisons as before and after', () => {
    expect(describeCondition(compare('referred', '<', '2024-04-01'))).toBe('referred is before 2024-04-01');
    expect(describeCondition(compare('referred', '>=', '2024-04-01'))).toBe('referred is on or after 2024-04-01');
    expect(describeCondition(not(compare('referred', '>=', '2024-04-01')))).toBe('referred is before 2024-04-01');
  });

  it('words booleans, enum members and in-lists', () => {
    expect(describeCondition(isTrue('significant-harm'))).toBe('significant-harm is true');
    expect(describeCondition(compare('s47', '=', false))).toBe('s47 is false');
    expect(describeCondition(compare('outcome', '=', 'nfa'))).toBe('outcome is nfa');
    expect(describeCondition(isIn('needs-score', [1, 2]))).toBe('needs-score is 1 or 2');
    expect(describeCondition(isIn('primary-need', ['N1', 'N2', 'N3']))).toBe('primary-need is one of N1, N2 or N3');
    expect(describeCondition(not(isIn('needs-score', [1, 2])))).toBe('needs-score is neither 1 nor 2');
    expect(describeCondition(not(isIn('primary-need', ['N1', 'N2', 'N3'])))).toBe('primary-need is not one of N1, N2 or N3');
  });

  it('quotes free text, and every text of a name declared as text', () => {
    expect(describeCondition(compare('team', '=', 'North team'))).toBe('team is "North team"');
    const types = nameTypes([['team', { kind: 'string' }]]);
    expect(describeCondition(compare('team', '=', 'north'), { types })).toBe('team is "north"');
  });

  it('puts the fact first', () => {
    expect(describeCondition({ op: 'compare', operator: '<', left: value(3), right: ref('needs-score') })).toBe('needs-score is more than 3');
    expect(describeCondition({ op: 'compare', operator: '>=', left: ref('score'), right: ref('bar') })).toBe('score is at least bar');
  });

  it('brackets a group of the other connective, and only then', () => {
    expect(describeCondition(or(isTrue('a'), and(isTrue('b'), compare('c', '>', 1))))).toBe('a is true or (b is true and c is more than 1)');
    expect(describeCondition(and(isTrue('a'), or(isTrue('b'), isTrue('c'))))).toBe('a is true and (b is true or c is true)');
    expect(describeCondition(and(isTrue('a'), and(isTrue('b'), isTrue('c'))))).toBe('a is true and b is true and c is true');
  });

  it('pushes negations down to the leaves (De Morgan)', () => {
    expect(describeCondition(not(or(isTrue('a'), compare('b', '<', 2))))).toBe('a is not true and b is at least 2');
    expect(describeCondition(not(and(isTrue('a'), isTrue('b'))))).toBe('a is not true or b is not true');
    expect(describeCondition(not(not(isTrue('a'))))).toBe('a is true');
    expect(describeCondition(and(isTrue('x'), not(and(isTrue('a'), isTrue('b')))))).toBe('x is true and (a is not true or b is not true)');
  });

  it('words constants', () => {
    expect(describeCondition({ op: 'constant', value: true })).toBe('always');
    expect(describeCondition(not({ op: 'constant', value: true }))).toBe('never');
  });
});
