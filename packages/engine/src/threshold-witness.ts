/**
 * A witness that two threshold documents differ: a concrete set of facts that gets a different level
 * under OLD and NEW. The search is exhaustive over the boundary values of the facts the conditions
 * read (see `threshold-witness-domain.ts`) when there are few enough combinations, and otherwise a
 * seeded random sample. Of the witnesses found, the one with the fewest missing facts is shown.
 * Finding none is reported with how hard we looked: "no difference found in N tries".
 */
import type { FactIR, Literal, ThresholdsIR } from '@wt/dsl';
import type { ThresholdResult } from './case-result.js';
import { compileThresholds, type CompiledThresholds } from './compile-thresholds.js';
import { nameTypes } from './name-types.js';
import { MISSING, witnessDomains, type FactDomain, type WitnessValue } from './threshold-witness-domain.js';
import { randomIndex, seededRandom, type RandomSource } from './threshold-witness-random.js';

export interface ThresholdWitnessOptions {
  /** The fact declarations of the OLD and NEW policies (their types shape the values tried). */
  oldFacts?: readonly FactIR[];
  newFacts?: readonly FactIR[];
  /** The largest number of combinations searched exhaustively; default 50 000. */
  maxExhaustive?: number;
  /** Random tries when there are more combinations than that; default 5 000. */
  tries?: number;
  /** Seed of the random sample; default 1. */
  seed?: number;
}

export interface LevelOutcome {
  level: number | null;
  label: string | null;
  /** "cannot decide: missing needs-score", when no level was decided. */
  reason?: string;
}

export interface ThresholdWitness {
  /** The facts that are present, by name. */
  facts: Record<string, Literal>;
  /** The facts the conditions read that are absent from the witness. */
  missing: string[];
  old: LevelOutcome;
  new: LevelOutcome;
}

export interface ThresholdWitnessResult {
  found: boolean;
  witness?: ThresholdWitness;
  /** `exhaustive`: every combination of the boundary values; `random`: a seeded sample. */
  search: 'exhaustive' | 'random';
  tried: number;
  /** How many of the combinations tried get a different level. */
  differing: number;
  /** Of those, how many get a higher level under NEW, a lower one, or are decided under one only. */
  higher: number;
  lower: number;
  decidedUnderOneOnly: number;
  /** The facts searched, in order. */
  facts: string[];
}

const DEFAULT_MAX_EXHAUSTIVE = 50_000;
const DEFAULT_TRIES = 5_000;

export function findThresholdWitness(oldDoc: ThresholdsIR, newDoc: ThresholdsIR, options: ThresholdWitnessOptions = {}): ThresholdWitnessResult {
  const oldFacts = options.oldFacts ?? [];
  const newFacts = options.newFacts ?? [];
  const compiledOld = compileThresholds(oldDoc, { types: typesOf(oldFacts) });
  const compiledNew = compileThresholds(newDoc, { types: typesOf(newFacts) });
  const domains = witnessDomains([oldDoc, newDoc], [...newFacts, ...oldFacts]);
  const combinations = domains.reduce((product, domain) => product * domain.values.length, 1);
  const search = new WitnessSearch(compiledOld, compiledNew, domains);
  if (combinations <= (options.maxExhaustive ?? DEFAULT_MAX_EXHAUSTIVE)) {
    search.exhaustive();
    return search.result('exhaustive');
  }
  search.sample(seededRandom(options.seed ?? 1), options.tries ?? DEFAULT_TRIES);
  return search.result('random');
}

function typesOf(facts: readonly FactIR[]) {
  return nameTypes(facts.map((fact) => [fact.id, fact.type] as const));
}

class WitnessSearch {
  private tried = 0;
  private differing = 0;
  private higher = 0;
  private lower = 0;
  private decidedUnderOneOnly = 0;
  private best: { values: WitnessValue[]; missing: number; old: ThresholdResult; new: ThresholdResult } | undefined;
  private readonly positions: ReadonlyMap<string, number>;

  constructor(
    private readonly oldDoc: CompiledThresholds,
    private readonly newDoc: CompiledThresholds,
    private readonly domains: readonly FactDomain[],
  ) {
    this.positions = new Map(domains.map((domain, position) => [domain.fact, position]));
  }

  exhaustive(): void {
    const positions = this.domains.map(() => 0);
    const values = this.domains.map((domain) => domain.values[0]!);
    for (;;) {
      this.try(values);
      let digit = positions.length - 1;
      while (digit >= 0) {
        const domain = this.domains[digit]!.values;
        positions[digit] = (positions[digit]! + 1) % domain.length;
        values[digit] = domain[positions[digit]!]!;
        if (positions[digit] !== 0) break;
        digit--;
      }
      if (digit < 0) return;
    }
  }

  sample(random: RandomSource, tries: number): void {
    for (let i = 0; i < tries; i++) this.try(this.domains.map((domain) => randomValue(random, domain)));
  }

  private try(values: readonly WitnessValue[]): void {
    this.tried++;
    const source = (name: string): unknown => {
      const position = this.positions.get(name);
      const value = position === undefined ? MISSING : values[position];
      return value === MISSING ? undefined : value;
    };
    const oldResult = this.oldDoc.evaluate(source);
    const newResult = this.newDoc.evaluate(source);
    if (oldResult.level === newResult.level) return;
    this.differing++;
    if (oldResult.level === null || newResult.level === null) this.decidedUnderOneOnly++;
    else if (newResult.level > oldResult.level) this.higher++;
    else this.lower++;
    const missing = values.filter((value) => value === MISSING).length;
    if (this.best === undefined || missing < this.best.missing) {
      this.best = { values: [...values], missing, old: oldResult, new: newResult };
    }
  }

  result(search: 'exhaustive' | 'random'): ThresholdWitnessResult {
    const facts = this.domains.map((domain) => domain.fact);
    const base = {
      search,
      tried: this.tried,
      differing: this.differing,
      higher: this.higher,
      lower: this.lower,
      decidedUnderOneOnly: this.decidedUnderOneOnly,
      facts,
    };
    if (this.best === undefined) return { found: false, ...base };
    const present: Record<string, Literal> = Object.create(null);
    const missing: string[] = [];
    this.best.values.forEach((value, position) => {
      const fact = this.domains[position]!.fact;
      if (value === MISSING) missing.push(fact);
      else present[fact] = value;
    });
    return { found: true, witness: { facts: present, missing, old: outcome(this.best.old), new: outcome(this.best.new) }, ...base };
  }
}

function outcome(result: ThresholdResult): LevelOutcome {
  const level: LevelOutcome = { level: result.level, label: result.label };
  if (result.undecided !== undefined) level.reason = result.undecided.reason;
  return level;
}

const OFF_BOUNDARY_SHARE = 0.2;
const OFF_BOUNDARY_MARGIN = 5;

function randomValue(random: RandomSource, domain: FactDomain): WitnessValue {
  const numbers = domain.values.filter((value): value is number => typeof value === 'number');
  if (numbers.length > 0 && random() < OFF_BOUNDARY_SHARE) {
    const low = Math.floor(Math.min(...numbers)) - OFF_BOUNDARY_MARGIN;
    const high = Math.ceil(Math.max(...numbers)) + OFF_BOUNDARY_MARGIN;
    return low + randomIndex(random, high - low + 1);
  }
  return domain.values[randomIndex(random, domain.values.length)]!;
}
