/**
 * `convertPolicy`: a policy from one spelling to the other (or to the canonical layout of the same
 * one). Both spellings compile to the same IR, so the result means exactly what the source means.
 * Comments are not carried from one spelling to the other (text to text is `formatText`, which keeps
 * them). A source with errors is not converted.
 */
import type { Diagnostic } from './diagnostic.js';
import { formatText } from './format-text.js';
import { parseText } from './parse-text.js';
import { parseYaml } from './parse-yaml.js';
import { printText } from './print-text.js';
import { printYaml } from './print-yaml.js';

export type PolicySpelling = 'wt' | 'yaml';

export interface ConvertResult {
  /** The converted policy, or undefined when the source has errors (see `diagnostics`). */
  text: string | undefined;
  diagnostics: Diagnostic[];
}

export function convertPolicy(source: string, from: PolicySpelling, to: PolicySpelling, file?: string): ConvertResult {
  if (from === 'wt' && to === 'wt') return formatText(source, file);
  const { ir, diagnostics } = from === 'wt' ? parseText(source, file) : parseYaml(source, file);
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return { text: undefined, diagnostics };
  return { text: to === 'wt' ? printText(ir) : printYaml(ir), diagnostics };
}
