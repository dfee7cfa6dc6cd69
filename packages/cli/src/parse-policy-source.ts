/** Parses a policy file in either spelling into its IR. */
import { parseText, parseYaml, type Diagnostic, type PolicyIR } from '@wt/dsl';
import type { PolicySpelling } from './policy-files.js';

export interface ParsedPolicySource {
  ir: PolicyIR | undefined;
  diagnostics: Diagnostic[];
}

export function parsePolicySource(source: string, file: string, spelling: PolicySpelling): ParsedPolicySource {
  const parsed = spelling === 'wt' ? parseText(source, file) : parseYaml(source, file);
  const diagnostics = parsed.diagnostics.map((diagnostic) => (diagnostic.file === undefined ? { ...diagnostic, file } : diagnostic));
  return { ir: parsed.ir ?? undefined, diagnostics };
}
