import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completionsAt, type CompletionItem } from '../src/completions.js';
import type { LanguageServiceContext } from '../src/language-service-context.js';
import { positionAt } from '../src/source-position.js';
import { parseDocument } from './support/check-texts.js';
import { withCursor } from './support/cursor.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const context: LanguageServiceContext = { documents: [parseDocument(BASE_FILE, BASE)], file: 'local.wt' };

const LOCAL = `policy local extends working-together-2013 {
  effective 2024-04-01
}
event family-informed "Family told of the referral" { how: one of (phone, letter) }
fact risk-band "Risk band" one of (low, medium, high)
`;

function completions(marked: string): CompletionItem[] {
  const { source, offset } = withCursor(marked);
  return completionsAt(source, offset, context);
}

/** `kind:label` of each item, in order. */
function offered(marked: string): string[] {
  return completions(marked).map((item) => `${item.kind}:${item.label}`);
}

const BASE_EVENTS = ['referral', 'assessment-complete', 'referral-closed', 'strategy-discussion', 'icpc', 'plan-start', 'plan-end', 'review-conference'];

describe('completionsAt: events', () => {
  const events = ['event:family-informed', ...BASE_EVENTS.map((id) => `event:${id}`)];

  it('offers the events of the text, then those of its bases, after `requires`, `starts at`, `while` and `unless`', () => {
    expect(offered(`${LOCAL}timescale t {\n  requires |`)).toEqual(events);
    expect(offered(`${LOCAL}timescale t {\n  starts at first |`)).toEqual(events);
    expect(offered(`${LOCAL}timescale t {\n  while plan-start .. |`)).toEqual(events);
    expect(offered(`${LOCAL}timescale t {\n  unless |`)).toEqual(events);
  });

  it('offers the occurrence keywords too after `starts at`, but no keyword once one is written', () => {
    expect(offered(`${LOCAL}timescale t {\n  starts at |`)).toEqual([...events, 'keyword:first', 'keyword:last', 'keyword:each']);
    expect(offered(`${LOCAL}timescale t {\n  starts at last |`).filter((item) => item.startsWith('keyword:'))).toEqual([]);
  });

  it('says what an event is and where it is declared', () => {
    const referral = completions(`${LOCAL}timescale t {\n  requires |`).find((item) => item.label === 'referral');
    expect(referral).toEqual({
      label: 'referral',
      kind: 'event',
      detail: 'Referral received',
      documentation: 'Declared in `working-together-2013.wt`.',
      insertText: 'referral',
      replaceRange: { line: 7, column: 12, endLine: 7, endColumn: 12 },
    });
    const own = completions(`${LOCAL}timescale t {\n  requires |`).find((item) => item.label === 'family-informed');
    expect(own?.documentation).toBe('Declared in this policy.');
  });

  it('replaces the part of the word before the cursor', () => {
    // `  requires asse|ss` on line 7: the word starts at column 12; the cursor is at column 16.
    const [first] = completions(`${LOCAL}timescale t {\n  requires asse|ss`);
    expect(first?.replaceRange).toEqual({ line: 7, column: 12, endLine: 7, endColumn: 16 });
  });
});

describe('completionsAt: conditions', () => {
  it('offers the attributes of the filtered event after `where`, with the condition keywords', () => {
    expect(offered(`${LOCAL}timescale t {\n  starts at first strategy-discussion where |`)).toEqual(['attribute:s47', 'keyword:not', 'keyword:true', 'keyword:false']);
    expect(offered(`${LOCAL}timescale t {\n  starts at first family-informed where |`)).toEqual(['attribute:how', 'keyword:not', 'keyword:true', 'keyword:false']);
  });

  it('offers facts in thresholds, not attributes, even after a filter elsewhere', () => {
    const text = `${LOCAL}timescale t {\n  starts at first strategy-discussion where s47 = true\n}\nthresholds need {\n  level 4 "High" when |`;
    // The text's own facts come before its base's.
    expect(offered(text)).toEqual(['fact:risk-band', 'fact:needs-score', 'keyword:not', 'keyword:true', 'keyword:false']);
  });

  it('offers the values of a `one of` type after `=` and inside `in (…)`', () => {
    expect(offered(`${LOCAL}timescale t {\n  unless referral-closed where outcome = |`)).toEqual(['enum-value:nfa', 'enum-value:transferred', 'keyword:true', 'keyword:false']);
    expect(offered(`${LOCAL}timescale t {\n  unless family-informed where how in (phone, |`)).toEqual(['enum-value:phone', 'enum-value:letter', 'keyword:true', 'keyword:false']);
    expect(offered(`${LOCAL}thresholds need {\n  level 3 "Some" when risk-band != |`)).toEqual(['enum-value:low', 'enum-value:medium', 'enum-value:high', 'keyword:true', 'keyword:false']);
  });

  it('offers no values for a name that is not of a `one of` type', () => {
    expect(offered(`${LOCAL}thresholds need {\n  level 3 "Some" when needs-score = |`)).toEqual(['keyword:true', 'keyword:false']);
  });
});

describe('completionsAt: the header, calendars, ladders and rules', () => {
  it('offers the other documents after `extends`, not the policy itself', () => {
    const items = completions('policy local extends |');
    expect(items.map((item) => `${item.kind}:${item.label}`)).toEqual(['policy:working-together-2013']);
    expect(items[0]?.documentation).toBe('Declared in `working-together-2013.wt`.');
  });

  it('offers calendars and ladders in the header and in a rule', () => {
    expect(offered('policy local extends working-together-2013 {\n  calendar |')).toEqual(['calendar:england']);
    expect(offered('policy local extends working-together-2013 {\n  escalation |')).toEqual(['escalation:standard']);
    expect(offered(`${LOCAL}timescale t {\n  escalation |`)).toEqual(['escalation:standard']);
  });

  it('offers the calendars a calendar may extend, not itself', () => {
    expect(offered(`${LOCAL}calendar local-days extends |`)).toEqual(['calendar:england']);
  });

  it('offers the base rules of the kind written, to override, leaving out those already overridden', () => {
    expect(offered(`${LOCAL}timescale |`)).toEqual(['rule:assessment', 'rule:icpc', 'rule:later-reviews']);
    expect(offered(`${LOCAL}timescale icpc {\n  requires icpc within 10 working days\n}\ntimescale ass|`)).toEqual(['rule:assessment', 'rule:later-reviews']);
    expect(offered(`${LOCAL}review-point |`)).toEqual(['rule:manager-review']);
    expect(completions(`${LOCAL}timescale |`)[0]?.detail).toBe('timescale: Complete the assessment');
  });

  it('offers the base rules that may be removed after `remove`: never a statutory one', () => {
    expect(offered(`${LOCAL}remove review-point |`)).toEqual(['rule:manager-review']);
    expect(offered(`${LOCAL}remove timescale |`)).toEqual([]);
  });

  it('offers the base calendars and ladders that a declaration of the same name would replace', () => {
    expect(offered(`${LOCAL}calendar |`)).toEqual(['calendar:england']);
    expect(offered(`${LOCAL}escalation |`)).toEqual(['escalation:standard']);
    expect(offered(`${LOCAL}escalation standard {\n}\nescalation |`)).toEqual([]);
    expect(offered(`${LOCAL}thresholds |`)).toEqual([]);
  });

  it('offers nothing where a new name is declared', () => {
    expect(offered(`${LOCAL}event |`)).toEqual([]);
    expect(offered(`${LOCAL}fact |`)).toEqual([]);
  });
});

describe('completionsAt: keywords and units', () => {
  it('offers the keywords the grammar allows, with what they mean', () => {
    const items = completions(`${LOCAL}timescale t {\n  |\n}`);
    expect(items.map((item) => item.label)).toEqual(['starts', 'requires', 'while', 'unless', 'statutory', 'cites', 'warn', 'escalation']);
    expect(items.every((item) => item.kind === 'keyword' && item.detail !== undefined)).toBe(true);
    expect(offered('|')).toContain('keyword:timescale');
  });

  it('offers units after the number of a duration, `working days` as one item', () => {
    expect(offered(`${LOCAL}timescale t {\n  requires icpc within 15 |`)).toEqual(['unit:working days', 'unit:day', 'unit:days', 'unit:week', 'unit:weeks', 'unit:month', 'unit:months']);
    expect(offered(`${LOCAL}timescale t {\n  requires icpc within 1 wor|`)[0]).toBe('unit:working day');
    expect(offered(`${LOCAL}timescale t {\n  requires icpc within 15 working |`)).toEqual(['unit:day', 'unit:days']);
  });

  it('replaces, for any text, a range that ends at the position', () => {
    const words = fc.constantFrom('policy p {', '}', 'timescale t {', ' ', '\n', 'requires', 'refer', 'where', 'outcome =', '"x', '//', 'within 3', '(');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }), fc.nat(), (parts, n) => {
        const source = LOCAL + parts.join(' ');
        const offset = n % (source.length + 1);
        const at = positionAt(source, offset);
        for (const item of completionsAt(source, offset, context)) {
          expect(item.replaceRange).toMatchObject({ endLine: at.line, endColumn: at.column });
          expect(item.insertText).not.toBe('');
        }
      }),
      { numRuns: 60 },
    );
  });

  it('offers nothing inside a string or a comment, and never throws', () => {
    expect(offered(`${LOCAL}timescale t "Comp|lete" {`)).toEqual([]);
    expect(offered(`${LOCAL}// requires |`)).toEqual([]);
    // An offset past the end reads as the end.
    expect(completionsAt('policy p {', 99, context)).toEqual(completionsAt('policy p {', 10, context));
    expect(completionsAt('', 0, { documents: [] }).map((item) => item.label)).toContain('policy');
  });
});
