/**
 * The values a threshold witness search tries for each fact: the boundary values of the conditions
 * that read it (each numeric literal, and ±1 and ±0.5 around it; each date, and the days either side),
 * `true` and `false` for booleans, the members of an enum, the literals of free text and one other
 * text, and always "missing" (an absent fact is a value of its own: a threshold over it cannot decide).
 */
import type { AttributeType, ConditionIR, FactIR, Literal, ThresholdsIR } from '@wt/dsl';
import { formatIsoDate, parseIsoDate } from './day-number.js';
import { isDateLiteral } from './value-domain.js';

/** The one value that stands for "the fact is absent". */
export const MISSING: unique symbol = Symbol('missing');

export type WitnessValue = Literal | typeof MISSING;

export interface FactDomain {
  fact: string;
  values: readonly WitnessValue[];
}

/** Text that no condition names, for "any other text". */
export const OTHER_TEXT = 'other text';

interface FactUse {
  literals: Literal[];
  usedAsBoolean: boolean;
}

export function witnessDomains(documents: readonly ThresholdsIR[], declarations: readonly FactIR[]): FactDomain[] {
  const uses = new Map<string, FactUse>();
  for (const document of documents) for (const level of document.levels) collectUses(level.when, uses);
  const declared = new Map<string, AttributeType>();
  for (const fact of declarations) if (!declared.has(fact.id)) declared.set(fact.id, fact.type);
  return [...uses.entries()].map(([fact, use]) => ({ fact, values: [...valuesFor(declared.get(fact), use), MISSING] }));
}

function useOf(uses: Map<string, FactUse>, name: string): FactUse {
  let use = uses.get(name);
  if (use === undefined) {
    use = { literals: [], usedAsBoolean: false };
    uses.set(name, use);
  }
  return use;
}

function collectUses(condition: ConditionIR, uses: Map<string, FactUse>): void {
  switch (condition.op) {
    case 'and':
    case 'or':
      for (const arg of condition.args) collectUses(arg, uses);
      return;
    case 'not':
      collectUses(condition.arg, uses);
      return;
    case 'is-true':
      useOf(uses, condition.ref).usedAsBoolean = true;
      return;
    case 'in':
      if ('ref' in condition.left) useOf(uses, condition.left.ref).literals.push(...condition.values);
      return;
    case 'compare': {
      const { left, right } = condition;
      if ('ref' in left) useOf(uses, left.ref).literals.push(...('value' in right ? [right.value] : []));
      if ('ref' in right) useOf(uses, right.ref).literals.push(...('value' in left ? [left.value] : []));
      return;
    }
    case 'constant':
      return;
  }
}

function valuesFor(type: AttributeType | undefined, use: FactUse): Literal[] {
  const kind = type?.kind ?? inferredKind(use);
  switch (kind) {
    case 'boolean':
      return [true, false];
    case 'number':
      return numberValues(use.literals.filter((literal): literal is number => typeof literal === 'number'));
    case 'date':
      return dateValues(use.literals.filter((literal): literal is string => typeof literal === 'string' && isDateLiteral(literal)));
    case 'enum':
      return type?.kind === 'enum' ? [...type.values] : [];
    case 'string': {
      const texts = unique(use.literals.filter((literal): literal is string => typeof literal === 'string'));
      return [...texts, OTHER_TEXT];
    }
  }
}

function inferredKind(use: FactUse): 'boolean' | 'number' | 'date' | 'string' {
  if (use.literals.length === 0) return 'boolean';
  if (use.literals.every((literal) => typeof literal === 'number')) return 'number';
  if (use.literals.every((literal) => typeof literal === 'boolean')) return 'boolean';
  if (use.literals.every((literal) => typeof literal === 'string' && isDateLiteral(literal))) return 'date';
  return 'string';
}

const AROUND = [-1, -0.5, 0, 0.5, 1];

function numberValues(literals: readonly number[]): number[] {
  if (literals.length === 0) return [0, 1];
  const values = new Set<number>();
  for (const literal of literals) for (const offset of AROUND) values.add(literal + offset);
  return [...values].sort((a, b) => a - b);
}

function dateValues(literals: readonly string[]): string[] {
  if (literals.length === 0) return ['2024-01-01'];
  const values = new Set<string>();
  for (const literal of literals) {
    const day = parseIsoDate(literal)!;
    for (const offset of [-1, 0, 1]) values.add(formatIsoDate(day + offset));
  }
  return [...values].sort();
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
