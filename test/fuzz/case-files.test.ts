/**
 * Fuzzing case files: the hand-made caseload (with distinctive values planted in attributes and
 * facts) as NDJSON, JSON and CSV, mutated, damaged at the byte level, cut into random chunks, read by
 * the CLI's streaming readers and evaluated against Northmere's protocol. Whatever the input: every
 * record is evaluated or rejected with a located error that quotes no case data; never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFormat } from '../../packages/cli/src/case-readers/case-item.js';
import { applyByteMutation, byteMutation } from './support/bytes.js';
import { compiledPolicy } from './support/bundled-policies.js';
import { caseItemProblems, cut, ndjsonRecordLines, readCaseBytes } from './support/case-pipeline.js';
import { SECRET_CASES, SECRET_CASES_CSV, SECRET_CASES_JSON, SECRET_CASES_NDJSON } from './support/corpus.js';
import { fuzzParameters, fuzzTimeout } from './support/fuzz-parameters.js';
import { applyMutations, mutations } from './support/mutate.js';
import { pollutionProblems } from './support/pollution.js';

const compiled = compiledPolicy('policies/local/northmere.wt');
const options = { compiled, asOf: '2024-06-28', explain: false };
const SEEDS: Record<Exclude<CaseFormat, 'xml'>, string> = { ndjson: SECRET_CASES_NDJSON, json: SECRET_CASES_JSON, csv: SECRET_CASES_CSV };
const FORMATS = Object.keys(SEEDS) as (keyof typeof SEEDS)[];
const cuts = fc.array(fc.nat(), { maxLength: 6 });

function expectNoProblems(problems: string[]): void {
  problems.push(...pollutionProblems());
  if (problems.length > 0) expect.fail(problems.slice(0, 20).join('\n'));
}

describe('fuzzing case files (NDJSON, JSON, CSV readers, then validation and evaluation)', () => {
  for (const format of FORMATS) {
    it(`reads and evaluates every planted record of the ${format} seed without a problem`, async () => {
      const items = await readCaseBytes([Buffer.from(SEEDS[format])], format);
      expect(items.filter((item) => item.error === undefined)).toHaveLength(SECRET_CASES.length);
      expect(caseItemProblems(items, options)).toEqual([]);
    });

    it(
      `never fails on mutated ${format}, cut anywhere`,
      async () => {
        await fc.assert(
          fc.asyncProperty(mutations, cuts, fc.boolean(), async (list, at, explain) => {
            const text = applyMutations(SEEDS[format], list);
            const items = await readCaseBytes(cut(Buffer.from(text, 'utf8'), at), format);
            const problems = caseItemProblems(items, { ...options, explain });
            if (format === 'ndjson') {
              const lines = ndjsonRecordLines(text);
              const read = items.map((item) => item.origin.line);
              if (JSON.stringify(read) !== JSON.stringify(lines)) problems.push(`lost records: lines ${JSON.stringify(lines).slice(0, 200)} read as ${JSON.stringify(read).slice(0, 200)}`);
            }
            expectNoProblems(problems);
          }),
          fuzzParameters(format === 'ndjson' ? 300 : 200, 0.3),
        );
      },
      fuzzTimeout(),
    );

    it(
      `never fails on damaged ${format} bytes, and with the format left to be sniffed`,
      async () => {
        await fc.assert(
          fc.asyncProperty(byteMutation, cuts, fc.boolean(), async (damage, at, sniff) => {
            const bytes = applyByteMutation(SEEDS[format], damage);
            const items = await readCaseBytes(cut(bytes, at), sniff ? undefined : format);
            expectNoProblems(caseItemProblems(items, options));
          }),
          fuzzParameters(100, 0.1),
        );
      },
      fuzzTimeout(),
    );
  }

  it(
    'never fails on random bytes, whatever the format',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), cuts, fc.constantFrom<CaseFormat | undefined>('ndjson', 'json', 'csv', undefined), async (bytes, at, format) => {
          expectNoProblems(caseItemProblems(await readCaseBytes(cut(bytes, at), format), options));
        }),
        fuzzParameters(400, 0.3),
      );
    },
    fuzzTimeout(),
  );
});
