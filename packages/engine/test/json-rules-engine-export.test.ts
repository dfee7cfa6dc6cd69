import type { EscalationIR, ResolvedPolicy, ThresholdsIR } from '@wt/dsl';
import fc from 'fast-check';
import { Engine, type EngineResult } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { compileThresholds } from '../src/compile-thresholds.js';
import { ESCALATION_EVENT, exportEscalationToJsonRulesEngine } from '../src/json-rules-engine-escalation.js';
import {
  exportPolicyToJsonRulesEngine,
  exportThresholdsToJsonRulesEngine,
  firstFiredByPriority,
  THRESHOLD_EVENT,
} from '../src/json-rules-engine-export.js';
import type { JreEvent, JreRule } from '../src/json-rules-engine-rule.js';
import { nameTypes } from '../src/name-types.js';
import {
  allLevelOfNeedFactSets,
  LEVEL_OF_NEED,
  LEVEL_OF_NEED_FACTS,
  LEVEL_OF_NEED_TYPES,
  PRIMARY_NEEDS,
} from './fixtures/level-of-need-thresholds.js';

/** The recipe of json-rules-engine-export.ts: plain JSON in, the fired rule of highest priority out. */
function jreEngine(rules: JreRule[]): Engine {
  return new Engine(JSON.parse(JSON.stringify(rules)) as JreRule[], { allowUndefinedFacts: true });
}

async function jreLevel(engine: Engine, facts: Record<string, unknown>): Promise<number | null> {
  const { results }: EngineResult = await engine.run(facts);
  const event = firstFiredByPriority(results) as JreEvent | undefined;
  return event === undefined ? null : (event.params['level'] as number);
}

const compiled = compileThresholds(LEVEL_OF_NEED, { types: nameTypes(LEVEL_OF_NEED_TYPES) });
const engine = jreEngine(exportThresholdsToJsonRulesEngine(LEVEL_OF_NEED));

const completeFacts = fc.record({
  'needs-score': fc.integer({ min: 0, max: 6 }),
  'significant-harm': fc.boolean(),
  'primary-need': fc.constantFrom(...PRIMARY_NEEDS),
  'parental-consent': fc.boolean(),
});

describe('exportThresholdsToJsonRulesEngine', () => {
  it('gives levels priorities in the order written and the otherwise level an always-true rule', () => {
    const rules = exportThresholdsToJsonRulesEngine(LEVEL_OF_NEED);
    expect(rules.map((rule) => [rule.priority, rule.event.params['level']])).toEqual([
      [4, 4],
      [3, 3],
      [2, 2],
      [1, 1],
    ]);
    expect(rules[3]).toEqual({
      name: 'level-of-need: otherwise level 1 (Universal services)',
      priority: 1,
      conditions: { all: [] },
      event: { type: THRESHOLD_EVENT, params: { thresholds: 'level-of-need', level: 1, label: 'Universal services', otherwise: true } },
    });
    expect(rules[0]!.conditions).toEqual({
      any: [
        { fact: 'significant-harm', operator: 'equal', value: true },
        {
          all: [
            { fact: 'primary-need', operator: 'equal', value: 'N1' },
            { fact: 'needs-score', operator: 'greaterThanInclusive', value: 5 },
          ],
        },
      ],
    });
  });

  it('wraps a single leaf in all, flips literal-first comparisons, and folds constants', () => {
    const doc: ThresholdsIR = {
      id: 't',
      levels: [
        { level: 3, label: 'A', when: { op: 'compare', operator: '<', left: { value: 2 }, right: { ref: 'x' } } },
        { level: 2, label: 'B', when: { op: 'compare', operator: '>', left: { value: 3 }, right: { value: 2 } } },
        { level: 1, label: 'C', when: { op: 'constant', value: false } },
      ],
    };
    expect(exportThresholdsToJsonRulesEngine(doc).map((rule) => rule.conditions)).toEqual([
      { all: [{ fact: 'x', operator: 'greaterThan', value: 2 }] },
      { all: [] },
      { not: { all: [] } },
    ]);
  });

  it('runs in json-rules-engine: an empty all fires, its negation does not', async () => {
    const doc: ThresholdsIR = {
      id: 't',
      levels: [{ level: 2, label: 'Never', when: { op: 'constant', value: false } }],
      otherwise: { level: 1, label: 'Always' },
    };
    expect(await jreLevel(jreEngine(exportThresholdsToJsonRulesEngine(doc)), {})).toBe(1);
  });

  it('decides the same level as compileThresholds on every complete fact set', async () => {
    const sets = allLevelOfNeedFactSets();
    expect(sets).toHaveLength(252);
    const levels = new Set<number | null>();
    for (const facts of sets) {
      const ours = compiled.evaluate(facts).level;
      levels.add(ours);
      expect(await jreLevel(engine, facts)).toBe(ours);
    }
    // The domains reach every level, so the comparison is not vacuous.
    expect([...levels].sort()).toEqual([1, 2, 3, 4]);
  });

  it('decides the same level as compileThresholds on 1,000 generated fact sets', async () => {
    await fc.assert(
      fc.asyncProperty(completeFacts, async (facts) => {
        expect(await jreLevel(engine, facts)).toBe(compiled.evaluate(facts).level);
      }),
      { numRuns: 1000 },
    );
  });

  it('where facts are missing, @wt/engine cannot decide when the missing facts could change the level', () => {
    const partialFacts = fc.record(
      {
        'needs-score': fc.integer({ min: 0, max: 6 }),
        'significant-harm': fc.boolean(),
        'primary-need': fc.constantFrom(...PRIMARY_NEEDS),
        'parental-consent': fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const completions = allLevelOfNeedFactSets();
    fc.assert(
      fc.property(partialFacts, (facts) => {
        const absent = LEVEL_OF_NEED_FACTS.map((fact) => fact.id).filter((id) => !(id in facts));
        const result = compiled.evaluate(facts);
        const possible = new Set(
          completions
            .filter((full) => Object.entries(facts).every(([name, value]) => full[name as keyof typeof full] === value))
            .map((full) => compiled.evaluate(full).level),
        );
        if (result.level === null) {
          expect(result.undecided!.missing.length).toBeGreaterThan(0);
          expect(absent).toEqual(expect.arrayContaining(result.undecided!.missing));
          expect(result.undecided!.reason).toBe(`cannot decide: missing ${result.undecided!.missing.join(', ')}`);
        } else {
          // Decided with facts missing: every way of filling them in gives that level.
          expect([...possible]).toEqual([result.level]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('json-rules-engine decides where @wt/engine cannot: a missing fact is compared as undefined', async () => {
    // No significant-harm and no needs-score. Level 4 is "significant-harm or (primary-need = N1 and
    // ...)": N4 is not N1, so only significant-harm is needed, and @wt/engine stops there. In
    // json-rules-engine "significant-harm equal true" is false, and it goes on to decide level 1.
    const facts = { 'primary-need': 'N4', 'parental-consent': true };
    expect(compiled.evaluate(facts).undecided?.reason).toBe('cannot decide: missing significant-harm');
    expect(await jreLevel(engine, facts)).toBe(1);
  });
});

describe('escalation export', () => {
  const ladder: EscalationIR = {
    id: 'standard',
    steps: [
      { action: 'warn', role: 'Allocated social worker', when: 'before-due', offset: { amount: 2, unit: 'working-days' } },
      { action: 'notify', role: 'Team manager', when: 'overdue', offset: { amount: 1, unit: 'working-days' } },
      { action: 'notify', role: 'Head of service', when: 'overdue', offset: { amount: 5, unit: 'working-days' } },
      { action: 'notify', role: 'Director', when: 'overdue', offset: { amount: 1, unit: 'months' } },
    ],
  };

  it('writes one rule per step over daysUntilDue and overdueBy', () => {
    const exported = exportEscalationToJsonRulesEngine(ladder);
    expect(exported.rules.map((rule) => [rule.priority, rule.conditions])).toEqual([
      [1, { all: [{ fact: 'daysUntilDue', operator: 'lessThanInclusive', value: 2 }] }],
      [2, { all: [{ fact: 'overdueBy', operator: 'greaterThanInclusive', value: 1 }] }],
      [3, { all: [{ fact: 'overdueBy', operator: 'greaterThanInclusive', value: 5 }] }],
    ]);
    expect(exported.rules[0]!.event).toEqual({
      type: ESCALATION_EVENT,
      params: { ladder: 'standard', step: 1, action: 'warn', role: 'Allocated social worker' },
    });
    expect(exported.unsupported).toEqual([{ step: 4, reason: 'an offset in months has no json-rules-engine fact' }]);
  });

  it('fires the active steps in json-rules-engine', async () => {
    const ladderEngine = jreEngine(exportEscalationToJsonRulesEngine(ladder).rules);
    const steps = async (facts: Record<string, number>) =>
      (await ladderEngine.run(facts)).results.map((result) => (result.event as JreEvent).params['step']).sort();
    // Three working days to go: nothing yet. Two: the warning.
    expect(await steps({ daysUntilDue: 3 })).toEqual([]);
    expect(await steps({ daysUntilDue: 2 })).toEqual([1]);
    // Overdue by 5 working days: the warning stays on, and both notifications are active.
    expect(await steps({ daysUntilDue: -5, overdueBy: 5 })).toEqual([1, 2, 3]);
  });

  it('uses calendar-day facts for days and weeks', () => {
    const weekly: EscalationIR = {
      id: 'weekly',
      steps: [
        { action: 'warn', role: 'Worker', when: 'before-due', offset: { amount: 1, unit: 'weeks' } },
        { action: 'notify', role: 'Manager', when: 'overdue', offset: { amount: 3, unit: 'days' } },
      ],
    };
    expect(exportEscalationToJsonRulesEngine(weekly).rules.map((rule) => rule.conditions)).toEqual([
      { all: [{ fact: 'calendarDaysUntilDue', operator: 'lessThanInclusive', value: 7 }] },
      { all: [{ fact: 'calendarDaysOverdue', operator: 'greaterThanInclusive', value: 3 }] },
    ]);
  });
});

describe('exportPolicyToJsonRulesEngine', () => {
  const policy: ResolvedPolicy = {
    id: 'example-borough',
    chain: ['working-together-2013', 'example-borough'],
    calendar: { id: 'england-and-wales', weekend: ['saturday', 'sunday'], closed: [], counting: 'exclusive', chain: ['england-and-wales'] },
    events: [],
    facts: LEVEL_OF_NEED_FACTS,
    rules: [
      {
        kind: 'timescale',
        id: 'assessment',
        start: { event: 'referral', which: 'first' },
        requires: { event: 'assessment-complete', within: { amount: 45, unit: 'working-days' } },
        statutory: true,
        cites: [],
        declaredIn: 'working-together-2013',
        definedIn: 'example-borough',
      },
    ],
    escalations: [{ id: 'standard', title: 'Standard escalation', steps: [] }],
    defaultEscalation: 'standard',
    thresholds: [LEVEL_OF_NEED],
  };

  it('bundles the thresholds and ladders with the policy id and hash', () => {
    const exported = exportPolicyToJsonRulesEngine(policy, { hash: 'sha256:abc' });
    expect(exported).toEqual({
      format: 'json-rules-engine',
      version: 7,
      policy: { id: 'example-borough', hash: 'sha256:abc' },
      thresholds: [{ id: 'level-of-need', title: 'Threshold document', rules: exportThresholdsToJsonRulesEngine(LEVEL_OF_NEED) }],
      escalations: [{ id: 'standard', title: 'Standard escalation', usedBy: ['assessment'], rules: [], unsupported: [] }],
    });
  });

  it('hashes the policy when no hash is given', () => {
    expect(exportPolicyToJsonRulesEngine(policy).policy.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
