import { describe, expect, it } from 'vitest';
import type { FactIR, ThresholdsIR } from '@wt/dsl';
import { compileThresholds, findThresholdWitness, nameTypes } from '../src/index.js';
import { NORTHMERE, NORTHMERE_DRAFT } from './policy-diff-fixtures.js';
import { policyFromText } from './policy-from-text.js';

function thresholdsOf(body: string, facts = 'fact a "A score" number\nfact b "A flag" boolean'): { doc: ThresholdsIR; facts: FactIR[] } {
  const policy = policyFromText(`policy t {\n  calendar c\n}\ncalendar c {\n  weekend saturday sunday\n}\n${facts}\nthresholds need "Need" {\n${body}\n}\n`);
  return { doc: policy.thresholds[0]!, facts: policy.facts };
}

/** Evaluates a threshold document on a witness, as the engine does for a case. */
function levelOf(doc: ThresholdsIR, facts: readonly FactIR[], values: Record<string, unknown>): number | null {
  return compileThresholds(doc, { types: nameTypes(facts.map((fact) => [fact.id, fact.type] as const)) }).evaluate(values).level;
}

describe('findThresholdWitness', () => {
  it('finds facts that Northmere 2024 and its 2025 draft put at different levels, and the witness checks out', () => {
    const oldDoc = NORTHMERE.thresholds[0]!;
    const newDoc = NORTHMERE_DRAFT.thresholds[0]!;
    const result = findThresholdWitness(oldDoc, newDoc, { oldFacts: NORTHMERE.facts, newFacts: NORTHMERE_DRAFT.facts });
    expect(result.found).toBe(true);
    expect(result.search).toBe('exhaustive');
    // The facts read, in order of first use, and their boundary values plus "missing":
    // significant-harm 3, disabled 3, needs-score {2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7} + missing = 12,
    // age {0, 0.5, 1, 1.5, 2} + missing = 6: 3 × 3 × 12 × 6 = 648 combinations.
    expect(result.facts).toEqual(['significant-harm', 'disabled', 'needs-score', 'age']);
    expect(result.tried).toBe(648);
    const witness = result.witness!;
    // First found with nothing missing: no significant harm, not disabled, needs score 3, age 1. Under 2024
    // early help needs a score of at least 3 (level 2); under the draft at least 5, so it is level 1.
    expect({ ...witness.facts }).toEqual({ 'significant-harm': false, disabled: false, 'needs-score': 3, age: 1 });
    expect(witness.missing).toEqual([]);
    expect(witness.old).toEqual({ level: 2, label: 'Early help' });
    expect(witness.new).toEqual({ level: 1, label: 'Universal services' });
    expect(levelOf(oldDoc, NORTHMERE.facts, witness.facts)).toBe(2);
    expect(levelOf(newDoc, NORTHMERE_DRAFT.facts, witness.facts)).toBe(1);
    // Every difference moves a case down (early help → universal services): no significant harm, not
    // disabled, a score in {3, 3.5, 4, 4.5} and an age in {1, 1.5, 2}: 4 × 3 = 12 combinations. A missing
    // fact stops both walks at the same level (level 4 or 3 cannot be decided), so it makes no difference.
    expect(result.differing).toBe(12);
    expect(result.lower).toBe(12);
    expect(result.higher).toBe(0);
  });

  it('finds no difference for an equivalent rewrite, and says how many combinations it tried', () => {
    const old = thresholdsOf('  level 2 "Some need" when a >= 3\n  otherwise level 1 "No need"');
    const rewritten = thresholdsOf('  level 2 "Some need" when not (a < 3)\n  otherwise level 1 "No need"');
    const result = findThresholdWitness(old.doc, rewritten.doc, { oldFacts: old.facts, newFacts: rewritten.facts });
    // a ∈ {2, 2.5, 3, 3.5, 4, missing}: 6 combinations, none different (missing is unknown under both).
    expect(result).toMatchObject({ found: false, search: 'exhaustive', tried: 6, differing: 0 });
  });

  it('treats a missing fact as a value of its own', () => {
    // "a >= 3 or not (a >= 3)" holds for every present a, but is unknown when a is missing;
    // "true" always holds. They differ only when a is missing.
    const old = thresholdsOf('  level 2 "Some need" when a >= 3 or not (a >= 3)\n  otherwise level 1 "No need"');
    const always = thresholdsOf('  level 2 "Some need" when true\n  otherwise level 1 "No need"');
    const result = findThresholdWitness(old.doc, always.doc, { oldFacts: old.facts, newFacts: always.facts });
    expect(result.found).toBe(true);
    expect(result.differing).toBe(1);
    expect(result.witness!.missing).toEqual(['a']);
    expect(result.witness!.old).toEqual({ level: null, label: null, reason: 'cannot decide: missing a' });
    expect(result.witness!.new).toEqual({ level: 2, label: 'Some need' });
    expect(result.decidedUnderOneOnly).toBe(1);
  });

  it('falls back to a seeded random sample when there are too many combinations', () => {
    const old = thresholdsOf('  level 2 "Some need" when a >= 3 and b\n  otherwise level 1 "No need"');
    const changed = thresholdsOf('  level 2 "Some need" when a >= 4 and b\n  otherwise level 1 "No need"');
    const options = { oldFacts: old.facts, newFacts: changed.facts, maxExhaustive: 1, tries: 200, seed: 7 };
    const first = findThresholdWitness(old.doc, changed.doc, options);
    expect(first.search).toBe('random');
    expect(first.tried).toBe(200);
    expect(first.found).toBe(true);
    const witness = first.witness!;
    expect(levelOf(old.doc, old.facts, witness.facts)).toBe(witness.old.level);
    expect(levelOf(changed.doc, changed.facts, witness.facts)).toBe(witness.new.level);
    expect(witness.old.level).not.toBe(witness.new.level);
    // The same seed gives the same sample.
    expect(findThresholdWitness(old.doc, changed.doc, options)).toEqual(first);
  });

  it('reports "no difference found in N tries" from a random sample', () => {
    const old = thresholdsOf('  level 2 "Some need" when a >= 3\n  otherwise level 1 "No need"');
    const same = thresholdsOf('  level 2 "Some need" when not (a < 3)\n  otherwise level 1 "No need"');
    expect(findThresholdWitness(old.doc, same.doc, { oldFacts: old.facts, newFacts: same.facts, maxExhaustive: 1, tries: 50 })).toMatchObject({
      found: false,
      search: 'random',
      tried: 50,
    });
  });

  it('tries the members of an enum and the days either side of a date', () => {
    const facts = 'fact need "CIN code" one of (N1, N2, N3)\nfact seen "Date seen" date';
    const old = thresholdsOf('  level 2 "Abuse" when need = N1 and seen >= 2024-04-01\n  otherwise level 1 "Other"', facts);
    const changed = thresholdsOf('  level 2 "Abuse" when need in (N1, N2) and seen >= 2024-04-01\n  otherwise level 1 "Other"', facts);
    const result = findThresholdWitness(old.doc, changed.doc, { oldFacts: old.facts, newFacts: changed.facts });
    // need ∈ {N1, N2, N3, missing}, seen ∈ {2024-03-31, 2024-04-01, 2024-04-02, missing}: 16 combinations.
    // They differ for need N2 with seen on or after 2024-04-01 (level 1 → 2), and for need N2 with seen
    // missing: OLD decides level 1 (need = N1 is false, whatever the date), NEW cannot decide. 3 in all.
    expect(result.tried).toBe(16);
    expect(result.differing).toBe(3);
    expect(result.higher).toBe(2);
    expect(result.decidedUnderOneOnly).toBe(1);
    expect({ ...result.witness!.facts }).toEqual({ need: 'N2', seen: '2024-04-01' });
  });
});
