import { exportPolicyToJsonRulesEngine } from '@wt/engine';
import type { PolicyExporter } from './policy-exporter.js';

/** Thresholds and escalation ladders as json-rules-engine rules (an array of exports for a set). */
export const jsonRulesEngineExporter: PolicyExporter = {
  name: 'json-rules-engine',
  description: 'thresholds and escalation as json-rules-engine rules',
  export({ versions, isSet }) {
    const exports = versions.map((policy) => exportPolicyToJsonRulesEngine(policy));
    return `${JSON.stringify(isSet ? exports : exports[0], null, 2)}\n`;
  },
};
