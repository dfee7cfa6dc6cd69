import type { Diagnostic } from './diagnostic.js';
import type { PolicyIR } from './ir.js';
import type { ResolvedPolicy } from './resolved-policy.js';

/** A policy and the file it came from (either spelling: `.wt` or `.yaml`). */
export interface PolicyDocument {
  file: string;
  ir: PolicyIR;
}

/**
 * Finds the document of a policy by its id, for `extends`. `knownIds`, when given, lists the ids the
 * resolver can find, so that a missing base can be reported with the choices.
 */
export interface PolicyResolver {
  (id: string): PolicyDocument | undefined;
  knownIds?: () => readonly string[];
}

export interface CheckResult {
  /** Undefined only when the `extends` chain cannot be resolved (missing base, cycle). */
  resolved: ResolvedPolicy | undefined;
  diagnostics: Diagnostic[];
}
