import { irExporter } from './ir-exporter.js';
import { jsonRulesEngineExporter } from './json-rules-engine-exporter.js';
import type { PolicyExporter } from './policy-exporter.js';

/** Every `wt export --to` format. Add `html` and `md` here. */
export const EXPORTERS: readonly PolicyExporter[] = [irExporter, jsonRulesEngineExporter];
