import fc from 'fast-check';
import { it, expect } from 'vitest';
import { canonicalIr } from '../src/canonical-ir.js';
import { parseText } from '../src/parse-text.js';
import { printText } from '../src/print-text.js';
import { parseYaml } from '../src/parse-yaml.js';
import { printYaml } from '../src/print-yaml.js';
import { policy } from './fixtures/arbitrary-policy.js';
it('text', () => {
  fc.assert(fc.property(policy, (ir) => {
    const text = printText(ir);
    const back = parseText(text);
    expect(back.diagnostics.filter(d => d.severity === 'error'), text).toEqual([]);
    expect(canonicalIr(back.ir)).toEqual(canonicalIr(ir));
  }), { numRuns: 300 });
});
it('yaml', () => {
  fc.assert(fc.property(policy, (ir) => {
    const text = printYaml(ir);
    const back = parseYaml(text);
    expect(back.diagnostics.filter(d => d.severity === 'error'), text).toEqual([]);
    expect(canonicalIr(back.ir)).toEqual(canonicalIr(ir));
  }), { numRuns: 300 });
});
