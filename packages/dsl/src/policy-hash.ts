import { canonicalIr, canonicalJson } from './canonical-ir.js';
import { sha256Hex } from './sha256.js';

/**
 * The fingerprint of a policy: `sha256:` and the SHA-256 of the canonical JSON of its canonical form
 * (see `canonical-ir.ts`). It changes exactly when the meaning of the policy changes — not when its
 * layout, comments, spelling (text or YAML) or source locations change. Works on a `PolicyIR`, a
 * `ResolvedPolicy`, or any JSON value.
 */
export function policyHash(value: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(canonicalIr(value)))}`;
}
