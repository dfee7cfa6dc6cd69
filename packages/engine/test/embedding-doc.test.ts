/**
 * Runs the semantics examples of docs/embedding.md: each `json semantics-example` block against the
 * `wt semantics-prelude` policy, so that the documentation cannot drift from the engine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiled, evaluateAt } from './eval-fixtures.js';
import { policyFromText } from './policy-from-text.js';

const doc = readFileSync(new URL('../../../docs/embedding.md', import.meta.url), 'utf8');
const prelude = /```wt semantics-prelude\n([\s\S]*?)```/.exec(doc)?.[1];
const examples = [...doc.matchAll(/```json semantics-example\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as Example);

interface Example {
  rule: string;
  asOf: string;
  events: [string, string, Record<string, unknown>?][];
  escalations?: boolean;
  expect: Record<string, unknown>[];
}

describe('docs/embedding.md semantics examples', () => {
  it('has a prelude policy and examples', () => {
    expect(prelude).toBeDefined();
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  const policy = compiled(policyFromText(prelude ?? ''));
  it.each(examples.map((example, index) => [index + 1, example.rule, example] as const))('example %i (%s)', (_n, _rule, example) => {
    const result = evaluateAt(policy, example.events, example.asOf);
    const actual = example.escalations
      ? result.escalations.filter((entry) => entry.rule === example.rule)
      : result.obligations.filter((entry) => entry.rule === example.rule);
    expect(actual).toHaveLength(example.expect.length);
    example.expect.forEach((expected, index) => expect(actual[index]).toMatchObject(expected));
  });
});
