import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFixture, readFixtureFile } from '../src/fixtures/read-fixture-file.js';

const FILE = '/work/fixtures/sample.fixture.yaml';

function problemsOf(text: string) {
  const read = parseFixture(text, FILE);
  if (read.ok) throw new Error('expected problems');
  return read.problems;
}

describe('parseFixture', () => {
  it('reads a fixture: the policy relative to the file, the single case named by default, blocks in order', () => {
    const read = parseFixture(
      [
        'policy: ../england/working-together-2013.wt',
        'description: ICPC across the Spring bank holiday 2024',
        'cases:',
        '  - id: icpc-spring-2024',
        '    events:',
        '      - { type: strategy-discussion, date: 2024-05-10, s47: true }',
        'expect:',
        '  - as-of: 2024-05-31',
        '    obligations:',
        '      - { rule: icpc, start: 2024-05-10, due: 2024-06-03, status: due-soon }   # 15 working days',
        '  - as-of: 2024-06-05',
        '    exhaustive: true',
        '    escalations: []',
      ].join('\n'),
      FILE,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { fixture } = read;
    expect(fixture.policyPath).toBe('/work/england/working-together-2013.wt');
    expect(fixture.cases.map((c) => [c.id, c.position.line])).toEqual([['icpc-spring-2024', 4]]);
    expect(fixture.blocks.map((b) => [b.asOf, b.caseId, b.exhaustive, b.position.line])).toEqual([
      ['2024-05-31', 'icpc-spring-2024', false, 8],
      ['2024-06-05', 'icpc-spring-2024', true, 11],
    ]);
    const [obligation] = fixture.blocks[0]!.obligations!;
    expect([...obligation!.fields]).toEqual([
      ['rule', 'icpc'],
      ['start', '2024-05-10'],
      ['due', '2024-06-03'],
      ['status', 'due-soon'],
    ]);
    expect(obligation!.position).toEqual({ line: 10, column: 9 });
    expect(obligation!.path).toEqual(['expect', 0, 'obligations', 0]);
    // A list that is not given is not checked; an empty one is.
    expect(fixture.blocks[1]!.obligations).toBeUndefined();
    expect(fixture.blocks[1]!.escalations).toEqual([]);
  });

  it('takes `exhaustive` from the top of the file unless a block says otherwise', () => {
    const read = parseFixture(
      'policy: p.wt\nexhaustive: true\ncases: [{ id: a, events: [] }]\nexpect:\n  - as-of: 2024-01-01\n  - { as-of: 2024-01-02, exhaustive: false }\n',
      FILE,
    );
    expect(read.ok && read.fixture.blocks.map((b) => b.exhaustive)).toEqual([true, false]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const problems = problemsOf('policy: p.wt\ncases:\n  - id: broken\n    events:\n      - { type: referral, date: 2024-05-10\nexpect:\n  - as-of: 2024-05-31\n');
    expect(problems[0]).toMatchObject({ file: FILE, position: { line: 6, column: 1 } });
    expect(problems[0]!.message).toMatch(/^YAML: Flow map/);
  });

  it('points at an unknown field, suggesting the right spelling, and at a wrong status', () => {
    const problems = problemsOf(
      'policy: p.wt\ncases:\n  - id: c1\n    events: []\nexpect:\n  - as-of: 2024-05-31\n    obligations:\n      - { rule: assessment, late-by: 2, status: finished }\n',
    );
    expect(problems.map((p) => [p.position, p.message])).toEqual([
      [{ line: 8, column: 29 }, 'unknown field `late-by` in item 1 of `obligations` (did you mean `lateBy`?)'],
      [{ line: 8, column: 49 }, '`status` must be one of met, late, open, due-soon, overdue, cancelled'],
    ]);
  });

  it('says what a field must be when it may be a date or null', () => {
    const problems = problemsOf('policy: p.wt\ncases: [{ id: a, events: [] }]\nexpect:\n  - as-of: 2024-01-01\n    obligations: [{ rule: x, due: 12 }]\n');
    expect(problems.map((p) => p.message)).toEqual(['`due` must be a date (YYYY-MM-DD) or null']);
    expect(problems[0]!.position).toEqual({ line: 5, column: 35 });
  });

  it('refuses dates that do not exist: 2023 is not a leap year', () => {
    const problems = problemsOf('policy: p.wt\ncases: [{ id: a, events: [] }]\nexpect:\n  - as-of: 2023-02-29\n    obligations: [{ rule: x, due: 2024-02-30 }]\n');
    expect(problems.map((p) => [p.position?.line, p.message])).toEqual([
      [4, '`as-of`: 2023-02-29 is not a date that exists'],
      [5, '`due`: 2024-02-30 is not a date that exists'],
    ]);
  });

  it('requires `case:` when there are several cases, and names a case that does not exist', () => {
    const problems = problemsOf(
      'policy: p.wt\ncases:\n  - { id: case-one, events: [] }\n  - { id: case-two, events: [] }\nexpect:\n  - as-of: 2024-01-01\n  - { as-of: 2024-01-01, case: case-too }\n',
    );
    expect(problems.map((p) => [p.position?.line, p.message])).toEqual([
      [6, 'which case? the fixture has 2 cases: add `case:` to this block'],
      [7, 'no case `case-too` in this fixture (did you mean `case-two`?)'],
    ]);
  });

  it('refuses two cases with one id', () => {
    const problems = problemsOf('policy: p.wt\ncases:\n  - { id: a, events: [] }\n  - { id: a, events: [] }\nexpect:\n  - { as-of: 2024-01-01, case: a }\n');
    expect(problems.map((p) => p.message)).toEqual(['two cases have the id `a` (the first at line 3)']);
  });

  it('rejects `__proto__` as a field without touching any prototype', () => {
    const problems = problemsOf('policy: p.wt\ncases: [{ id: a, events: [] }]\nexpect:\n  - { as-of: 2024-01-01, __proto__: { polluted: true } }\n');
    expect(problems[0]!.message).toMatch(/^unknown field `__proto__`/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads cases from a case file beside the fixture (NDJSON), and reports one that cannot be read', () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-fixture-'));
    writeFileSync(join(directory, 'cases.ndjson'), '{"id":"C-1","events":[]}\n{"id":"C-2","events":[]}\n');
    writeFileSync(
      join(directory, 'a.fixture.yaml'),
      'policy: p.wt\ncases:\n  - file: cases.ndjson\nexpect:\n  - { as-of: 2024-01-01, case: C-2 }\n',
    );
    const read = readFixtureFile(join(directory, 'a.fixture.yaml'));
    expect(read.ok && read.fixture.cases.map((c) => [c.id, c.file, c.position.line])).toEqual([
      ['C-1', join(directory, 'cases.ndjson'), 1],
      ['C-2', join(directory, 'cases.ndjson'), 2],
    ]);
    writeFileSync(join(directory, 'b.fixture.yaml'), 'policy: p.wt\ncases:\n  - file: missing.json\nexpect:\n  - as-of: 2024-01-01\n');
    const missing = readFixtureFile(join(directory, 'b.fixture.yaml'));
    expect(!missing.ok && missing.problems.map((p) => [p.position?.line, p.message])).toEqual([
      [3, 'cannot read the case file missing.json: no such file'],
    ]);
  });

  it('reports a fixture file that does not exist', () => {
    const read = readFixtureFile('/nonexistent/x.fixture.yaml');
    expect(!read.ok && read.problems[0]!.message).toBe('no such file');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const read = parseFixture(text, FILE);
        expect(read.ok || read.problems.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
    const fragments = ['policy: p.wt\n', 'cases:\n', '  - id: a\n', '    events: [', ']\n', 'expect:\n', '  - as-of: 2024-01-01\n', '{', '&a x', '*a', '- ', ': '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), { maxLength: 12 }), (parts) => {
        const read = parseFixture(parts.join(''), FILE);
        expect(read.ok || read.problems.every((p) => typeof p.message === 'string')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
