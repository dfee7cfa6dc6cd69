/**
 * The project's policies: the statutory set and the local protocols check without a diagnostic, keep
 * the rule ids other tools rely on, and the loosened protocol gets the error its header promises.
 */
import { describe, expect, it } from 'vitest';
import { checkPolicy, createPolicyResolver, parseYaml } from '@wt/dsl';
import { checkRepoPolicy, parseRepoFile, readRepoFile, STATUTORY_FILES } from '../policy-loading.js';

const WT2013_RULES = [
  ['referral-decision', 'referral', 'decision', '1 working-days'],
  ['assessment', 'referral', 'assessment-complete', '45 working-days'],
  ['icpc', 'strategy-discussion', 'icpc', '15 working-days'],
  ['first-core-group', 'plan-start', 'core-group', '10 working-days'],
  ['first-review', 'plan-start', 'review-conference', '3 months'],
  ['later-reviews', 'review-conference', 'review-conference', '6 months'],
  ['transfer-in-conference', 'transfer-in', 'transfer-in-conference', '15 working-days'],
  ['lado-report', 'allegation', 'lado-report', '1 working-days'],
];
const WT2010_ONLY = [
  ['initial-assessment', 'referral', 'initial-assessment-complete', '10 working-days'],
  ['core-assessment', 'core-assessment-start', 'core-assessment-complete', '35 working-days'],
];

function ruleTable(path: string): string[][] {
  const checked = checkRepoPolicy(path);
  expect(checked.diagnostics).toEqual([]);
  return checked.resolved!.rules.map((rule) => [rule.id, rule.start.event, rule.requires.event, `${rule.requires.within.amount} ${rule.requires.within.unit}`]);
}

describe('statutory baselines', () => {
  it('WT2013 has exactly the statutory rules, all statutory and cited', () => {
    expect(ruleTable('policies/england/working-together-2013.wt')).toEqual(WT2013_RULES);
    const resolved = checkRepoPolicy('policies/england/working-together-2013.wt').resolved!;
    expect(resolved.effective).toBe('2013-04-15');
    expect(resolved.until).toBeUndefined();
    for (const rule of resolved.rules) {
      expect(rule.statutory).toBe(true);
      expect(rule.cites.length).toBeGreaterThan(0);
    }
    expect(resolved.facts).toEqual([]);
    expect(resolved.thresholds).toEqual([]);
  });

  it('WT2010 has the initial and core assessments instead of the single assessment, and ends the day before WT2013', () => {
    const expected = [WT2013_RULES[0]!, ...WT2010_ONLY, ...WT2013_RULES.slice(2)];
    expect(ruleTable('policies/england/working-together-2010.wt')).toEqual(expected);
    const resolved = checkRepoPolicy('policies/england/working-together-2010.wt').resolved!;
    expect([resolved.effective, resolved.until]).toEqual(['2010-03-26', '2013-04-14']);
    expect(resolved.rules.every((rule) => rule.statutory)).toBe(true);
  });

  it('both count from the s47 strategy discussion, falling back to the last one', () => {
    for (const path of STATUTORY_FILES) {
      const icpc = checkRepoPolicy(path).resolved!.rules.find((rule) => rule.id === 'icpc')!;
      expect(icpc.start.which).toBe('first');
      expect(icpc.start.where).toMatchObject({ op: 'compare', left: { ref: 's47' }, right: { value: true } });
      expect(icpc.start.fallback).toMatchObject({ which: 'last', event: 'strategy-discussion' });
    }
  });
});

describe('local protocols', () => {
  it('Northmere checks cleanly, tightens the assessment and adds its review and decision points', () => {
    const checked = checkRepoPolicy('policies/local/northmere.wt');
    expect(checked.diagnostics).toEqual([]);
    const rules = new Map(checked.resolved!.rules.map((rule) => [rule.id, rule]));
    expect(rules.get('assessment')!.requires.within).toMatchObject({ amount: 35, unit: 'working-days' });
    expect(rules.get('assessment')!.statutory).toBe(true);
    expect([...rules.keys()]).toEqual(expect.arrayContaining(['manager-review', 'assessment-outcome', 'strategy-discussion-after-decision']));
    expect(checked.resolved!.calendar.closed.map((closure) => closure.date)).toEqual(['2024-12-24', '2024-12-27', '2025-12-24']);
    expect(checked.resolved!.thresholds[0]!.levels.map((level) => level.level)).toEqual([4, 3, 2]);
  });

  it('the loosened protocol gets the error its header names', () => {
    const checked = checkRepoPolicy('examples/policies/loosened-assessment.wt');
    const header = /Expected: error (WT\d+) at line (\d+), column (\d+)/.exec(readRepoFile('examples/policies/loosened-assessment.wt'))!;
    expect(checked.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.range.line, diagnostic.range.column])).toEqual([
      ['error', header[1], Number(header[2]), Number(header[3])],
    ]);
    expect(checked.diagnostics[0]!.message).toBe('`50 working days` is longer than the statutory `45 working days` for `assessment`');
  });

  it('Kestrel Vale (YAML) checks cleanly and tightens the ICPC to 10 working days', () => {
    const file = 'policies/local/kestrel-vale.yaml';
    const parsed = parseYaml(readRepoFile(file), file);
    expect(parsed.diagnostics).toEqual([]);
    const bases = STATUTORY_FILES.map((path) => parseRepoFile(path).document);
    const document = { file, ir: parsed.ir };
    const result = checkPolicy(document, createPolicyResolver([document, ...bases]));
    expect(result.diagnostics).toEqual([]);
    const icpc = result.resolved!.rules.find((rule) => rule.id === 'icpc')!;
    expect(icpc.requires.within).toMatchObject({ amount: 10, unit: 'working-days' });
    expect(icpc.statutory).toBe(true);
    expect(result.resolved!.calendar.closed).toHaveLength(6);
  });
});
