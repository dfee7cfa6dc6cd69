/**
 * Fuzzing the YAML form: the real YAML policies, and every text policy converted to YAML, mutated as
 * the text form is (and with YAML's own hazards: tabs, aliases, anchors, `---`, deep flow
 * collections), through parseYaml, checkPolicy and convertPolicy. Whatever the input, the result is
 * an IR with located diagnostics, and a conversion that means what the source meant.
 */
import { convertPolicy, decodeSource } from '@wt/dsl';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyByteMutation, byteMutation } from './support/bytes.js';
import { TEXT_POLICIES, YAML_POLICIES, type CorpusFile } from './support/corpus.js';
import { fuzzParameters, fuzzTimeout } from './support/fuzz-parameters.js';
import { FIVE_MB, nested, OBJECT_PROPERTY_NAMES } from './support/hostile.js';
import { applyMutations, mutations } from './support/mutate.js';
import { pollutionProblems } from './support/pollution.js';
import { yamlPipelineProblems } from './support/policy-pipeline.js';
import { diagnosticProblems } from './support/sane-diagnostics.js';

const converted: CorpusFile[] = TEXT_POLICIES.map((file) => {
  const yaml = convertPolicy(file.text, 'wt', 'yaml', file.path).text!;
  const seed = { path: `${file.path} as YAML`, text: yaml };
  return Object.defineProperty(seed, fc.toStringMethod, { value: () => seed.path, enumerable: false });
});
const seeds = [...YAML_POLICIES, ...converted];
const seed = fc.constantFrom(...seeds);

/** Node warnings (`process.emitWarning`) reach stderr and may quote the file: the YAML reader must emit none. */
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(warning.message.slice(0, 200));
process.on('warning', onWarning);
afterAll(() => {
  process.off('warning', onWarning);
});

function expectNoProblems(problems: string[]): void {
  problems.push(...pollutionProblems());
  if (problems.length > 0) expect.fail(problems.join('\n'));
}

/** YAML's own hazards, inserted at the start of a random line. */
const YAML_HAZARDS = [
  '\t',
  '---\n',
  '...\n',
  '&a [x]\n',
  'x: *a\n',
  'a: &b {c: &d [*b]}\n',
  '? [a, b]\n: c\n',
  '!!binary AAAA\n',
  '!!js/function "function(){}"\n',
  '%YAML 1.1\n',
  '__proto__: {polluted: 1}\n',
  'constructor: {prototype: {polluted: 1}}\n',
  '<<: {polluted: 1}\n',
  'events:\n  - id: __proto__\n',
  'facts:\n  - id: constructor\n    type: boolean\n',
  'policy: |\n  multi\n  line\n',
  "'unterminated\n",
  '"\\u0000"\n',
];

describe('fuzzing the YAML form (parseYaml, checkPolicy, convertPolicy)', () => {
  it('runs every seed through the pipeline without a problem (the baseline the mutations start from)', () => {
    expect(YAML_POLICIES.length).toBeGreaterThanOrEqual(1);
    for (const file of seeds) expect(yamlPipelineProblems(file.text), file.path).toEqual([]);
  });

  it(
    'never fails on mutated YAML policies',
    () => {
      fc.assert(
        fc.property(seed, mutations, (file, list) => {
          expectNoProblems(yamlPipelineProblems(applyMutations(file.text, list)));
        }),
        fuzzParameters(900),
      );
    },
    fuzzTimeout(),
  );

  it(
    'never fails with YAML hazards inserted at the start of a line',
    () => {
      fc.assert(
        fc.property(seed, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...YAML_HAZARDS)), { minLength: 1, maxLength: 3 }), (file, inserts) => {
          let text = file.text;
          for (const [at, hazard] of inserts) {
            const starts = [0, ...[...text.matchAll(/\n/g)].map((match) => match.index + 1)];
            const start = starts[at % starts.length]!;
            text = text.slice(0, start) + hazard + text.slice(start);
          }
          expectNoProblems(yamlPipelineProblems(text));
        }),
        fuzzParameters(500, 0.5),
      );
    },
    fuzzTimeout(),
  );

  it(
    'never fails on damaged bytes',
    () => {
      fc.assert(
        fc.property(seed, byteMutation, (file, damage) => {
          const bytes = applyByteMutation(file.text, damage);
          const decoded = decodeSource(bytes, 'fuzzed.yaml');
          const asRead = new TextDecoder().decode(bytes);
          expectNoProblems(decoded.text === undefined ? diagnosticProblems(asRead, decoded.diagnostics) : yamlPipelineProblems(decoded.text));
        }),
        fuzzParameters(300, 0.3),
      );
    },
    fuzzTimeout(),
  );

  it('reads a "billion laughs" file as WT506, without expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const text = `policy:\n  id: p\n  effective: 2024-04-01\n${lines.join('\n')}\n`;
    expect(yamlPipelineProblems(text)).toEqual([]);
  });

  it('reads conditions nested 10,000 deep, flow lists nested 10,000 deep, a 5 MB title and hostile ids', () => {
    const deepCondition = `policy:\n  id: p\n  effective: 2024-04-01\nfacts:\n  - id: x\n    type: boolean\nthresholds:\n  - id: t\n    levels:\n      - level: 2\n        label: L\n        when: "${nested(10_000)}"\n    otherwise: { level: 1, label: U }\n`;
    expect(yamlPipelineProblems(deepCondition)).toEqual([]);
    expect(yamlPipelineProblems(`policy:\n  id: p\n  effective: 2024-04-01\nevents: ${nested(10_000, '[', 'x', ']')}\n`)).toEqual([]);
    expect(yamlPipelineProblems(`policy:\n  id: p\n  title: ${FIVE_MB}\n  effective: 2024-04-01\n`)).toEqual([]);
    for (const id of OBJECT_PROPERTY_NAMES) {
      const text = `policy:\n  id: ${id}\n  effective: 2024-04-01\nevents:\n  - id: ${id}\n    attributes: { ${id}: boolean }\nfacts:\n  - id: ${id}\n    type: number\n`;
      expect(yamlPipelineProblems(text), id).toEqual([]);
    }
  });

  it('emits no process warnings, in all the runs above either (they would reach stderr, quoting the file)', async () => {
    // A key that is a collection: the YAML library warns about it unless told not to.
    expect(yamlPipelineProblems('policy:\n  id: p\n  effective: 2024-04-01\n? [a, b]\n: c\n')).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings).toEqual([]);
  });
});
