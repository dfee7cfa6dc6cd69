/**
 * Fuzzing the text form: the real `.wt` policies, mutated (tokens, lines and characters deleted,
 * duplicated and swapped; hostile strings inserted; names turned into `__proto__`; files cut short,
 * re-encoded, given CRLF and tabs), through parseText, checkPolicy, formatText and convertPolicy.
 * Whatever the input, the result is an IR with located diagnostics: never an exception, an internal
 * error, or a formatter or converter that changes the meaning.
 */
import { decodeSource } from '@wt/dsl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyByteMutation, byteMutation } from './support/bytes.js';
import { TEXT_POLICIES } from './support/corpus.js';
import { fuzzParameters, fuzzTimeout } from './support/fuzz-parameters.js';
import { FIVE_MB, nested, OBJECT_PROPERTY_NAMES } from './support/hostile.js';
import { applyMutations, mutations } from './support/mutate.js';
import { diagnosticProblems } from './support/sane-diagnostics.js';
import { pollutionProblems } from './support/pollution.js';
import { textPipelineProblems } from './support/policy-pipeline.js';

const policy = fc.constantFrom(...TEXT_POLICIES);

function expectNoProblems(problems: string[]): void {
  problems.push(...pollutionProblems());
  if (problems.length > 0) expect.fail(problems.join('\n'));
}

describe('fuzzing the text form (parseText, checkPolicy, formatText, convertPolicy)', () => {
  it('runs every real policy through the pipeline without a problem (the baseline the mutations start from)', () => {
    expect(TEXT_POLICIES.length).toBeGreaterThanOrEqual(5);
    for (const file of TEXT_POLICIES) expect(textPipelineProblems(file.text), file.path).toEqual([]);
  });

  it(
    'never fails on mutated real policies',
    () => {
      fc.assert(
        fc.property(policy, mutations, (file, list) => {
          expectNoProblems(textPipelineProblems(applyMutations(file.text, list)));
        }),
        fuzzParameters(1000),
      );
    },
    fuzzTimeout(),
  );

  it(
    'never fails on damaged bytes: wrong encodings, byte-order marks, stray bytes, files cut short',
    () => {
      fc.assert(
        fc.property(policy, byteMutation, (file, damage) => {
          const bytes = applyByteMutation(file.text, damage);
          const decoded = decodeSource(bytes, 'fuzzed.wt');
          const asRead = new TextDecoder().decode(bytes);
          const problems = decoded.text === undefined ? diagnosticProblems(asRead, decoded.diagnostics) : textPipelineProblems(decoded.text);
          if (decoded.text === undefined && decoded.diagnostics.map((d) => d.code).join() !== 'WT100') problems.push('undecodable without one WT100');
          expectNoProblems(problems);
        }),
        fuzzParameters(400, 0.3),
      );
    },
    fuzzTimeout(),
  );

  it(
    'never fails on random sequences of the language’s words, hostile names and symbols',
    () => {
      const words = [
        'policy', 'extends', 'calendar', 'event', 'fact', 'timescale', 'review-point', 'decision-point', 'remove', 'escalation',
        'thresholds', 'level', 'otherwise', 'starts', 'at', 'first', 'last', 'each', 'where', 'requires', 'within', 'working',
        'days', 'months', 'rounding', 'while', 'unless', 'statutory', 'cites', 'warn', 'notify', 'when', 'overdue', 'before',
        'due', 'and', 'or', 'not', 'in', 'one', 'of', 'boolean', 'number', 'weekend', 'holidays', 'file', 'division', 'closed',
        'effective', '45', '2024-02-29', '2023-02-30', '"x"', '{', '}', '(', ')', ',', ':', '..', '=', '>=', '\n', '\r\n', '\t',
        ...OBJECT_PROPERTY_NAMES,
      ];
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (tokens) => {
          expectNoProblems(textPipelineProblems(tokens.join(' ')));
        }),
        fuzzParameters(600, 0.5),
      );
    },
    fuzzTimeout(),
  );

  it('reports a condition nested 10,000 deep as WT109, once, located', () => {
    const text = `policy p {\n  effective 2024-04-01\n}\nfact x "X" boolean\nthresholds t {\n  level 2 "L" when ${nested(10_000)}\n  otherwise level 1 "U"\n}\n`;
    expect(textPipelineProblems(text)).toEqual([]);
  });

  it('keeps a 5 MB title and reports a 5 MB name without quoting it', () => {
    const title = `policy p {\n  title "${FIVE_MB}"\n  effective 2024-04-01\n}\n`;
    expect(textPipelineProblems(title)).toEqual([]);
    const name = `policy p {\n  effective 2024-04-01\n}\nevent r "R"\ntimescale t { starts at first r requires ${FIVE_MB} within 1 day }\n`;
    expect(textPipelineProblems(name)).toEqual([]);
  });
});
