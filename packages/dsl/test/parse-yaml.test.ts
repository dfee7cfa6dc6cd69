import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIr } from '../src/canonical-ir.js';
import type { Diagnostic } from '../src/diagnostic.js';
import { parseYaml } from '../src/parse-yaml.js';
import { printYaml } from '../src/print-yaml.js';
import { baselineExample, localExample } from './fixtures/example-policies.js';
import { markdownBlocks } from './fixtures/policy-files.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

/** `code line:column-endLine:endColumn message`, for compact expectations. */
const brief = (d: Diagnostic) => `${d.code} ${d.range.line}:${d.range.column}-${d.range.endLine}:${d.range.endColumn} ${d.message}`;

function only(source: string): Diagnostic {
  const { diagnostics } = parseYaml(source, 'p.yaml');
  expect(diagnostics, diagnostics.map(brief).join('\n')).toHaveLength(1);
  expect(diagnostics[0]!.file).toBe('p.yaml');
  return diagnostics[0]!;
}

const header = 'policy:\n  id: p';

describe('parseYaml: well-formed policies', () => {
  it('reads the examples of docs/language.md to the same IR as their text form', () => {
    for (const example of [baselineExample, localExample]) {
      const result = parseYaml(printYaml(example));
      expect(result.diagnostics).toEqual([]);
      expect(canonicalIr(result.ir)).toEqual(example);
    }
  });

  it('gives every declaration and phrase a location in the YAML file', () => {
    const { ir } = parseYaml(
      lines('policy:', '  id: p', '  extends: base', 'rules:', '  - timescale: t', '    starts-at: "first referral where s47 = true"', '    statutory: true'),
    );
    expect(ir.loc).toEqual({ line: 2, column: 3, endLine: 3, endColumn: 16 });
    expect(ir.extendsLoc).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 16 });
    const rule = ir.rules[0]!;
    expect(rule.loc).toEqual({ line: 5, column: 5, endLine: 7, endColumn: 20 });
    expect(rule.statutoryLoc).toEqual({ line: 7, column: 5, endLine: 7, endColumn: 20 });
    // The anchor starts after the opening quote, in column 17.
    expect(rule.start?.loc).toEqual({ line: 6, column: 17, endLine: 6, endColumn: 48 });
  });

  it('locates the header lines that checks point at', () => {
    const { ir } = parseYaml(lines('policy:', '  id: p', '  effective: 2024-04-01', '  calendar: c'));
    expect(ir.effectiveLoc).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 24 });
    expect(ir.calendarLoc).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 14 });
    expect(ir.untilLoc).toBeUndefined();
  });

  it('reads YAML 1.2 core: dates, `on` and `yes` are strings', () => {
    const { ir, diagnostics } = parseYaml(lines('policy:', '  id: p', '  title: on', '  area: yes', '  effective: 2024-04-01'));
    expect(diagnostics).toEqual([]);
    expect(ir).toMatchObject({ title: 'on', area: 'yes', effective: '2024-04-01' });
  });

  it('treats `statutory: false` and empty lists as absent, as the text form does', () => {
    const { ir, diagnostics } = parseYaml(
      lines(header, 'rules:', '  - timescale: t', '    statutory: false', '    unless: []', '    cites: []', 'calendars:', '  - { id: c, closed: [] }'),
    );
    expect(diagnostics).toEqual([]);
    expect(canonicalIr(ir.rules)).toEqual([{ kind: 'timescale', id: 't' }]);
    expect(canonicalIr(ir.calendars)).toEqual([{ id: 'c' }]);
  });

  it('accepts a byte-order mark and CRLF line ends, with columns as an editor shows them', () => {
    const d = only('\ufeffpolicy:\r\n  id: p\r\n  versoin: "1"\r\n');
    expect(brief(d)).toBe('WT502 3:3-3:10 `versoin` is not a field of the policy header');
    expect(d.hint).toBe('did you mean `version`?');
  });
});

describe('parseYaml: what is wrong, where, and what to do', () => {
  it('names an unknown field and suggests the nearest known one', () => {
    const d = only(lines(header, 'rules:', '  - timescale: t', '    startsat: first referral'));
    expect(brief(d)).toBe('WT502 5:5-5:13 `startsat` is not a field of rule `t`');
    expect(d.hint).toBe('did you mean `starts-at`?');
  });

  it('tells where timescales go', () => {
    const d = only(lines(header, 'timescales: []'));
    expect(brief(d)).toBe('WT502 3:1-3:11 `timescales` is not a field of a policy file');
    expect(d.hint).toContain('`rules:`');
  });

  it('explains that an unquoted number is not text', () => {
    const d = only(lines(header, '  version: 2013'));
    expect(brief(d)).toBe('WT504 3:12-3:16 `version` must be text on one line, not `2013`');
    expect(d.hint).toBe('Put it in quotes, as in `version: "2013"`: without quotes YAML reads `2013` as a number.');
  });

  it('describes a malformed duration', () => {
    const d = only(lines(header, 'rules:', '  - timescale: t', '    requires: done', '    within: 45 days working'));
    expect(brief(d)).toBe(
      'WT504 6:13-6:28 `within` must be a duration such as `45 working days`, `10 days`, `2 weeks` or `3 months`, not `45 days working`',
    );
  });

  it('wants `requires` and `within` together', () => {
    const d = only(lines(header, 'rules:', '  - timescale: t', '    within: 45 working days'));
    expect(brief(d)).toBe('WT503 5:5-5:11 `within` needs `requires` beside it');
  });

  it('wants a rule named by exactly one kind', () => {
    expect(brief(only(lines(header, 'rules:', '  - title: x')))).toBe(
      'WT504 4:5-4:13 Rule 1 of `rules` must be named by its kind: `timescale: assessment`, `review-point: ...` or `decision-point: ...`',
    );
    expect(brief(only(lines(header, 'rules:', '  - timescale: a', '    review-point: b')))).toMatch(
      /^WT504 4:5-4:17 Rule `a` has more than one kind: give only one of `timescale`, `review-point`, `decision-point`$/,
    );
  });

  it('wants `warn` with `before-due` and `notify` with `when-overdue`', () => {
    const d = only(lines(header, 'escalations:', '  - id: e', '    steps:', '      - warn: Manager', '        when-overdue: 1 day'));
    expect(brief(d)).toMatch(/^WT504 6:9-6:22 Escalation step 1 of `steps` must be `warn: <role>` with `before-due: <duration>`/);
  });

  it('names a missing field and a missing header', () => {
    expect(brief(only(lines(header, 'facts:', '  - id: f')))).toBe('WT503 4:5-4:10 Fact `f` needs `type`');
    expect(brief(only(lines('events: []')))).toBe('WT503 1:1-1:11 The file has no `policy:` header');
  });

  it('checks that dates exist', () => {
    expect(brief(only(lines(header, '  effective: 2023-02-30')))).toBe('WT301 3:14-3:24 2023-02-30 is not a date: February 2023 has 28 days');
  });

  it('reports errors in phrases at their place in the YAML file, quoted or not', () => {
    const plain = only(lines(header, 'thresholds:', '  - id: t', '    levels:', '      - { level: 1, label: x, when: needs-score >= }'));
    expect(plain.code).toBe('WT103');
    expect(plain.range.line).toBe(6);
    // `when: needs-score >= ` starts in column 35; the error is at the end of the phrase.
    expect(plain.range.column).toBeGreaterThanOrEqual(48);
    const quoted = only(lines(header, 'rules:', '  - timescale: t', '    starts-at: "first referral where"'));
    expect(quoted.code).toBe('WT103');
    expect(quoted.range.line).toBe(5);
    // The phrase starts after the quote in column 17; `where` is 15 characters further.
    expect(quoted.range).toEqual({ line: 5, column: 32, endLine: 5, endColumn: 37 });
  });

  it('says which values a closed list allows', () => {
    expect(brief(only(lines(header, 'calendars:', '  - id: c', '    counting: yes')))).toBe(
      'WT504 5:15-5:18 `counting` must be `exclusive` or `inclusive`, not `yes`',
    );
    expect(brief(only(lines(header, 'rules:', '  - timescale: t', '    statutory: yes')))).toBe(
      'WT504 5:16-5:19 `statutory` must be `true` or `false`, not `yes`',
    );
  });

  it('checks names, and keeps `__proto__` an ordinary key', () => {
    const d = only(lines(header, 'events:', '  - id: e', '    attributes: { __proto__: boolean }'));
    expect(brief(d)).toBe('WT504 5:19-5:28 `__proto__` is not a name');
    expect(({} as Record<string, unknown>)['boolean']).toBeUndefined();
  });

  it('still returns what it could read', () => {
    const { ir, diagnostics } = parseYaml(lines(header, 'rules:', '  - timescale: t', '    title: T', '    requires: done', '    within: soon'));
    expect(diagnostics.map((d) => d.code)).toEqual(['WT504']);
    expect(canonicalIr(ir.rules)).toEqual([{ kind: 'timescale', id: 't', title: 'T' }]);
  });
});

describe('parseYaml: YAML that cannot be read', () => {
  it('reports a key given twice', () => {
    expect(brief(only(lines('policy:', '  id: p', '  id: q')))).toBe('WT505 3:3-3:5 `id` is given twice in the same mapping');
  });

  it('reports tabs used for indentation', () => {
    const d = only('policy:\n\tid: p\n');
    expect(d.code).toBe('WT501');
    expect(d.range.line).toBe(2);
    expect(d.hint).toBe('Indent YAML with spaces, not tabs.');
  });

  it('reports a second document', () => {
    const codes = parseYaml(lines(header, '---', 'policy: { id: q }')).diagnostics.map((d) => d.code);
    expect(codes).toContain('WT501');
  });

  it('refuses to expand an alias bomb', () => {
    const bomb = lines(
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    );
    const result = parseYaml(bomb);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['WT506']);
    expect(result.ir.id).toBe('');
  });

  it('reads a file that is not a mapping, or is empty, as a policy without anything', () => {
    expect(brief(only('- a\n- b\n'))).toBe('WT504 1:1-1:4 A policy file is a mapping that starts with `policy:`');
    expect(only('').code).toBe('WT504');
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (source) => {
        const result = parseYaml(source);
        expect(result.ir.irVersion).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on damaged policies, and locates every problem inside the file', () => {
    const yaml = printYaml(baselineExample);
    const damage = fc.array(fc.record({ at: fc.nat(yaml.length), cut: fc.nat(6), insert: fc.constantFrom('', ':', '- ', '{', '"', '\t', ' x', '\n  ', '*a', '&a ') }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(damage, (edits) => {
        let source = yaml;
        for (const edit of edits) source = source.slice(0, edit.at) + edit.insert + source.slice(edit.at + edit.cut);
        const lineCount = source.split('\n').length;
        for (const d of parseYaml(source).diagnostics) {
          expect(d.range.line).toBeGreaterThanOrEqual(1);
          expect(d.range.line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseYaml on the YAML example of docs/language.md', () => {
  it('reads it to the same IR as the text example it repeats', () => {
    const [example] = markdownBlocks('docs/language.md', 'yaml');
    const result = parseYaml(example!);
    expect(result.diagnostics).toEqual([]);
    expect(canonicalIr(result.ir)).toEqual(localExample);
  });
});
