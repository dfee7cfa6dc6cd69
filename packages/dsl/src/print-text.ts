/**
 * The canonical text of a policy (docs/language.md, "Canonical layout"). Printing the IR of a parsed
 * policy and parsing the result gives back the same IR (up to source locations).
 */
import type { PolicyIR } from './ir.js';
import type { CommentToken } from './lexer.js';
import { layoutPolicy, type ItemAnchors } from './layout-policy.js';
import { renderLayout } from './render-layout.js';

export interface PrintTextOptions {
  /** Comments to put back, with their places in `source` (as `parseText` returns them). */
  comments?: readonly CommentToken[];
  /** The source the IR and the comments come from: tells a comment after code from one on its own line. */
  source?: string;
  /** Source positions of items the IR keeps without a location (see `findItemAnchors`). */
  itemAnchors?: ItemAnchors;
}

export function printText(ir: PolicyIR, options: PrintTextOptions = {}): string {
  return renderLayout(layoutPolicy(ir, options.itemAnchors), options.comments ?? [], options.source);
}
