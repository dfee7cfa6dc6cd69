/** One policy document read from its text, in either spelling (`.wt` or `.yaml`). */
import { parseText, parseYaml, type Diagnostic, type PolicyIR } from '@wt/dsl';
import type { PolicyLanguage } from './content.js';

export interface ParsedPolicy {
  file: string;
  language: PolicyLanguage;
  text: string;
  ir: PolicyIR;
  /** Syntax and form diagnostics (YAML schema errors included). */
  diagnostics: Diagnostic[];
}

export function parsePolicySource(text: string, language: PolicyLanguage, file: string): ParsedPolicy {
  const parsed = language === 'wt' ? parseText(text, file) : parseYaml(text, file);
  return { file, language, text, ir: parsed.ir, diagnostics: parsed.diagnostics };
}

export function languageOfFile(name: string): PolicyLanguage | undefined {
  if (/\.wt$/i.test(name)) return 'wt';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return undefined;
}
