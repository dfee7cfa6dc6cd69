import { describe, expect, it } from 'vitest';
import { completionContextAt, syntacticSuggestionsAt } from '../src/content-assist.js';

/** Suggestions at the `|` in `text`. */
function suggestionsAt(text: string): string[] {
  const offset = text.indexOf('|');
  return syntacticSuggestionsAt(text.replace('|', ''), offset);
}

const HEADER = 'policy p { effective 2024-04-01 }\n';

describe('syntacticSuggestionsAt', () => {
  it('suggests declarations at the top level', () => {
    expect(suggestionsAt('|')).toEqual(['policy', 'calendar', 'event', 'fact', 'timescale', 'review-point', 'decision-point', 'remove', 'escalation', 'thresholds']);
  });

  it('suggests the lines of a block', () => {
    expect(suggestionsAt('policy p { | }')).toEqual(['title', 'version', 'area', 'source', 'effective', 'until', 'calendar', 'escalation']);
    expect(suggestionsAt(HEADER + 'timescale t {\n  |\n}')).toEqual(['starts', 'requires', 'while', 'unless', 'statutory', 'cites', 'warn', 'escalation']);
  });

  it('suggests what completes a phrase, without every keyword that could be a name', () => {
    expect(suggestionsAt(HEADER + 'timescale t { starts |')).toEqual(['at']);
    expect(suggestionsAt(HEADER + 'timescale t { starts at |')).toEqual(['first', 'last', 'each']);
    expect(suggestionsAt(HEADER + 'timescale t { requires x within 45 |')).toEqual(['working', 'day', 'days', 'week', 'weeks', 'month', 'months']);
    expect(suggestionsAt(HEADER + 'timescale t { requires x within 3 months |')).toEqual([
      'rounding', 'starts', 'requires', 'while', 'unless', 'statutory', 'cites', 'warn', 'escalation',
    ]);
  });

  it('treats the word under the cursor as being typed', () => {
    expect(suggestionsAt(HEADER + 'timescale t { requires x within 45 wor|')).toEqual(['working', 'day', 'days', 'week', 'weeks', 'month', 'months']);
    const context = completionContextAt(HEADER + 'timescale t { sta', HEADER.length + 17);
    expect(context.prefix).toBe('sta');
    expect(context.prefixRange).toEqual({ line: 2, column: 15, endLine: 2, endColumn: 18 });
    expect(context.keywords).toContain('starts');
  });

  it('still suggests in a declaration after an earlier one that does not parse', () => {
    expect(suggestionsAt('policy p { titel "x" }\ntimescale t { starts |')).toEqual(['at']);
  });

  it('suggests nothing inside strings and comments', () => {
    expect(suggestionsAt('policy p { title "ab|c" }')).toEqual([]);
    expect(suggestionsAt('// a comm|ent\n')).toEqual([]);
  });
});

describe('completionContextAt', () => {
  it('says where a name is expected, by the rules that lead there', () => {
    const text = HEADER + 'timescale t { requires ';
    const context = completionContextAt(text, text.length);
    expect(context.keywords).toEqual([]);
    expect(context.nameSlots).toEqual([['file', 'declaration', 'ruleDecl', 'ruleItem', 'requirement', 'match', 'name']]);
    expect(context.previousImage).toBe('requires');
  });

  it('offers attribute names and condition keywords after `where`', () => {
    const text = HEADER + 'timescale t { starts at first referral where ';
    const context = completionContextAt(text, text.length);
    expect(context.keywords).toEqual(['not', 'true', 'false']);
    expect(context.nameSlots.map((slot) => slot.slice(-3))).toEqual([['negation', 'atom', 'plainName']]);
  });
});
