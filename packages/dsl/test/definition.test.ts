import { describe, expect, it } from 'vitest';
import { definitionAt } from '../src/definition.js';
import type { LanguageServiceContext } from '../src/language-service-context.js';
import { parseDocument } from './support/check-texts.js';
import { withCursor } from './support/cursor.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const context: LanguageServiceContext = { documents: [parseDocument(BASE_FILE, BASE)], file: 'local.wt' };

const HEADER = `policy local extends working-together-2013 {
  effective 2024-04-01
}
event visit "Home visit" { by: one of (social-worker, nurse) }
`;

function definition(marked: string) {
  const { source, offset } = withCursor(marked);
  return definitionAt(source, offset, context);
}

/** The line of the base (support/statutory-base.ts) where `text` stands. */
function baseLine(text: string): number {
  return BASE.split('\n').findIndex((line) => line.includes(text)) + 1;
}

describe('definitionAt', () => {
  it('goes from an event to its declaration in the base document', () => {
    expect(definition(`${HEADER}timescale t {\n  starts at first refe|rral\n}`)).toEqual({
      file: BASE_FILE,
      range: { line: baseLine('event referral '), column: 1, endLine: baseLine('event referral '), endColumn: 35 },
    });
  });

  it('goes to the text’s own declaration when it has one', () => {
    expect(definition(`${HEADER}timescale t {\n  requires vis|it within 5 days\n}`)).toEqual({
      file: 'local.wt',
      range: { line: 4, column: 1, endLine: 4, endColumn: 63 },
    });
  });

  it('goes from an overriding rule, or a removal, to the base rule', () => {
    const assessment = { line: baseLine('timescale assessment'), column: 1, endLine: baseLine('timescale assessment') + 6, endColumn: 2 };
    expect(definition(`${HEADER}timescale assess|ment {\n  requires assessment-complete within 35 working days\n}`)).toEqual({ file: BASE_FILE, range: assessment });
    expect(definition(`${HEADER}remove review-point manager-re|view`)?.range.line).toBe(baseLine('review-point manager-review'));
  });

  it('goes to calendars, ladders, facts, attributes and the base policy', () => {
    expect(definition('policy local extends working-together-2013 {\n  calendar engl|and\n}')?.range.line).toBe(baseLine('calendar england {'));
    expect(definition('policy local extends working-together-2013 {\n  escalation stand|ard\n}')?.range.line).toBe(baseLine('escalation standard {'));
    expect(definition(`${HEADER}thresholds need {\n  level 3 "Some" when needs-sc|ore >= 3\n}`)?.range.line).toBe(baseLine('fact needs-score'));
    expect(definition('policy local extends working-toge|ther-2013 {\n}')).toEqual({ file: BASE_FILE, range: { line: 1, column: 1, endLine: 5, endColumn: 2 } });
    // `s47` is an attribute of strategy-discussion, declared on its line of the base.
    const s47 = definition(`${HEADER}timescale t {\n  starts at first strategy-discussion where s4|7 = true\n}`);
    expect(s47).toEqual({ file: BASE_FILE, range: { line: baseLine('event strategy-discussion'), column: 51, endLine: baseLine('event strategy-discussion'), endColumn: 63 } });
    expect(definition(`${HEADER}timescale t {\n  starts at first visit where b|y = nurse\n}`)?.file).toBe('local.wt');
  });

  it('finds nothing for keywords, unknown names, or a declaration with no base', () => {
    expect(definition(`${HEADER}timescale t {\n  star|ts at first referral\n}`)).toBeUndefined();
    expect(definition(`${HEADER}timescale t {\n  requires nowh|ere within 1 day\n}`)).toBeUndefined();
    expect(definition(`${HEADER}timescale new-ru|le {\n}`)).toBeUndefined();
  });
});
