import { renderProtocolHtml } from '@wt/engine';
import type { PolicyExporter } from './policy-exporter.js';

/** The protocol as a self-contained HTML page a family, a practitioner or an inspector can read. */
export const htmlExporter: PolicyExporter = {
  name: 'html',
  description: 'the protocol as a readable, self-contained HTML page, with its fingerprint',
  export({ versions, isSet }) {
    return renderProtocolHtml(isSet ? versions : versions[0]!);
  },
};
