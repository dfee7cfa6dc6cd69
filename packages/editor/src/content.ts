/**
 * What the editor ships with, bundled into the page at build time: the statutory baselines, the
 * example local protocols and the example caseload. Nothing is fetched at run time.
 */
import exampleCaseloadText from '../../../examples/caseloads/hand-made.json?raw';

export type PolicyLanguage = 'wt' | 'yaml';

export interface PolicyTemplate {
  /** The path in the repository, which is also the document's file name in diagnostics. */
  file: string;
  language: PolicyLanguage;
  text: string;
  kind: 'baseline' | 'local';
}

const baselines = import.meta.glob<string>('../../../policies/england/*.wt', { query: '?raw', import: 'default', eager: true });
const locals = import.meta.glob<string>(['../../../policies/local/*.{wt,yaml}', '!**/*.fixture.yaml'], { query: '?raw', import: 'default', eager: true });

function templatesOf(files: Record<string, string>, kind: PolicyTemplate['kind']): PolicyTemplate[] {
  return Object.entries(files)
    .map(([path, text]) => ({
      file: path.replace(/^(\.\.\/)+/, ''),
      language: (path.endsWith('.wt') ? 'wt' : 'yaml') as PolicyLanguage,
      text,
      kind,
    }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The baselines (newest last) then the example local protocols. */
export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [...templatesOf(baselines, 'baseline'), ...templatesOf(locals, 'local')];

export const BASELINE_ID = 'working-together-2013';

/** The example caseload, as case records (`{ id, events, facts }`). */
export const EXAMPLE_CASELOAD: readonly unknown[] = JSON.parse(exampleCaseloadText) as unknown[];

/** The as-of date the example caseload was made for (see examples/caseloads/README.md). */
export const EXAMPLE_AS_OF = '2024-06-28';
