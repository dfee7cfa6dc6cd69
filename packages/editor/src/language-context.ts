/**
 * What the language features (completion, hover, definitions, quick fixes) know besides the draft's
 * text: the bundled policies it may extend, and read-only models of them that go to definition can
 * open. The features themselves are `@wt/dsl`'s editor services.
 */
import type { LanguageServiceContext } from '@wt/dsl';
import type { monaco } from './monaco-setup.js';
import type { ParsedPolicy } from './policy-source.js';
import { DRAFT_FILE } from './policy-workspace.js';

export interface LanguageContext {
  isDraft(model: monaco.editor.ITextModel): boolean;
  /** The bundled policies a draft may extend. */
  basePolicies(): readonly ParsedPolicy[];
  /** The Monaco model showing a document: the draft's own, or a read-only one for a bundled policy. */
  modelOf(document: ParsedPolicy): monaco.editor.ITextModel;
}

/** The context `@wt/dsl`'s services read: the bundled policies, and the draft's file name. */
export function serviceContext(context: LanguageContext): LanguageServiceContext {
  return { documents: context.basePolicies(), file: DRAFT_FILE };
}
