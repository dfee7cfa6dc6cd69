import type { ConditionIR, Literal } from '@wt/dsl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition } from '../src/compile-condition.js';
import { nameTypes } from '../src/name-types.js';
import { UNKNOWN, type TriState } from '../src/tri-state.js';

const ref = (name: string) => ({ ref: name });
const value = (literal: Literal) => ({ value: literal });
const compare = (name: string, operator: '=' | '!=' | '<' | '<=' | '>' | '>=', literal: Literal): ConditionIR => ({
  op: 'compare',
  operator,
  left: ref(name),
  right: value(literal),
});
const isTrue = (name: string): ConditionIR => ({ op: 'is-true', ref: name });
const and = (...args: ConditionIR[]): ConditionIR => ({ op: 'and', args });
const or = (...args: ConditionIR[]): ConditionIR => ({ op: 'or', args });
const not = (arg: ConditionIR): ConditionIR => ({ op: 'not', arg });

/** A record where a and b take a three-valued input: true, false, or absent. */
function inputs(a: TriState, b: TriState): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (a !== UNKNOWN) values.a = a;
  if (b !== UNKNOWN) values.b = b;
  return values;
}

const T = true;
const F = false;
const U = UNKNOWN;

describe('Kleene logic', () => {
  // Kleene's strong three-valued logic: false dominates and, true dominates or.
  const table: [TriState, TriState, TriState, TriState][] = [
    // a, b, a and b, a or b
    [T, T, T, T],
    [T, F, F, T],
    [T, U, U, T],
    [F, T, F, T],
    [F, F, F, F],
    [F, U, F, U],
    [U, T, U, T],
    [U, F, F, U],
    [U, U, U, U],
  ];
  const andAB = compileCondition(and(isTrue('a'), isTrue('b')));
  const orAB = compileCondition(or(isTrue('a'), isTrue('b')));

  it.each(table)('a=%s b=%s: and=%s or=%s', (a, b, expectedAnd, expectedOr) => {
    expect(andAB.evaluate(inputs(a, b))).toBe(expectedAnd);
    expect(orAB.evaluate(inputs(a, b))).toBe(expectedOr);
    expect(andAB.explain(inputs(a, b)).value).toBe(expectedAnd);
    expect(orAB.explain(inputs(a, b)).value).toBe(expectedOr);
  });

  it('negates true and false and keeps unknown', () => {
    const notA = compileCondition(not(isTrue('a')));
    expect(notA.evaluate({ a: true })).toBe(false);
    expect(notA.evaluate({ a: false })).toBe(true);
    expect(notA.evaluate({})).toBe(UNKNOWN);
  });

  it('treats absent, null and undefined alike as missing', () => {
    const a = compileCondition(isTrue('a'));
    expect(a.evaluate({})).toBe(UNKNOWN);
    expect(a.evaluate({ a: null })).toBe(UNKNOWN);
    expect(a.evaluate({ a: undefined })).toBe(UNKNOWN);
  });

  it('gives constants their value whatever the facts', () => {
    expect(compileCondition({ op: 'constant', value: true }).evaluate({})).toBe(true);
    expect(compileCondition(not({ op: 'constant', value: true })).evaluate({})).toBe(false);
    expect(compileCondition(and()).evaluate({})).toBe(true);
    expect(compileCondition(or()).evaluate({})).toBe(false);
  });
});

describe('comparisons', () => {
  it.each([
    ['=', 2, false],
    ['=', 3, true],
    ['!=', 3, false],
    ['!=', 4, true],
    ['<', 3, false],
    ['<', 4, true],
    ['<=', 2, false],
    ['<=', 3, true],
    ['>', 3, false],
    ['>', 2, true],
    ['>=', 4, false],
    ['>=', 3, true],
  ] as const)('needs-score 3 %s %s is %s', (operator, literal, expected) => {
    expect(compileCondition(compare('needs-score', operator, literal)).evaluate({ 'needs-score': 3 })).toBe(expected);
  });

  it('compares enum members and text as strings', () => {
    const n1 = compileCondition(compare('primary-need', '=', 'N1'));
    expect(n1.evaluate({ 'primary-need': 'N1' })).toBe(true);
    expect(n1.evaluate({ 'primary-need': 'N2' })).toBe(false);
    expect(compileCondition(compare('team', '<', 'north')).evaluate({ team: 'east' })).toBe(true);
  });

  it('compares booleans with = and !=', () => {
    expect(compileCondition(compare('s47', '=', true)).evaluate({ s47: true })).toBe(true);
    expect(compileCondition(compare('s47', '=', true)).evaluate({ s47: false })).toBe(false);
    expect(compileCondition(compare('s47', '!=', true)).evaluate({ s47: false })).toBe(true);
  });

  it('compares dates, ignoring the time of a date-time', () => {
    const onOrAfter = compileCondition(compare('referred', '>=', '2024-04-01'));
    expect(onOrAfter.evaluate({ referred: '2024-03-31' })).toBe(false);
    expect(onOrAfter.evaluate({ referred: '2024-04-01' })).toBe(true);
    // 23:59 on 31 March is still 31 March.
    expect(onOrAfter.evaluate({ referred: '2024-03-31T23:59:00Z' })).toBe(false);
    const on = compileCondition(compare('referred', '=', '2024-04-01'));
    expect(on.evaluate({ referred: '2024-04-01T09:30:00' })).toBe(true);
  });

  it('puts the fact first when the literal is on the left: 3 <= x is x >= 3', () => {
    const c = compileCondition({ op: 'compare', operator: '<=', left: value(3), right: ref('x') });
    expect(c.evaluate({ x: 2 })).toBe(false);
    expect(c.evaluate({ x: 3 })).toBe(true);
  });

  it('compares two facts, unknown when either is missing', () => {
    const c = compileCondition({ op: 'compare', operator: '>=', left: ref('score'), right: ref('bar') });
    expect(c.evaluate({ score: 4, bar: 3 })).toBe(true);
    expect(c.evaluate({ score: 2, bar: 3 })).toBe(false);
    expect(c.evaluate({ score: 2 })).toBe(UNKNOWN);
    expect(c.explain({}).missing).toEqual(['score', 'bar']);
    expect(c.explain({ score: 4, bar: 3 }).reason).toBe('score is 4, which is at least bar (3)');
  });

  it('evaluates comparisons of two literals once', () => {
    expect(compileCondition({ op: 'compare', operator: '>', left: value(3), right: value(2) }).evaluate({})).toBe(true);
    expect(compileCondition({ op: 'in', left: value('N1'), values: ['N2'] }).evaluate({})).toBe(false);
  });

  it('tests membership with in', () => {
    const c = compileCondition({ op: 'in', left: ref('needs-score'), values: [1, 2] });
    expect(c.evaluate({ 'needs-score': 0 })).toBe(false);
    expect(c.evaluate({ 'needs-score': 1 })).toBe(true);
    expect(c.evaluate({ 'needs-score': 2 })).toBe(true);
    expect(c.evaluate({ 'needs-score': 3 })).toBe(false);
    expect(c.evaluate({})).toBe(UNKNOWN);
  });
});

describe('values of the wrong type', () => {
  it('makes the leaf false and warns without quoting the value', () => {
    const warnings: string[] = [];
    const c = compileCondition(compare('needs-score', '>=', 3), { context: 'thresholds level-of-need' });
    expect(c.evaluate({ 'needs-score': '4' }, warnings)).toBe(false);
    expect(warnings).toEqual(['thresholds level-of-need: needs-score should be a number but is text']);
    expect(warnings.join()).not.toContain('4');
  });

  it('warns once for the same problem', () => {
    const warnings: string[] = [];
    const c = compileCondition(isTrue('significant-harm'));
    c.evaluate({ 'significant-harm': 'yes' }, warnings);
    c.evaluate({ 'significant-harm': 'yes' }, warnings);
    expect(warnings).toEqual(['significant-harm should be true or false but is text']);
  });

  it('is false, not unknown, so that not turns it true', () => {
    expect(compileCondition(not(isTrue('a'))).evaluate({ a: 1 })).toBe(true);
  });

  it('checks values against declared types: enum members, dates', () => {
    const types = nameTypes([
      ['primary-need', { kind: 'enum', values: ['N1', 'N2'] }],
      ['referred', { kind: 'date' }],
    ]);
    const warnings: string[] = [];
    expect(compileCondition(compare('primary-need', '!=', 'N1'), { types }).evaluate({ 'primary-need': 'N7' }, warnings)).toBe(false);
    expect(compileCondition(compare('referred', '<', '2024-01-01'), { types }).evaluate({ referred: 'last week' }, warnings)).toBe(false);
    expect(warnings).toEqual([
      'primary-need should be one of N1 or N2 but is another value',
      'referred should be a date (YYYY-MM-DD) but is text that is not a date',
    ]);
  });

  it('cannot order true and false', () => {
    const warnings: string[] = [];
    const c = compileCondition(compare('s47', '<', true));
    expect(c.evaluate({ s47: false }, warnings)).toBe(false);
    expect(c.evaluate({})).toBe(UNKNOWN);
    expect(warnings).toEqual(['s47 (true or false) cannot be compared with true']);
  });

  it('reports warnings from the explain path too', () => {
    expect(compileCondition(compare('n', '=', 1)).explain({ n: true })).toEqual({
      value: false,
      missing: [],
      reason: 'n is not a number',
      warnings: ['n should be a number but is true or false'],
    });
  });
});

describe('value sources', () => {
  const prototypeKeys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

  it.each(prototypeKeys)('treats inherited %s as missing', (name) => {
    expect(compileCondition(isTrue(name)).evaluate({})).toBe(UNKNOWN);
    expect(compileCondition(compare(name, '=', 'x')).evaluate({})).toBe(UNKNOWN);
    expect(compileCondition({ op: 'in', left: ref(name), values: ['x'] }).evaluate({})).toBe(UNKNOWN);
  });

  it('reads own properties named like prototype keys', () => {
    const parsed = JSON.parse('{"__proto__": true, "constructor": false}') as Record<string, unknown>;
    expect(compileCondition(isTrue('__proto__')).evaluate(parsed)).toBe(true);
    expect(compileCondition(isTrue('constructor')).evaluate(parsed)).toBe(false);
    const bare = Object.create(null) as Record<string, unknown>;
    bare['toString'] = true;
    expect(compileCondition(isTrue('toString')).evaluate(bare)).toBe(true);
  });

  it('reads from a function, such as a Map lookup', () => {
    const facts = new Map<string, unknown>([['needs-score', 4]]);
    const c = compileCondition(compare('needs-score', '>=', 3));
    expect(c.evaluate((name) => facts.get(name))).toBe(true);
    expect(compileCondition(isTrue('other')).evaluate((name) => facts.get(name))).toBe(UNKNOWN);
  });

  it('reads event attributes the same way as facts', () => {
    const event = { type: 'referral-closed', date: '2024-05-02', outcome: 'nfa' };
    expect(compileCondition(compare('outcome', '=', 'nfa')).evaluate(event)).toBe(true);
  });
});

describe('explain', () => {
  const c = compileCondition(and(compare('needs-score', '>=', 3), not(isTrue('significant-harm'))));

  it('says why a condition holds', () => {
    expect(c.explain({ 'needs-score': 4, 'significant-harm': false })).toEqual({
      value: true,
      missing: [],
      reason: 'needs-score is 4, which is at least 3, and significant-harm is false',
      warnings: [],
    });
  });

  it('names only the parts that decide a false', () => {
    expect(c.explain({ 'needs-score': 2, 'significant-harm': false }).reason).toBe('needs-score is 2, which is less than 3');
  });

  it('names the missing facts that make it unknown, and no others', () => {
    expect(c.explain({ 'significant-harm': false })).toMatchObject({ value: UNKNOWN, missing: ['needs-score'], reason: 'needs-score is missing' });
    // A false part decides the and: the missing needs-score does not matter.
    expect(c.explain({ 'significant-harm': true })).toMatchObject({ value: false, missing: [] });
    const either = compileCondition(or(isTrue('a'), compare('b', '>', 1)));
    expect(either.explain({}).missing).toEqual(['a', 'b']);
  });

  it('words equality, in and dates', () => {
    expect(compileCondition(compare('primary-need', '=', 'N1')).explain({ 'primary-need': 'N4' }).reason).toBe('primary-need is N4, not N1');
    expect(compileCondition({ op: 'in', left: ref('s'), values: [1, 2] }).explain({ s: 2 }).reason).toBe('s is 2, which is 1 or 2');
    expect(compileCondition({ op: 'in', left: ref('s'), values: [1, 2] }).explain({ s: 4 }).reason).toBe('s is 4, which is neither 1 nor 2');
    expect(compileCondition(compare('referred', '<', '2024-04-01')).explain({ referred: '2024-05-02' }).reason).toBe(
      'referred is 2024-05-02, which is on or after 2024-04-01',
    );
  });
});

describe('laws', () => {
  const names = ['a', 'b', 'c'];
  const leaf: fc.Arbitrary<ConditionIR> = fc.oneof(
    fc.constantFrom(...names).map(isTrue),
    fc.tuple(fc.constantFrom(...names), fc.constantFrom('=', '!=', '<', '<=', '>', '>=' as const), fc.integer({ min: 0, max: 3 })).map(
      ([name, operator, literal]) => compare(name, operator, literal),
    ),
    fc.constantFrom(...names).map((name): ConditionIR => ({ op: 'in', left: ref(name), values: [1, 2] })),
  );
  const condition = fc.letrec<{ c: ConditionIR }>((tie) => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((args) => and(...args)),
      fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((args) => or(...args)),
      tie('c').map(not),
    ),
  })).c;
  const value = fc.option(fc.oneof(fc.boolean(), fc.integer({ min: 0, max: 3 }), fc.constant('x')), { nil: undefined });
  const values = fc.record({ a: value, b: value, c: value });

  it('evaluate and explain agree; missing names appear exactly when unknown', () => {
    fc.assert(
      fc.property(condition, values, (c, v) => {
        const compiled = compileCondition(c);
        const explained = compiled.explain(v);
        expect(explained.value).toBe(compiled.evaluate(v));
        expect(explained.missing.length > 0).toBe(explained.value === UNKNOWN);
        for (const name of explained.missing) expect(v[name as 'a']).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('a decided value stays decided whatever the missing names turn out to be', () => {
    fc.assert(
      fc.property(condition, values, fc.record({ a: value, b: value, c: value }), (c, partial, filler) => {
        const compiled = compileCondition(c);
        const decided = compiled.evaluate(partial);
        if (decided === UNKNOWN) return;
        const completed = { ...filler, ...Object.fromEntries(Object.entries(partial).filter(([, x]) => x !== undefined)) };
        expect(compiled.evaluate(completed)).toBe(decided);
      }),
      { numRuns: 500 },
    );
  });
});
