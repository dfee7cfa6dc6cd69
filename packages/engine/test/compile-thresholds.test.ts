import type { ConditionIR, Literal, ThresholdsIR } from '@wt/dsl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileThresholds, NO_LEVEL_MATCHED } from '../src/compile-thresholds.js';
import { nameTypes } from '../src/name-types.js';
import { LEVEL_OF_NEED, LEVEL_OF_NEED_TYPES, PRIMARY_NEEDS } from './fixtures/level-of-need-thresholds.js';

const compare = (name: string, operator: '>=' | '<', literal: Literal): ConditionIR => ({
  op: 'compare',
  operator,
  left: { ref: name },
  right: { value: literal },
});
const isTrue = (name: string): ConditionIR => ({ op: 'is-true', ref: name });

// The threshold document of docs/language.md.
const DOC: ThresholdsIR = {
  id: 'level-of-need',
  levels: [
    { level: 4, label: 'Child protection (s47)', when: isTrue('significant-harm') },
    {
      level: 3,
      label: 'Child in need (s17)',
      when: { op: 'and', args: [compare('needs-score', '>=', 3), { op: 'not', arg: isTrue('significant-harm') }] },
    },
    { level: 2, label: 'Early help', when: { op: 'in', left: { ref: 'needs-score' }, values: [1, 2] } },
  ],
  otherwise: { level: 1, label: 'Universal services' },
};

const thresholds = compileThresholds(DOC);

describe('compileThresholds', () => {
  it('decides the first level that matches, in the order written', () => {
    // significant-harm makes level 4 true; needs-score 4 alone would make level 3 true.
    expect(thresholds.evaluate({ 'needs-score': 4, 'significant-harm': true })).toEqual({
      thresholds: 'level-of-need',
      level: 4,
      label: 'Child protection (s47)',
      explanation: [],
    });
    const lowFirst = compileThresholds({ ...DOC, levels: [...DOC.levels].reverse() });
    // Written lowest first, the same facts give the first matching level: level 2 needs 1 or 2, so 3.
    expect(lowFirst.evaluate({ 'needs-score': 4, 'significant-harm': false }).level).toBe(3);
  });

  it('falls back to otherwise when no level matches', () => {
    expect(thresholds.evaluate({ 'needs-score': 0, 'significant-harm': false })).toMatchObject({ level: 1, label: 'Universal services' });
  });

  it('says no level matched when there is no otherwise', () => {
    const strict = compileThresholds({ ...DOC, otherwise: undefined });
    expect(strict.evaluate({ 'needs-score': 0, 'significant-harm': false })).toEqual({
      thresholds: 'level-of-need',
      level: null,
      label: null,
      undecided: { missing: [], reason: NO_LEVEL_MATCHED },
      explanation: [],
    });
  });

  it('cannot decide when a level before the decision needs a missing fact', () => {
    // Level 4 is false; level 3 reads needs-score, which is missing: never a silent false.
    expect(thresholds.evaluate({ 'significant-harm': false })).toEqual({
      thresholds: 'level-of-need',
      level: null,
      label: null,
      undecided: { missing: ['needs-score'], reason: 'cannot decide: missing needs-score' },
      explanation: [],
    });
    expect(thresholds.evaluate({}).undecided).toEqual({ missing: ['significant-harm'], reason: 'cannot decide: missing significant-harm' });
  });

  it('decides when the missing facts cannot change the level', () => {
    // Level 4 holds on significant-harm alone; needs-score is never needed.
    expect(thresholds.evaluate({ 'significant-harm': true }).level).toBe(4);
  });

  it('names every missing fact of the undecided condition', () => {
    const doc: ThresholdsIR = {
      id: 't',
      levels: [{ level: 2, label: 'High', when: { op: 'or', args: [isTrue('a'), compare('b', '<', 3)] } }],
      otherwise: { level: 1, label: 'Low' },
    };
    expect(compileThresholds(doc).evaluate({}).undecided?.reason).toBe('cannot decide: missing a, b');
  });

  it('is callable as the fast path', () => {
    expect(thresholds({ 'needs-score': 2, 'significant-harm': false })).toEqual(thresholds.evaluate({ 'needs-score': 2, 'significant-harm': false }));
    expect(thresholds.id).toBe('level-of-need');
    expect(thresholds.names).toEqual(['significant-harm', 'needs-score']);
  });

  it('explains the level decided and why each level before it did not apply', () => {
    expect(thresholds.explain({ 'needs-score': 4, 'significant-harm': false })).toEqual({
      thresholds: 'level-of-need',
      level: 3,
      label: 'Child in need (s17)',
      explanation: [
        {
          kind: 'threshold',
          text: 'Level 3 (Child in need (s17)) because needs-score is 4, which is at least 3, and significant-harm is false.',
        },
        { kind: 'threshold-level', text: 'Level 4 (Child protection (s47)) did not apply because significant-harm is false.' },
      ],
    });
  });

  it('explains otherwise and cannot-decide', () => {
    expect(thresholds.explain({ 'needs-score': 0, 'significant-harm': false }).explanation.map((step) => step.text)).toEqual([
      'Level 1 (Universal services) because no other level applied.',
      'Level 4 (Child protection (s47)) did not apply because significant-harm is false.',
      'Level 3 (Child in need (s17)) did not apply because needs-score is 0, which is less than 3.',
      'Level 2 (Early help) did not apply because needs-score is 0, which is neither 1 nor 2.',
    ]);
    expect(thresholds.explain({ 'significant-harm': false }).explanation.map((step) => step.text)).toEqual([
      'Cannot decide the level: level 3 (Child in need (s17)) may apply, but needs-score is missing.',
      'Level 4 (Child protection (s47)) did not apply because significant-harm is false.',
    ]);
  });

  it('warns about a fact of the wrong type and carries on', () => {
    const warnings: string[] = [];
    const typed = compileThresholds(DOC, { types: nameTypes([['needs-score', { kind: 'number' }]]) });
    // "4" is text: needs-score >= 3 is false, and so is needs-score in (1, 2): otherwise.
    expect(typed.evaluate({ 'needs-score': '4', 'significant-harm': false }, warnings).level).toBe(1);
    expect(warnings).toEqual(['thresholds level-of-need: needs-score should be a number but is text']);
    const explainWarnings: string[] = [];
    typed.explain({ 'needs-score': '4', 'significant-harm': false }, explainWarnings);
    expect(explainWarnings).toEqual(warnings);
  });

  it('evaluate and explain decide alike on any facts, missing or not', () => {
    const compiled = compileThresholds(LEVEL_OF_NEED, { types: nameTypes(LEVEL_OF_NEED_TYPES) });
    const facts = fc.record(
      {
        'needs-score': fc.integer({ min: 0, max: 6 }),
        'significant-harm': fc.boolean(),
        'primary-need': fc.constantFrom(...PRIMARY_NEEDS),
        'parental-consent': fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(facts, (f) => {
        const fast = compiled.evaluate(f);
        const explained = compiled.explain(f);
        expect({ ...explained, explanation: [] }).toEqual(fast);
        expect(explained.explanation.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
