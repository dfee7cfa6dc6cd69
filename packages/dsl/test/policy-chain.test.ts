import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../src/check-policy.js';
import { loadPolicyChain } from '../src/policy-chain.js';
import type { PolicyResolver } from '../src/policy-document.js';
import { createPolicyResolver } from '../src/policy-workspace.js';
import { checkTexts, parseDocument, rangeOf } from './support/check-texts.js';

const policy = (id: string, base?: string) =>
  `policy ${id}${base === undefined ? '' : ` extends ${base}`} {\n  effective 2024-04-01\n}\n`;

describe('the extends chain', () => {
  it('lists the documents from the root to the policy checked', () => {
    const documents = [parseDocument('a.wt', policy('a')), parseDocument('b.wt', policy('b', 'a')), parseDocument('c.wt', policy('c', 'b'))];
    const chain = loadPolicyChain(documents[2]!, createPolicyResolver(documents));
    expect(chain.ok && chain.documents.map((document) => document.file)).toEqual(['a.wt', 'b.wt', 'c.wt']);
  });

  it('reports a missing base at `extends`, with the known policies as a hint, and resolves nothing', () => {
    const source = policy('borough', 'working-together-2031');
    const result = checkTexts({ 'wt2013.wt': policy('working-together-2013'), 'borough.wt': source });
    expect(result.resolved).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT401',
        message: 'there is no policy `working-together-2031` to extend',
        range: rangeOf(source, 'extends working-together-2031'),
        file: 'borough.wt',
        hint: 'did you mean `working-together-2013`?',
      },
    ]);
  });

  it('lists the known policies when none is close, and says nothing when the resolver cannot list them', () => {
    const source = policy('borough', 'national');
    const listed = checkTexts({ 'wt2013.wt': policy('working-together-2013'), 'borough.wt': source });
    expect(listed.diagnostics[0]!.hint).toBe('known policies: working-together-2013');
    const bare: PolicyResolver = () => undefined;
    const unlisted = checkPolicy(parseDocument('borough.wt', source), bare);
    expect(unlisted.diagnostics[0]).toMatchObject({ code: 'WT401' });
    expect(unlisted.diagnostics[0]!.hint).toBeUndefined();
  });

  it('reports a base missing further up the chain, pointing at the base that names it', () => {
    const region = policy('region', 'national');
    const borough = policy('borough', 'region');
    const result = checkTexts({ 'region.wt': region, 'borough.wt': borough });
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT401',
        message: 'the base policy `region` extends `national`, but there is no policy `national`',
        range: rangeOf(borough, 'extends region'),
        file: 'borough.wt',
        hint: 'known policies: region',
        related: [{ message: '`region` extends `national` here', range: rangeOf(region, 'extends national'), file: 'region.wt' }],
      },
    ]);
  });

  it('reports a policy that extends itself', () => {
    const source = policy('borough', 'borough');
    const result = checkTexts({ 'borough.wt': source });
    expect(result.resolved).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT403',
        message: 'policy `borough` extends itself',
        range: rangeOf(source, 'extends borough'),
        file: 'borough.wt',
        hint: 'a policy extends a base policy, e.g. `extends working-together-2013`',
      },
    ]);
  });

  it('reports a cycle, with each other link of it as related', () => {
    const a = policy('a', 'c');
    const b = policy('b', 'a');
    const c = policy('c', 'b');
    const result = checkTexts({ 'a.wt': a, 'b.wt': b, 'c.wt': c });
    expect(result.resolved).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT402',
        message: 'policies extend each other in a circle: `c` → `b` → `a` → `c`',
        range: rangeOf(c, 'extends b'),
        file: 'c.wt',
        hint: 'the root of an `extends` chain (a statutory baseline) must extend nothing',
        related: [
          { message: '`b` extends `a`', range: rangeOf(b, 'extends a'), file: 'b.wt' },
          { message: '`a` extends `c`', range: rangeOf(a, 'extends c'), file: 'a.wt' },
        ],
      },
    ]);
  });
});
