/**
 * No input reaches into JavaScript's objects: after every reader and the engine have processed
 * inputs full of `__proto__`, `constructor` and `prototype` (as keys, ids, event types, attributes
 * and facts), `({}).polluted` is undefined and no built-in prototype has a new key. And a name such
 * as `constructor` means only what the input says: a fact called `constructor` that the case does
 * not give is missing, not Object's constructor function.
 */
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { checkPolicy, convertPolicy, createPolicyResolver, parseText, parseYaml } from '@wt/dsl';
import { compile, parseIsoDate } from '@wt/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { openCases } from '../../packages/cli/src/case-readers/read-cases.js';
import { parseFixture } from '../../packages/cli/src/fixtures/read-fixture-file.js';
import { REPO_ROOT } from '../fuzz/support/corpus.js';
import { pollutionProblems } from '../fuzz/support/pollution.js';
import { runWtInProcess } from '../support/run-wt-in-process.js';

const PROTO_JSON = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}';
const HOSTILE_CASES = [
  `{"id":"P-1","events":[{"type":"constructor","date":"2024-05-02","prototype":true,"__proto__":{"polluted":"yes"}}],"facts":${PROTO_JSON}}`,
  `{"id":"__proto__","events":[{"type":"__proto__","date":"2024-05-02","constructor":{"prototype":{"polluted":"yes"}}}],"__proto__":{"polluted":"yes"}}`,
  `{"id":"constructor","events":[{"type":"prototype","date":"2024-05-02"}],"facts":{"toString":"x","hasOwnProperty":"x","valueOf":"x"}}`,
];
const POLICY = parseText(
  `policy prototype-names {\n  effective 2024-01-01\n}\nevent constructor "C" { prototype: boolean }\nevent prototype "P"\nfact constructor "C" number\nfact prototype "P" boolean\n` +
    `timescale prototype { starts at first constructor where prototype = true requires prototype within 5 working days }\n` +
    `thresholds constructor { level 2 "High" when constructor >= 3 and prototype otherwise level 1 "Low" }\n`,
  'prototype-names.wt',
);

afterEach(() => {
  expect(pollutionProblems()).toEqual([]);
});

function compiled() {
  const checked = checkPolicy({ file: 'prototype-names.wt', ir: POLICY.ir }, createPolicyResolver([]));
  const result = compile(checked.resolved!);
  expect(result.errors).toEqual([]);
  return result.compiled!;
}

describe('no prototype pollution', () => {
  it('from policies in either spelling: parsing, checking, converting', () => {
    const yaml = `policy:\n  id: constructor\n  effective: 2024-04-01\n  __proto__: { polluted: yes }\nevents:\n  - id: prototype\n    attributes: { constructor: boolean, __proto__: number }\n__proto__: { polluted: yes }\nconstructor: { prototype: { polluted: yes } }\n`;
    const parsed = parseYaml(yaml, 'p.yaml');
    checkPolicy({ file: 'p.yaml', ir: parsed.ir }, createPolicyResolver([]));
    convertPolicy(yaml, 'yaml', 'wt');
    const text = `policy p {\n  effective 2024-04-01\n}\n\nevent constructor "C" { prototype: boolean }\n\nfact prototype "P" boolean\n`;
    expect(convertPolicy(convertPolicy(text, 'wt', 'yaml').text!, 'yaml', 'wt').text).toBe(text);
    expect(POLICY.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('from case records, validated and evaluated', () => {
    const policy = compiled();
    for (const [index, line] of HOSTILE_CASES.entries()) policy.evaluateInput(JSON.parse(line), parseIsoDate('2024-06-03')!, { index }, { explain: true });
  });

  it('from case files in every format, through the streaming readers', async () => {
    const files = {
      ndjson: HOSTILE_CASES.join('\n'),
      json: `[${HOSTILE_CASES.join(',')}]`,
      csv: 'case,event,date,__proto__,constructor,fact:__proto__,fact:constructor\n__proto__,constructor,2024-05-02,x,y,1,2\nconstructor,__proto__,2024-05-02,,,,\n',
    };
    for (const [format, text] of Object.entries(files)) {
      const opened = await openCases({ path: '-', displayName: 'x', absolutePath: '', stdin: Readable.from([Buffer.from(text)]), format: format as 'ndjson' });
      if (!opened.ok) throw new Error(opened.message);
      const values: unknown[] = [];
      for await (const batch of opened.source.batches()) values.push(...batch.map((item) => item.value));
      const policy = compiled();
      for (const [index, value] of values.entries()) policy.evaluateInput(value, parseIsoDate('2024-06-03')!, { index });
    }
  });

  it('from fixtures', () => {
    const text = `policy: prototype-names.wt\n__proto__: { polluted: yes }\ncases:\n  - id: __proto__\n    events: [{ type: constructor, date: 2024-05-02, __proto__: { polluted: yes } }]\n    facts: ${PROTO_JSON}\nexpect:\n  - as-of: 2024-06-03\n    obligations: [{ rule: prototype, __proto__: { polluted: yes } }]\n`;
    parseFixture(text, join(REPO_ROOT, 'test/bad-inputs/fixture.fixture.yaml'));
  });

  it('from the CLI, evaluating and explaining the corpus of hostile names', async () => {
    const cwd = join(REPO_ROOT, 'test/bad-inputs');
    const run = await runWtInProcess(['eval', '--policy', 'prototype-names.policy.wt', '--cases', 'prototype-names.ndjson', '--as-of', '2024-06-03', '--format', 'json'], { cwd });
    expect(run.code).toBe(1);
    await runWtInProcess(['explain', '--policy', 'prototype-names.policy.wt', '--cases', 'prototype-names.ndjson', '--case', 'P-1', '--as-of', '2024-06-03'], { cwd });
    await runWtInProcess(['check', 'prototype-names.wt', 'prototype-names.yaml'], { cwd });
    await runWtInProcess(['export', 'prototype-names.policy.wt', '--to', 'html'], { cwd });
  });
});

describe('names that are also properties of every object mean only what the input says', () => {
  it('a fact or attribute called `constructor` or `prototype` that a case does not give is missing', () => {
    // Q-1 has no facts and its event no `prototype`: the rule's anchor (`where prototype = true`) does
    // not match, and the thresholds cannot decide, for want of constructor and prototype.
    const result = compiled().evaluateInput({ id: 'Q-1', events: [{ type: 'constructor', date: '2024-05-02' }] }, parseIsoDate('2024-06-03')!, { index: 0 }).result!;
    expect(result.obligations).toEqual([]);
    expect(result.thresholds[0]).toMatchObject({ level: null, undecided: { missing: ['constructor', 'prototype'] } });
  });

  it('and when the case gives them, they are read like any other name', () => {
    // Thu 2024-05-02 + 5 working days = Thu 2024-05-09; the `prototype` event on Wed 2024-05-08 meets it.
    const record = {
      id: 'Q-2',
      events: [
        { type: 'constructor', date: '2024-05-02', prototype: true },
        { type: 'prototype', date: '2024-05-08' },
      ],
      facts: { constructor: 3, prototype: true },
    };
    const result = compiled().evaluateInput(record, parseIsoDate('2024-06-03')!, { index: 0 }).result!;
    expect(result.obligations.map((o) => [o.rule, o.due, o.status])).toEqual([['prototype', '2024-05-09', 'met']]);
    expect(result.thresholds[0]).toMatchObject({ level: 2, label: 'High' });
  });
});
