import { policyHash } from '@wt/dsl';
import type { PolicyExporter } from './policy-exporter.js';

/** The resolved policy as JSON with its hash: `{hash, policy}`, or `{versions: [{hash, policy}…]}` for a set. */
export const irExporter: PolicyExporter = {
  name: 'ir',
  description: 'the resolved policy as JSON, with its hash',
  export({ versions, isSet }) {
    const entries = versions.map((policy) => ({ hash: policyHash(policy), policy }));
    return `${JSON.stringify(isSet ? { versions: entries } : entries[0], null, 2)}\n`;
  },
};
