/**
 * `validatePolicyIr`: checks that JSON loaded from elsewhere (a precompiled policy) has the shape of
 * the policy IR (`schemas/policy-ir.schema.json`), before the engine is given it. Each problem is a
 * WT510 diagnostic naming the place in the JSON (`/rules/0/requires/within/unit`).
 */
import AjvModule, { type ErrorObject } from 'ajv';
import type { Diagnostic } from './diagnostic.js';
import schema from './schemas/policy-ir.schema.json' with { type: 'json' };
import { UNKNOWN_RANGE } from './source-range.js';

const Ajv = AjvModule.default;

export const policyIrSchema: unknown = schema;

const validate = new Ajv({
  allErrors: true,
  strict: true,
  strictTypes: false,
  strictRequired: false,
  // `extendsLoc` is listed by name and also matches the `Loc$` pattern that covers later locations.
  allowMatchingProperties: true,
}).compile(schema);

/** Errors that only say "one of the branches failed" add nothing to the errors of the branches. */
const SUMMARY_KEYWORDS = new Set(['if', 'oneOf', 'anyOf']);

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'the policy' : `\`${error.instancePath}\``;
  switch (error.keyword) {
    case 'required':
      return `${where} has no \`${String(error.params['missingProperty'])}\``;
    case 'additionalProperties':
      return `${where} has an unknown member \`${String(error.params['additionalProperty'])}\``;
    case 'enum':
      return `${where} must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${where} must be ${JSON.stringify(error.params['allowedValue'])}`;
    default:
      return `${where} ${error.message ?? 'is not valid'}`;
  }
}

/** Diagnostics for everything in `json` that does not fit the policy IR; empty when it fits. */
export function validatePolicyIr(json: unknown): Diagnostic[] {
  if (validate(json)) return [];
  const messages = new Set(
    (validate.errors ?? []).filter((error) => !SUMMARY_KEYWORDS.has(error.keyword)).map(describe),
  );
  return [...messages].map((message) => ({
    severity: 'error' as const,
    code: 'WT510',
    message: `Not a policy IR: ${message}`,
    range: UNKNOWN_RANGE,
  }));
}
