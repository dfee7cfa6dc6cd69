/**
 * The documents the editor knows: the bundled baselines and example protocols, plus the draft being
 * edited. `analyse` checks the draft against them (resolving `extends`), and compiles it for the
 * engine when it has no errors.
 */
import { checkPolicy, createPolicyResolver, type Diagnostic, type PolicyDocument, type ResolvedPolicy } from '@wt/dsl';
import { buildCalendar, compile, type CompiledPolicy, type WorkingCalendar } from '@wt/engine';
import type { PolicyLanguage, PolicyTemplate } from './content.js';
import { parsePolicySource, type ParsedPolicy } from './policy-source.js';

export const DRAFT_FILE = 'draft';

export interface PolicyAnalysis {
  draft: ParsedPolicy;
  /** Syntax, form and semantic diagnostics of the draft, in source order. */
  diagnostics: Diagnostic[];
  resolved: ResolvedPolicy | undefined;
  /** Present when the draft has no errors and compiles. */
  compiled: CompiledPolicy | undefined;
  calendar: WorkingCalendar | undefined;
  /** Why the draft could not be compiled, in words (empty when it was, or when diagnostics say why). */
  compileErrors: string[];
}

export class PolicyWorkspace {
  readonly templates: readonly ParsedPolicy[];
  private readonly byId = new Map<string, ParsedPolicy>();

  constructor(templates: readonly PolicyTemplate[]) {
    this.templates = templates.map((template) => parsePolicySource(template.text, template.language, template.file));
    for (const parsed of this.templates) if (!this.byId.has(parsed.ir.id)) this.byId.set(parsed.ir.id, parsed);
  }

  template(id: string): ParsedPolicy | undefined {
    return this.byId.get(id);
  }

  templateByFile(file: string): ParsedPolicy | undefined {
    return this.templates.find((template) => template.file === file);
  }

  /** The draft's own id shadows a template of the same id, so that editing a template works. */
  private resolverFor(draft: ParsedPolicy) {
    const others = this.templates.filter((template) => template.ir.id !== draft.ir.id);
    return createPolicyResolver([toDocument(draft), ...others.map(toDocument)]);
  }

  analyse(text: string, language: PolicyLanguage): PolicyAnalysis {
    const draft = parsePolicySource(text, language, DRAFT_FILE);
    const syntaxErrors = draft.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
    const checked = checkPolicy(toDocument(draft), this.resolverFor(draft));
    const diagnostics = [...draft.diagnostics, ...checked.diagnostics.filter((d) => d.file === undefined || d.file === DRAFT_FILE)];
    const analysis: PolicyAnalysis = {
      draft,
      diagnostics: sortByPosition(diagnostics),
      resolved: checked.resolved,
      compiled: undefined,
      calendar: undefined,
      compileErrors: [],
    };
    const hasErrors = syntaxErrors || diagnostics.some((diagnostic) => diagnostic.severity === 'error');
    if (hasErrors || checked.resolved === undefined) return analysis;
    const compiled = compile(checked.resolved);
    analysis.compiled = compiled.compiled;
    analysis.compileErrors = compiled.errors;
    analysis.calendar = buildCalendar(checked.resolved.calendar).calendar;
    return analysis;
  }
}

function toDocument(parsed: ParsedPolicy): PolicyDocument {
  return { file: parsed.file, ir: parsed.ir };
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.range.line - b.range.line || a.range.column - b.range.column);
}
