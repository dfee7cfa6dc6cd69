import { renderProtocolMarkdown } from '@wt/engine';
import type { PolicyExporter } from './policy-exporter.js';

/** The protocol as a readable Markdown document, with its fingerprint. */
export const markdownExporter: PolicyExporter = {
  name: 'md',
  description: 'the protocol as a readable Markdown document, with its fingerprint',
  export({ versions, isSet }) {
    return renderProtocolMarkdown(isSet ? versions : versions[0]!);
  },
};
