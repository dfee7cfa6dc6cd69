/** Test helper: policies from `.wt` text, through the real parser and checker. */
import { readFileSync } from 'node:fs';
import { checkPolicy, createPolicyResolver, parseText, type PolicyDocument, type ResolvedPolicy } from '@wt/dsl';

/**
 * Resolves the policy of the first text (the others are bases it may extend). Throws on any error
 * diagnostic, so that a test never runs on a policy the checker rejects.
 */
export function policyFromText(text: string, ...bases: string[]): ResolvedPolicy {
  const documents: PolicyDocument[] = [text, ...bases].map((source, position) => {
    const file = `policy-${position}.wt`;
    const parsed = parseText(source, file);
    const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length > 0) throw new Error(`${file}: ${errors.map((error) => `${error.code} ${error.message}`).join('; ')}`);
    return { file, ir: parsed.ir };
  });
  const checked = checkPolicy(documents[0]!, createPolicyResolver(documents));
  const errors = checked.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (!checked.resolved || errors.length > 0) throw new Error(errors.map((error) => `${error.code} ${error.message}`).join('; '));
  return checked.resolved;
}

/** A file of the repository's `policies/` folder, as text. */
export function policyFile(path: string): string {
  return readFileSync(new URL(`../../../policies/${path}`, import.meta.url), 'utf8');
}
