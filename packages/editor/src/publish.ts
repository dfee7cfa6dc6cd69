/**
 * Publish and save: the readable protocol (HTML), the policy as .wt and .yaml, its IR, and the
 * json-rules-engine export, each made in the page and saved by the browser.
 */
import { canonicalIr, convertPolicy } from '@wt/dsl';
import { exportPolicyToJsonRulesEngine, renderProtocolHtml } from '@wt/engine';
import type { PolicyLanguage } from './content.js';
import { clear, h } from './dom.js';
import { downloadFile, fileNameOf } from './download.js';
import type { PolicyAnalysis } from './policy-workspace.js';

export interface PublishSource {
  text: string;
  language: PolicyLanguage;
  analysis: PolicyAnalysis | undefined;
}

interface PublishAction {
  id: string;
  label: string;
  /** The file, or why it cannot be made now. */
  make(source: PublishSource): { name: string; type: string; content: string } | { refused: string };
}

const HAS_ERRORS = 'The policy has errors: fix them first (see the problems list).';

function policyId(source: PublishSource): string {
  return source.analysis?.draft.ir.id || 'policy';
}

function spelled(source: PublishSource, to: PolicyLanguage): { name: string; type: string; content: string } | { refused: string } {
  if (source.language === to) return { name: fileNameOf(policyId(source), to), type: 'text/plain', content: source.text };
  const converted = convertPolicy(source.text, source.language, to);
  if (converted.text === undefined) return { refused: HAS_ERRORS };
  return { name: fileNameOf(policyId(source), to), type: 'text/plain', content: converted.text };
}

const ACTIONS: readonly PublishAction[] = [
  {
    id: 'download-html',
    label: 'Readable protocol (HTML)',
    make(source) {
      const resolved = source.analysis?.compiled === undefined ? undefined : source.analysis.resolved;
      if (resolved === undefined) return { refused: HAS_ERRORS };
      return { name: fileNameOf(policyId(source), 'html'), type: 'text/html', content: renderProtocolHtml(resolved) };
    },
  },
  { id: 'download-wt', label: 'Policy text (.wt)', make: (source) => spelled(source, 'wt') },
  { id: 'download-yaml', label: 'Policy in YAML (.yaml)', make: (source) => spelled(source, 'yaml') },
  {
    id: 'download-ir',
    label: 'Policy IR (JSON)',
    make(source) {
      const ir = source.analysis?.draft.ir;
      if (ir === undefined || source.analysis?.diagnostics.some((d) => d.severity === 'error')) return { refused: HAS_ERRORS };
      return { name: fileNameOf(policyId(source), 'ir.json'), type: 'application/json', content: `${JSON.stringify(canonicalIr(ir), null, 2)}\n` };
    },
  },
  {
    id: 'download-jre',
    label: 'json-rules-engine export (JSON)',
    make(source) {
      const resolved = source.analysis?.compiled === undefined ? undefined : source.analysis.resolved;
      if (resolved === undefined) return { refused: HAS_ERRORS };
      return { name: fileNameOf(policyId(source), 'json-rules-engine.json'), type: 'application/json', content: `${JSON.stringify(exportPolicyToJsonRulesEngine(resolved), null, 2)}\n` };
    },
  },
];

export function renderPublish(container: HTMLElement, current: () => PublishSource): void {
  clear(container);
  const status = h('p', { id: 'publish-status', role: 'status', 'aria-live': 'polite', class: 'status-text' });
  for (const action of ACTIONS) {
    const button = h('button', { type: 'button', id: action.id, text: `Download ${action.label}` });
    button.addEventListener('click', () => {
      const made = action.make(current());
      if ('refused' in made) {
        status.textContent = made.refused;
        return;
      }
      downloadFile(made.name, made.type, made.content);
      status.textContent = `Saved ${made.name}.`;
    });
    container.append(button);
  }
  container.append(status);
}
