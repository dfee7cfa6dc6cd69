/** The bundled policies, loaded, checked and compiled as `wt eval` does (extends, calendars, GOV.UK files). */
import { join } from 'node:path';
import type { CompiledPolicy } from '@wt/engine';
import { FixturePolicies } from '../../../packages/cli/src/fixtures/fixture-policies.js';
import { REPO_ROOT } from './corpus.js';

export const BUNDLED_POLICY_PATHS = [
  'policies/england',
  'policies/england/working-together-2013.wt',
  'policies/local/northmere.wt',
  'policies/local/kestrel-vale.yaml',
  'policies/cin-census/cin-census.wt',
  'examples/cin-validator/cin-census-validator.wt',
] as const;

const policies = new FixturePolicies({ cwd: REPO_ROOT });

export function compiledPolicy(path: string): CompiledPolicy {
  const loaded = policies.load(join(REPO_ROOT, path));
  if (!loaded.ok) throw new Error(`cannot load ${path}: ${loaded.messages.join('\n')}`);
  return loaded.policy.compiled;
}
