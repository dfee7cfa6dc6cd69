import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic.js';
import { parseText } from '../src/parse-text.js';
import { parseYaml } from '../src/parse-yaml.js';
import { misspeltWord, quickFixesFor, suggestedName } from '../src/quick-fixes.js';
import { textInRange } from '../src/source-position.js';
import { checkTexts } from './support/check-texts.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

/** The text after applying the first fix of each diagnostic with one (they do not overlap here). */
function applyFirstFix(source: string, diagnostic: Diagnostic): string {
  const [fix] = quickFixesFor(diagnostic, source);
  if (fix === undefined) throw new Error(`no fix for ${diagnostic.code} ${diagnostic.message}`);
  const lines = source.split('\n');
  const { range } = fix.edit;
  const line = lines[range.line - 1]!;
  lines[range.line - 1] = line.slice(0, range.column - 1) + fix.edit.text + line.slice(range.endColumn - 1);
  return lines.join('\n');
}

describe('quickFixesFor', () => {
  it('replaces an unknown event with the one a WT201 suggests, inside the wider range it covers', () => {
    const local = 'policy local extends working-together-2013 {\n}\ntimescale t {\n  starts at first referal\n  requires assesment-complete within 35 working days\n}\n';
    const result = checkTexts({ [BASE_FILE]: BASE, 'local.wt': local });
    const unknown = result.diagnostics.filter((diagnostic) => diagnostic.code === 'WT201');
    expect(unknown).toHaveLength(2);
    const fixes = unknown.map((diagnostic) => quickFixesFor(diagnostic, local)[0]);
    expect(fixes).toEqual([
      { title: "Change 'referal' to 'referral'", edit: { range: { line: 4, column: 19, endLine: 4, endColumn: 26 }, text: 'referral' } },
      { title: "Change 'assesment-complete' to 'assessment-complete'", edit: { range: { line: 5, column: 12, endLine: 5, endColumn: 30 }, text: 'assessment-complete' } },
    ]);
    let fixed = local;
    for (const diagnostic of unknown) fixed = applyFirstFix(fixed, diagnostic);
    expect(checkTexts({ [BASE_FILE]: BASE, 'local.wt': fixed }).diagnostics).toEqual([]);
  });

  it('fixes a misspelt keyword (WT102)', () => {
    const source = 'policy p {\n  effective 2024-04-01\n}\ntimescale t {\n  requirs x within 1 day\n}\n';
    const diagnostic = parseText(source).diagnostics.find((d) => d.code === 'WT102');
    expect(diagnostic?.hint).toBe('Did you mean `requires`?');
    expect(quickFixesFor(diagnostic!, source)).toEqual([{ title: "Change 'requirs' to 'requires'", edit: { range: { line: 5, column: 3, endLine: 5, endColumn: 10 }, text: 'requires' } }]);
  });

  it('fixes a misspelt YAML key (WT502)', () => {
    const source = 'policy:\n  id: p\n  titel: Example\n';
    const diagnostic = parseYaml(source).diagnostics.find((d) => d.code === 'WT502');
    expect(diagnostic).toBeDefined();
    const [fix] = quickFixesFor(diagnostic!, source);
    expect(fix?.edit.text).toBe('title');
    expect(textInRange(source, fix!.edit.range)).toBe('titel');
  });

  it('offers nothing without a suggestion', () => {
    const diagnostic: Diagnostic = { severity: 'error', code: 'WT204', message: 'there is no calendar `x`', hint: 'known calendars: a, b', range: { line: 1, column: 1, endLine: 1, endColumn: 2 } };
    expect(quickFixesFor(diagnostic, 'x')).toEqual([]);
  });

  it('reads the word at an empty range', () => {
    const diagnostic: Diagnostic = { severity: 'error', code: 'WT201', message: 'there is no event `referal`', hint: 'did you mean `referral`?', range: { line: 1, column: 7, endLine: 1, endColumn: 7 } };
    expect(quickFixesFor(diagnostic, 'first referal')[0]?.edit.range).toEqual({ line: 1, column: 7, endLine: 1, endColumn: 14 });
  });
});

describe('suggestedName', () => {
  it('reads the name out of the language’s hints, whatever their capital', () => {
    expect(suggestedName('there is no event `referal` — did you mean `referral`?')).toBe('referral');
    expect(suggestedName('Unexpected `requirs` — Did you mean `requires`?')).toBe('requires');
    expect(suggestedName('known calendars: a, b')).toBeUndefined();
  });
});

describe('misspeltWord', () => {
  it('finds the misspelt word inside a wider range', () => {
    expect(misspeltWord('assesment-complete within 35 working days', 'assessment-complete')).toEqual({ word: 'assesment-complete', offset: 0 });
    expect(misspeltWord('first referal where s47 = true', 'referral')).toEqual({ word: 'referal', offset: 6 });
  });

  it('never offers to replace a word with itself', () => {
    expect(misspeltWord('referral', 'referral')).toBeUndefined();
  });
});
