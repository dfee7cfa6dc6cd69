/**
 * Every step a policy goes through, run on one (possibly broken) text, collecting what would be a
 * crash: an exception, an internal-error diagnostic, a diagnostic pointing nowhere or quoting too
 * much, a formatter that does not keep its word, a conversion that changes the meaning.
 */
import {
  canonicalIr,
  canonicalJson,
  checkPolicy,
  convertPolicy,
  createPolicyResolver,
  formatText,
  parseText,
  parseYaml,
  type Diagnostic,
  type PolicyDocument,
  type PolicyIR,
} from '@wt/dsl';
import { TEXT_POLICIES, YAML_POLICIES } from './corpus.js';
import { diagnosticProblems } from './sane-diagnostics.js';

/** The real policies, so that `extends` in a mutated file finds its base. */
const REAL_DOCUMENTS: PolicyDocument[] = [
  ...TEXT_POLICIES.map((file) => ({ file: file.path, ir: parseText(file.text, file.path).ir })),
  ...YAML_POLICIES.map((file) => ({ file: file.path, ir: parseYaml(file.text, file.path).ir })),
];

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

function sameMeaning(a: PolicyIR, b: PolicyIR): boolean {
  return canonicalJson(canonicalIr(a)) === canonicalJson(canonicalIr(b));
}

function checked(text: string, ir: PolicyIR, file: string, problems: string[]): void {
  const resolver = createPolicyResolver([...REAL_DOCUMENTS.filter((document) => document.ir.id !== ir.id)]);
  const result = checkPolicy({ file, ir }, resolver);
  problems.push(...diagnosticProblems(text, result.diagnostics.filter((diagnostic) => (diagnostic.file ?? file) === file)).map((p) => `checkPolicy: ${p}`));
}

/** Problems found running the text form's pipeline on `text`; empty when everything kept its word. */
export function textPipelineProblems(text: string): string[] {
  const problems: string[] = [];
  const file = 'fuzzed.wt';
  try {
    const parsed = parseText(text, file);
    problems.push(...diagnosticProblems(text, parsed.diagnostics).map((p) => `parseText: ${p}`));
    checked(text, parsed.ir, file, problems);
    const formatted = formatText(text, file);
    problems.push(...diagnosticProblems(text, formatted.diagnostics).map((p) => `formatText: ${p}`));
    if (formatted.text !== undefined) {
      if (hasErrors(parsed.diagnostics)) problems.push('formatText formatted a file with errors');
      const again = formatText(formatted.text, file);
      if (again.text !== formatted.text) problems.push('formatText is not idempotent');
    } else if (!hasErrors(parsed.diagnostics)) {
      problems.push('formatText refused a file without errors');
    }
    if (!hasErrors(parsed.diagnostics)) {
      const yaml = convertPolicy(text, 'wt', 'yaml', file);
      if (yaml.text === undefined) problems.push('convertPolicy refused a file without errors');
      else {
        const back = parseYaml(yaml.text, 'converted.yaml');
        if (hasErrors(back.diagnostics)) problems.push(`the YAML conversion does not parse: ${back.diagnostics.map((d) => d.code).join(', ')}`);
        else if (!sameMeaning(back.ir, parsed.ir)) problems.push('the YAML conversion means something else');
      }
    }
  } catch (error) {
    problems.push(`threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`);
  }
  return problems;
}

/** Problems found running the YAML form's pipeline on `text`. */
export function yamlPipelineProblems(text: string): string[] {
  const problems: string[] = [];
  const file = 'fuzzed.yaml';
  try {
    const parsed = parseYaml(text, file);
    problems.push(...diagnosticProblems(text, parsed.diagnostics).map((p) => `parseYaml: ${p}`));
    checked(text, parsed.ir, file, problems);
    const converted = convertPolicy(text, 'yaml', 'wt', file);
    problems.push(...diagnosticProblems(text, converted.diagnostics).map((p) => `convertPolicy: ${p}`));
    if (converted.text !== undefined) {
      if (hasErrors(parsed.diagnostics)) problems.push('convertPolicy converted a file with errors');
      const back = parseText(converted.text, 'converted.wt');
      if (hasErrors(back.diagnostics)) problems.push(`the text conversion does not parse: ${back.diagnostics.map((d) => `${d.code} ${d.message}`).join('; ').slice(0, 300)}`);
      else if (!sameMeaning(back.ir, parsed.ir)) problems.push('the text conversion means something else');
    } else if (!hasErrors(parsed.diagnostics)) {
      problems.push('convertPolicy refused a file without errors');
    }
  } catch (error) {
    problems.push(`threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`);
  }
  return problems;
}
