/**
 * What the language features (completion, hover, definitions, quick fixes) know about the draft:
 * the last analysis, the declarations it can see, and read-only models of the bundled policies that
 * go to definition can open.
 */
import type { PolicyAnalysis } from './policy-workspace.js';
import type { DeclarationIndex } from './declaration-index.js';
import type { ParsedPolicy } from './policy-source.js';
import type { monaco } from './monaco-setup.js';

export interface LanguageContext {
  isDraft(model: monaco.editor.ITextModel): boolean;
  analysis(): PolicyAnalysis | undefined;
  declarations(): DeclarationIndex;
  /** The bundled policies a draft may extend. */
  basePolicies(): readonly ParsedPolicy[];
  /** The Monaco model showing a document: the draft's own, or a read-only one for a bundled policy. */
  modelOf(document: ParsedPolicy): monaco.editor.ITextModel;
}
