/**
 * What the editor services (completion, hover, definition) are given besides the text being edited:
 * the documents its `extends` may name. They read the text as it is, errors and all.
 */
import { DeclarationIndex, policyChainOf } from './declaration-index.js';
import { parseText } from './parse-text.js';
import type { PolicyDocument } from './policy-document.js';

export interface LanguageServiceContext {
  /** The documents the text may extend (directly or further up its chain), in either spelling. */
  documents: readonly PolicyDocument[];
  /** The file of the text being edited: the `file` of its own declarations (default `''`). */
  file?: string;
}

export interface ServiceView {
  draft: PolicyDocument;
  index: DeclarationIndex;
}

/** The text read as a policy, and the declarations it can see. */
export function serviceView(source: string, context: LanguageServiceContext): ServiceView {
  const draft: PolicyDocument = { file: context.file ?? '', ir: parseText(source, context.file).ir };
  return { draft, index: new DeclarationIndex(policyChainOf(draft, context.documents)) };
}
