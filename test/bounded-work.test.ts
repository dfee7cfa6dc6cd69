/**
 * Bounded work: evaluation ends, and its work grows with the size of the case, not faster. Work is
 * counted, not timed: every read of an event's fields by the engine goes through a counter (the
 * events are proxies), so the counts are the same on every machine. From 1,000 to 10,000 to 100,000
 * events the reads may grow ten times and a little more (sorting and binary searches add a factor of
 * log N: 10 × 1.25 at most here), never a hundred times, which a scan per obligation would give.
 *
 * The limits that bound what one input may ask for are tested where they are enforced and listed in
 * docs/reliability.md: events per case (WT708), record size (WT728), nesting (WT109), durations
 * (WT321), YAML aliases (WT506).
 */
import { checkPolicy, createPolicyResolver, parseText } from '@wt/dsl';
import { buildCaseRecord, compile, dayFromCivil, type CaseEvent, type CompiledPolicy } from '@wt/engine';
import { describe, expect, it } from 'vitest';
import { resultJson } from '../packages/cli/src/output/result-json.js';
import { compiledPolicy } from './fuzz/support/bundled-policies.js';

const SIZES = [1_000, 10_000, 100_000] as const;
/** A scan per obligation would multiply the work by 10 per step of sizes; N log N by about 12.5. */
const MAX_GROWTH = 15;

const FILTERED = parseText(
  `policy bounded {\n  effective 2000-01-01\n  calendar c\n}\n` +
    `calendar c {\n  weekend saturday sunday\n  holidays "GB-ENG"\n}\n` +
    `event open "Opens" { kind: one of (a, b) }\nevent close "Closes" { kind: one of (a, b) }\nevent visit "Visit" { s47: boolean }\nevent done "Done" { ok: boolean }\n` +
    `timescale every-visit "Every s47 visit is followed up" {\n  starts at each visit where s47 = true\n  requires done where ok = true within 5 working days\n  while open where kind = a .. close where kind = a\n  unless close where kind = b\n  escalation e\n}\n` +
    `timescale monthly "A visit every month" {\n  starts at each visit\n  requires visit within 1 month\n}\n` +
    `escalation e {\n  warn "Social worker" 2 working days before due\n  notify "Team manager" when overdue 1 working day\n  notify "Head of service" when overdue 5 working days\n}\n`,
  'bounded.wt',
);

function compiledFiltered(): CompiledPolicy {
  expect(FILTERED.diagnostics).toEqual([]);
  const checked = checkPolicy({ file: 'bounded.wt', ir: FILTERED.ir }, createPolicyResolver([]));
  expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return compile(checked.resolved!).compiled!;
}

interface Scenario {
  name: string;
  policy: () => CompiledPolicy;
  /** The type and attributes of the i-th of n events; events fall every other day from 2000-01-03. */
  event(i: number, n: number): { type: string; attributes?: Record<string, unknown> };
}

const SCENARIOS: Scenario[] = [
  {
    name: 'one long plan: `each review-conference` (WT2013 later-reviews), each completed by the next',
    policy: () => compiledPolicy('policies/england/working-together-2013.wt'),
    event: (i, n) => ({ type: i === 0 ? 'plan-start' : i === n - 1 ? 'plan-end' : i % 2 === 0 ? 'review-conference' : 'core-group' }),
  },
  {
    name: 'plans that start and end over and over: `while plan-start .. plan-end`',
    policy: () => compiledPolicy('policies/england/working-together-2013.wt'),
    event: (i) => ({ type: ['plan-start', 'core-group', 'review-conference', 'review-conference', 'plan-end', 'allegation', 'lado-report'][i % 7]! }),
  },
  {
    name: '`each … where`, `requires … where`, `while … where`, `unless … where`, and an escalation ladder',
    policy: compiledFiltered,
    event: (i) => {
      const k = i % 10;
      if (k === 0) return { type: 'open', attributes: { kind: i % 20 === 0 ? 'a' : 'b' } };
      if (k === 9) return { type: 'close', attributes: { kind: i % 30 === 9 ? 'b' : 'a' } };
      if (k % 3 === 0) return { type: 'done', attributes: { ok: i % 2 === 0 } };
      return { type: 'visit', attributes: { s47: i % 4 !== 1 } };
    },
  },
];

interface Work {
  reads: number;
  obligations: number;
  escalations: number;
  outputLength: number;
}

/** Evaluates a case of n events built by the scenario, counting every read of an event's fields. */
function work(policy: CompiledPolicy, scenario: Scenario, n: number, explain = false): Work {
  let reads = 0;
  const counted: ProxyHandler<CaseEvent> = { get: (target, key) => (reads++, Reflect.get(target, key)) };
  const first = dayFromCivil(2000, 1, 3);
  const events: CaseEvent[] = [];
  for (let i = 0; i < n; i++) {
    const { type, attributes = {} } = scenario.event(i, n);
    const event: CaseEvent = { type, day: first + 2 * i, index: i, attributes: Object.assign(Object.create(null) as Record<string, unknown>, attributes) };
    events.push(new Proxy(event, counted));
  }
  const record = buildCaseRecord('C-1', events, Object.create(null) as Record<string, unknown>, []);
  reads = 0;
  const result = policy.evaluate(record, first + 2 * n + 30, { explain });
  return { reads, obligations: result.obligations.length, escalations: result.escalations.length, outputLength: resultJson(result, explain).length };
}

describe('bounded work', () => {
  for (const scenario of SCENARIOS) {
    it(`grows linearly (up to log N) from 1,000 to 100,000 events: ${scenario.name}`, () => {
      const policy = scenario.policy();
      const ruleCount = policy.versions.length * 20;
      let before: Work | undefined;
      for (const n of SIZES) {
        const w = work(policy, scenario, n);
        // Recurring obligations end: at most one per anchor event and rule, and some are there.
        expect(w.obligations).toBeGreaterThan(0);
        expect(w.obligations).toBeLessThanOrEqual(n * ruleCount);
        if (before !== undefined) {
          // Checked before the next size is tried, so that a quadratic engine fails in seconds.
          expect(w.reads / before.reads, `reads from ${n / 10} to ${n} events`).toBeLessThanOrEqual(MAX_GROWTH);
          expect(w.obligations / before.obligations).toBeLessThanOrEqual(10.5);
          expect(w.outputLength / before.outputLength, 'size of the result').toBeLessThanOrEqual(10.5);
        }
        before = w;
      }
    }, 120_000);
  }

  it('grows linearly with explanations too (1,000 to 10,000 events)', () => {
    const scenario = SCENARIOS[2]!;
    const policy = scenario.policy();
    const [small, large] = [1_000, 10_000].map((n) => work(policy, scenario, n, true)) as [Work, Work];
    expect(large.reads / small.reads).toBeLessThanOrEqual(MAX_GROWTH);
    expect(large.outputLength / small.outputLength).toBeLessThanOrEqual(10.5);
  }, 120_000);

  it('counts working days over a long timeline without stepping day by day past its limits', () => {
    // A referral in 1990 still open 250 years on: the due date is found, the overdue count ends, and
    // it is provisional (bank holidays are official only from 2012 to 2028).
    const policy = compiledPolicy('policies/england/working-together-2013.wt');
    const events: CaseEvent[] = [{ type: 'referral', day: dayFromCivil(1990, 1, 2), index: 0, attributes: Object.create(null) as Record<string, unknown> }];
    const result = policy.evaluate(buildCaseRecord('C-1', events, Object.create(null) as Record<string, unknown>, []), dayFromCivil(2240, 1, 2));
    const decision = result.obligations.find((o) => o.rule === 'referral-decision')!;
    // Tue 1990-01-02 + 1 working day = Wed 1990-01-03.
    expect(decision).toMatchObject({ due: '1990-01-03', status: 'overdue', provisional: true });
    // About 250 × 52 × 5 working days, less the bank holidays.
    expect(decision.overdueBy).toBeGreaterThan(60_000);
    expect(decision.overdueBy).toBeLessThan(250 * 261);
  });
});
