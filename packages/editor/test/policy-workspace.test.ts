import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicyTemplate } from '../src/content.js';
import { DeclarationIndex, policyChain } from '../src/declaration-index.js';
import { PolicyWorkspace } from '../src/policy-workspace.js';
import { ruleMeaning } from '../src/rule-meaning.js';

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

describe('DeclarationIndex', () => {
  const analysis = workspace.analyse(northmere, 'wt');
  const index = new DeclarationIndex(policyChain(analysis.draft, (id) => workspace.template(id)));

  it('finds the draft’s own declarations first, then the baseline’s', () => {
    expect(index.find('event', 'family-informed')?.document.file).toBe('draft');
    expect(index.find('event', 'referral')?.document.file).toBe('policies/england/working-together-2013.wt');
    // The assessment is declared in the baseline and overridden in the draft.
    expect(index.findAll('assessment').map((d) => d.document.file)).toEqual(['draft', 'policies/england/working-together-2013.wt']);
  });

  it('lists attributes with their event', () => {
    expect(index.all.filter((d) => d.kind === 'attribute' && d.detail === 'strategy-discussion').map((d) => d.id)).toEqual(['s47']);
  });
});

describe('ruleMeaning', () => {
  it('says what the assessment means, with its statutory floor', () => {
    const analysis = workspace.analyse(northmere, 'wt');
    const rule = analysis.resolved!.rules.find((r) => r.id === 'assessment')!;
    const lines = ruleMeaning({
      rule,
      eventText: (event) => analysis.resolved!.events.find((e) => e.id === event)?.description,
      floor: { duration: { amount: 45, unit: 'working-days' }, policy: 'working-together-2013' },
    });
    expect(lines[0]).toBe('Complete the assessment — a statutory timescale.');
    expect(lines).toContain('The clock starts at the first `referral` (Referral received by children\'s social care).');
    expect(lines).toContain('Then `assessment-complete` (Assessment completed and authorised) must happen within 35 working days.');
    expect(lines).toContain('Statutory floor: within 45 working days (working-together-2013). This policy: 35 working days, stricter than the statutory floor.');
  });
});
