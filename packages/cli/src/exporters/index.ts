import { htmlExporter } from './html-exporter.js';
import { irExporter } from './ir-exporter.js';
import { jsonRulesEngineExporter } from './json-rules-engine-exporter.js';
import { markdownExporter } from './markdown-exporter.js';
import type { PolicyExporter } from './policy-exporter.js';

/** Every `wt export --to` format. */
export const EXPORTERS: readonly PolicyExporter[] = [irExporter, jsonRulesEngineExporter, htmlExporter, markdownExporter];
