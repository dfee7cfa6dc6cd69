import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, parseIsoDate, type CaseResult, type ObligationStatus } from '@wt/engine';
import { ByteWriter } from '../../src/output/byte-writer.js';
import { resultJson } from '../../src/output/result-json.js';
import { writeResultJson } from '../../src/output/result-json-bytes.js';
import { resultForOutput } from '../../src/output/result-shape.js';
import { PolicyChecker } from '../../src/policy-loader.js';
import { FIXTURES } from '../run-wt.js';

const date = fc.integer({ min: 0, max: 30000 }).map((n) => new Date(n * 86400000).toISOString().slice(0, 10));
const step = fc.record({ kind: fc.string(), text: fc.string() });
const status = fc.constantFrom<ObligationStatus>('met', 'late', 'open', 'due-soon', 'overdue', 'cancelled');

const obligation = fc.record(
  {
    rule: fc.string(),
    kind: fc.constantFrom('timescale' as const, 'review-point' as const, 'decision-point' as const),
    title: fc.string(),
    start: date,
    due: fc.option(date),
    completed: fc.option(date),
    status,
    lateBy: fc.option(fc.integer()),
    overdueBy: fc.option(fc.integer()),
    provisional: fc.boolean(),
    version: fc.string(),
    statutory: fc.boolean(),
    cancelledOn: date,
    cancelledBy: fc.string(),
    explanation: fc.array(step, { maxLength: 2 }),
  },
  { requiredKeys: ['rule', 'kind', 'title', 'start', 'due', 'completed', 'status', 'lateBy', 'overdueBy', 'provisional', 'version', 'statutory', 'explanation'] },
);

const threshold = fc.record(
  {
    thresholds: fc.string(),
    level: fc.option(fc.integer()),
    label: fc.option(fc.string()),
    undecided: fc.record({ missing: fc.array(fc.string()), reason: fc.string() }),
    explanation: fc.array(step, { maxLength: 2 }),
  },
  { requiredKeys: ['thresholds', 'level', 'label', 'explanation'] },
);

const caseResult: fc.Arbitrary<CaseResult> = fc.record({
  case: fc.string(),
  asOf: date,
  policy: fc.record({ id: fc.string(), version: fc.string(), hash: fc.string() }),
  obligations: fc.array(obligation, { maxLength: 3 }),
  thresholds: fc.array(threshold, { maxLength: 2 }),
  escalations: fc.array(
    fc.record({
      rule: fc.string(),
      start: date,
      ladder: fc.string(),
      step: fc.nat(),
      action: fc.constantFrom('warn' as const, 'notify' as const),
      role: fc.string(),
      since: date,
    }),
    { maxLength: 2 },
  ),
  warnings: fc.array(fc.string(), { maxLength: 2 }),
});

describe('resultJson', () => {
  it('is exactly JSON.stringify(resultForOutput(…)) for any result', () => {
    fc.assert(
      fc.property(caseResult, fc.boolean(), (result, explain) => {
        expect(resultJson(result, explain)).toBe(JSON.stringify(resultForOutput(result, explain)));
      }),
    );
  });

  it('is exactly JSON.stringify(resultForOutput(…)) for the engine\'s results on the fixtures', () => {
    const checker = new PolicyChecker({ commandLineFiles: [], policyPaths: [], bundledRoot: null });
    const loaded = checker.load(join(FIXTURES, 'policies/tiny.wt'));
    const { compiled } = compile(loaded.versions[0]!);
    const lines = readFileSync(join(FIXTURES, 'cases/tiny.ndjson'), 'utf8').trim().split('\n');
    for (const asOf of ['2024-05-02', '2024-06-03', '2025-01-01']) {
      for (const [index, line] of lines.entries()) {
        const outcome = compiled!.validate(JSON.parse(line), { index });
        for (const explain of [false, true]) {
          const result = compiled!.evaluate(outcome.record!, parseIsoDate(asOf)!, { explain });
          expect(resultJson(result, explain)).toBe(JSON.stringify(resultForOutput(result, explain)));
          expect(bytesOf(result, explain)).toBe(resultJson(result, explain));
        }
      }
    }
  });
});

/** The bytes `writeResultJson` writes, starting part-way into a small buffer so that it must grow. */
function bytesOf(result: CaseResult, explain: boolean): string {
  const out = new ByteWriter(16);
  out.text('é');
  writeResultJson(out, result, explain);
  return out.buffer.subarray(0, out.length).toString('utf8').slice(1);
}

describe('writeResultJson', () => {
  it('writes exactly the UTF-8 of resultJson for any result', () => {
    fc.assert(
      fc.property(caseResult, fc.boolean(), (result, explain) => {
        expect(bytesOf(result, explain)).toBe(resultJson(result, explain));
      }),
    );
  });

  it('writes numbers as JSON does, and text of any characters', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 31), fc.constant(-0)), fc.string({ unit: 'binary' }), (value, words) => {
        const out = new ByteWriter(4);
        out.number(value);
        out.text(words);
        expect(out.buffer.subarray(0, out.length).toString('utf8')).toBe(JSON.stringify(value) + Buffer.from(words, 'utf8').toString('utf8'));
      }),
    );
  });
});
