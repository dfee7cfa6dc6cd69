import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicyTemplate } from '../src/content.js';
import { PolicyWorkspace } from '../src/policy-workspace.js';

function template(path: string, kind: PolicyTemplate['kind']): PolicyTemplate {
  const text = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
  return { file: path, language: path.endsWith('.wt') ? 'wt' : 'yaml', text, kind };
}

const workspace = new PolicyWorkspace([
  template('policies/england/working-together-2013.wt', 'baseline'),
  template('policies/local/northmere.wt', 'local'),
  template('policies/local/kestrel-vale.yaml', 'local'),
]);
const northmere = workspace.templateByFile('policies/local/northmere.wt')!.text;

describe('PolicyWorkspace.analyse', () => {
  it('resolves a local protocol against the bundled baseline and compiles it', () => {
    const analysis = workspace.analyse(northmere, 'wt');
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.resolved?.chain).toEqual(['working-together-2013', 'northmere']);
    expect(analysis.compiled?.id).toBe('northmere');
    expect(analysis.calendar?.id).toBe('northmere');
  });

  it('reads the YAML form too', () => {
    const kestrel = workspace.templateByFile('policies/local/kestrel-vale.yaml')!;
    const analysis = workspace.analyse(kestrel.text, 'yaml');
    expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(analysis.compiled?.id).toBe('kestrel-vale');
  });

  it('reports a loosened statutory timescale and does not compile it', () => {
    const loosened = northmere.replace('within 35 working days', 'within 50 working days');
    const analysis = workspace.analyse(loosened, 'wt');
    expect(analysis.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('WT4'))).toBe(true);
    expect(analysis.compiled).toBeUndefined();
  });

  it('never throws on text that is not a policy', () => {
    for (const text of ['', '}{', 'policy', '\u0000', 'policy x extends x { }']) {
      expect(() => workspace.analyse(text, 'wt')).not.toThrow();
      expect(() => workspace.analyse(text, 'yaml')).not.toThrow();
    }
  });
});
