import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalIr } from '../src/canonical-ir.js';
import { formatText } from '../src/format-text.js';
import { parseText } from '../src/parse-text.js';
import { printText } from '../src/print-text.js';
import { policy } from './fixtures/arbitrary-policy.js';
import { markdownBlocks, policyFiles } from './fixtures/policy-files.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

function formatted(source: string): string {
  const result = formatText(source);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.text).toBeDefined();
  return result.text!;
}

describe('formatText', () => {
  it('lays a policy out canonically: order, indentation, spelling', () => {
    const source = lines(
      'thresholds need { level 2 "Early help" when ( a ) and (b or c) otherwise level 1 "Universal" }',
      'timescale t { warn 1 working days before due statutory requires done within 1 working days starts at x }',
      'event x',
      'policy p { effective 2024-04-01 title "P" }',
    );
    expect(formatted(source)).toBe(
      lines(
        'policy p {',
        '  title "P"',
        '  effective 2024-04-01',
        '}',
        '',
        'event x',
        '',
        'timescale t {',
        '  starts at first x',
        '  requires done within 1 working day',
        '  statutory',
        '  warn 1 working day before due',
        '}',
        '',
        'thresholds need {',
        '  level 2 "Early help" when a and (b or c)',
        '  otherwise level 1 "Universal"',
        '}',
      ),
    );
  });

  it('keeps comments before, inside and after declarations, at the lines they describe', () => {
    const source = lines(
      '// File header: who wrote this.',
      '',
      '// The policy itself',
      'policy p {',
      '  // when it starts',
      '  effective 2024-04-01 // the LSCB agreed this date',
      '  title "P"',
      '}',
      'timescale t { // a trailing comment on the header',
      '  cites "A" // first source',
      '  // the statutory floor',
      '  statutory',
      '  starts at referral',
      '  // dangling at the end of the block',
      '} // after the block',
      '// the end of the file',
    );
    expect(formatted(source)).toBe(
      lines(
        '// File header: who wrote this.',
        '',
        '// The policy itself',
        'policy p {',
        '  title "P"',
        '  // when it starts',
        '  effective 2024-04-01  // the LSCB agreed this date',
        '}',
        '',
        'timescale t {  // a trailing comment on the header',
        '  starts at first referral',
        '  // the statutory floor',
        '  statutory',
        '  cites "A"  // first source',
        '  // dangling at the end of the block',
        '}  // after the block',
        '',
        '// the end of the file',
      ),
    );
  });

  it('keeps a comment with its declaration when declarations are reordered', () => {
    const source = lines('// about the fact', 'fact f number', '// about the event', 'event e', 'policy p {}');
    expect(formatted(source)).toBe(lines('policy p {}', '', '// about the event', 'event e', '', '// about the fact', 'fact f number'));
  });

  it('keeps comments inside an otherwise empty block, and on a one-line block', () => {
    expect(formatted(lines('policy p {', '  // nothing yet', '}'))).toBe(lines('policy p {', '  // nothing yet', '}'));
    expect(formatted(lines('policy p {} // empty'))).toBe(lines('policy p {}  // empty'));
  });

  it('puts a second trailing comment for the same line above it', () => {
    const source = lines('policy p {}', 'thresholds t {', '  level 1 "x" when a // one', '    and b // two', '}');
    expect(formatted(source)).toBe(lines('policy p {}', '', 'thresholds t {', '  // two', '  level 1 "x" when a and b  // one', '}'));
  });

  it('keeps comments beside closures and attributes laid out on their own lines', () => {
    const source = lines(
      'policy p {}',
      'calendar c {',
      '  closed 2024-12-24 "Christmas Eve closure of every office" // eve',
      '    2024-12-27 "Closure between Christmas and the new year" 2024-12-30 // the rest',
      '}',
    );
    expect(formatted(source)).toBe(
      lines(
        'policy p {}',
        '',
        'calendar c {',
        '  closed',
        '    2024-12-24 "Christmas Eve closure of every office"  // eve',
        '    2024-12-27 "Closure between Christmas and the new year"',
        '    2024-12-30  // the rest',
        '}',
      ),
    );
  });

  it('keeps comments beside calendar lines and a rule\'s escalation, which the IR keeps without a place', () => {
    const source = lines(
      'policy p {}',
      'calendar c {',
      '  counting inclusive // as the census validator counts',
      '  // Saturday and Sunday',
      '  weekend saturday sunday',
      '}',
      'review-point r {',
      '  escalation fast // quicker than usual',
      '  starts at x',
      '}',
    );
    expect(formatted(source)).toBe(
      lines(
        'policy p {}',
        '',
        'calendar c {',
        '  // Saturday and Sunday',
        '  weekend saturday sunday',
        '  counting inclusive  // as the census validator counts',
        '}',
        '',
        'review-point r {',
        '  starts at first x',
        '  escalation fast  // quicker than usual',
        '}',
      ),
    );
  });

  it('refuses a file with errors, and says why', () => {
    const result = formatText('policy p { effective 2023-02-30 }\nevent', 'bad.wt');
    expect(result.text).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toContain('WT301');
    expect(result.diagnostics.every((d) => d.file === 'bad.wt')).toBe(true);
  });

  it('accepts CRLF line ends and a byte-order mark, and writes LF', () => {
    const source = '\ufeff// header\r\n\r\npolicy p { title "P" } // trailing\r\n';
    expect(formatted(source)).toBe(lines('// header', '', 'policy p {', '  title "P"', '}  // trailing'));
  });
});

describe('formatText on the policies of the repository and the examples of docs/language.md', () => {
  const sources = [
    ...policyFiles('wt').map((file) => ({ name: file.name, source: file.source })),
    ...markdownBlocks('docs/language.md', 'wt').map((source, index) => ({ name: `docs/language.md example ${index + 1}`, source })),
  ];

  it('finds policies to format', () => {
    expect(sources.length).toBeGreaterThan(1);
  });

  it.each(sources)('$name: idempotent, same IR, every comment kept', ({ source }) => {
    const parsed = parseText(source);
    if (parsed.diagnostics.some((d) => d.severity === 'error')) return;
    const once = formatted(source);
    expect(formatted(once)).toBe(once);
    const reparsed = parseText(once);
    expect(canonicalIr(reparsed.ir)).toEqual(canonicalIr(parsed.ir));
    expect(reparsed.comments.map((c) => c.text.trimEnd()).sort()).toEqual(parsed.comments.map((c) => c.text.trimEnd()).sort());
  });
});

/** Puts `// cN` comments after some lines and on lines of their own before others. */
function withComments(text: string, places: { line: number; own: boolean }[]): string {
  const out = text.split('\n');
  const sorted = [...places].sort((a, b) => b.line - a.line);
  sorted.forEach((place, index) => {
    const at = place.line % Math.max(1, out.length - 1);
    if (place.own) out.splice(at, 0, `// c${index}`);
    else out[at] = `${out[at]} // c${index}`;
  });
  return out.join('\n');
}

describe('formatText properties', () => {
  it('leaves printed text as it is', () => {
    fc.assert(
      fc.property(policy, (ir) => {
        const text = printText(ir);
        expect(formatText(text).text).toBe(text);
      }),
      { numRuns: 100 },
    );
  });

  it('is idempotent, keeps the IR and keeps every comment, wherever comments stand', () => {
    const places = fc.array(fc.record({ line: fc.nat(200), own: fc.boolean() }), { maxLength: 8 });
    fc.assert(
      fc.property(policy, places, (ir, commentPlaces) => {
        const source = withComments(printText(ir), commentPlaces);
        const parsed = parseText(source);
        fc.pre(!parsed.diagnostics.some((d) => d.severity === 'error'));
        const once = formatted(source);
        expect(formatted(once)).toBe(once);
        const reparsed = parseText(once);
        expect(canonicalIr(reparsed.ir)).toEqual(canonicalIr(ir));
        expect(reparsed.comments.length).toBe(parsed.comments.length);
      }),
      { numRuns: 80 },
    );
  });
});
