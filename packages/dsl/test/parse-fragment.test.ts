import { describe, expect, it } from 'vitest';
import { parseFragment } from '../src/parse-fragment.js';
import { stripLocs } from './support/strip-locs.js';

describe('parseFragment', () => {
  it('reads a condition', () => {
    const result = parseFragment('condition', 'needs-score >= 3 and not significant-harm');
    expect(result.diagnostics).toEqual([]);
    expect(stripLocs(result.value)).toEqual({
      op: 'and',
      args: [
        { op: 'compare', operator: '>=', left: { ref: 'needs-score' }, right: { value: 3 } },
        { op: 'not', arg: { op: 'is-true', ref: 'significant-harm' } },
      ],
    });
  });

  it('reads durations', () => {
    expect(stripLocs(parseFragment('duration', '45 working days').value)).toEqual({ amount: 45, unit: 'working-days' });
    expect(stripLocs(parseFragment('duration', '5 working days').value)).toEqual({ amount: 5, unit: 'working-days' });
    expect(stripLocs(parseFragment('duration', '6 months rounding next-month-start').value)).toEqual({
      amount: 6,
      unit: 'months',
      rounding: 'next-month-start',
    });
  });

  it('reads an anchor with a filter and a fallback', () => {
    const result = parseFragment('anchor', 'first strategy-discussion where s47 = true otherwise last strategy-discussion');
    expect(result.diagnostics).toEqual([]);
    expect(stripLocs(result.value)).toEqual({
      event: 'strategy-discussion',
      where: { op: 'compare', operator: '=', left: { ref: 's47' }, right: { value: true } },
      which: 'first',
      fallback: { event: 'strategy-discussion', which: 'last' },
    });
    expect(stripLocs(parseFragment('anchor', 'referral').value)).toEqual({ event: 'referral', which: 'first' });
  });

  it('reads event matches, `while` ranges and requirements', () => {
    expect(stripLocs(parseFragment('match', 'assessment-complete').value)).toEqual({ event: 'assessment-complete' });
    expect(stripLocs(parseFragment('match', 'referral-closed where outcome = nfa').value)).toEqual({
      event: 'referral-closed',
      where: { op: 'compare', operator: '=', left: { ref: 'outcome' }, right: { value: 'nfa' } },
    });
    expect(stripLocs(parseFragment('while', 'plan-start .. plan-end').value)).toEqual({ from: { event: 'plan-start' }, to: { event: 'plan-end' } });
    expect(stripLocs(parseFragment('requirement', 'icpc within 15 working days').value)).toEqual({
      event: 'icpc',
      within: { amount: 15, unit: 'working-days' },
    });
  });

  it('shifts ranges by the origin: columns on the first line, lines everywhere', () => {
    // The fragment starts at line 12, column 11 of the YAML file: `when: "needs-score >= 3"`.
    const result = parseFragment('condition', 'needs-score >= 3', { file: 'local.yaml', line: 12, column: 11 });
    expect(result.value?.loc).toEqual({ line: 12, column: 11, endLine: 12, endColumn: 27 });
    if (result.value?.op !== 'compare') throw new Error('expected a comparison');
    expect(result.value.right.loc).toEqual({ line: 12, column: 26, endLine: 12, endColumn: 27 });
  });

  it('reports errors at their place in the YAML file, naming the file', () => {
    const result = parseFragment('duration', '45 wroking days', { file: 'local.yaml', line: 7, column: 14 });
    expect(result.value).toBeUndefined();
    // `wroking` is at columns 4-10 of the fragment, so columns 17-23 of line 7.
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT102',
        message: 'Expected a duration unit such as `working days` after `45`, found `wroking`',
        range: { line: 7, column: 17, endLine: 7, endColumn: 24 },
        file: 'local.yaml',
        hint: 'Did you mean `working`?',
      },
    ]);
  });

  it('reports text after a complete fragment', () => {
    const result = parseFragment('duration', '45 working days before due');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['WT102', 'Unexpected `before` after the duration']]);
    expect(stripLocs(result.value)).toEqual({ amount: 45, unit: 'working-days' });
  });

  it('reports an empty fragment as ending too soon', () => {
    const result = parseFragment('condition', '');
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['WT103', 'Expected a condition such as `significant-harm` or `needs-score >= 3`, but the text ends'],
    ]);
  });

  it('reports invalid values inside fragments', () => {
    const result = parseFragment('condition', 'referred-on < 2023-02-29');
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([['WT301', '2023-02-29 is not a date: February 2023 has 28 days']]);
  });
});
