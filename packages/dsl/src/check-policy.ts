/**
 * Semantic checking of one policy document: resolve its `extends` chain, then, base first, apply each
 * document to the names in force and run every registered check on it. Only the checked document's
 * diagnostics are returned; when a base policy has errors, one WT408 says so at the `extends`.
 */
import { calendarChecks } from './check-calendars.js';
import { conditionChecks } from './check-conditions.js';
import { createCheckContext } from './check-context.js';
import { duplicateChecks } from './check-duplicates.js';
import { durationChecks } from './check-durations.js';
import { inheritanceChecks } from './check-inheritance.js';
import { nameChecks } from './check-names.js';
import { policyHeaderChecks } from './check-policy-header.js';
import { ruleChecks } from './check-rules.js';
import { thresholdChecks } from './check-thresholds.js';
import { boundedDiagnostics } from './bounded-message.js';
import type { Diagnostic } from './diagnostic.js';
import { loadPolicyChain } from './policy-chain.js';
import type { CheckResult, PolicyDocument, PolicyResolver } from './policy-document.js';
import type { PolicyScope } from './policy-scope.js';
import { extendScope, toResolvedPolicy } from './resolve-policy.js';
import { UNKNOWN_RANGE } from './source-range.js';
import { statutoryFloorChecks } from './statutory-floor.js';
import { ValidationRegistry } from './validation-registry.js';

export function defaultValidationRegistry(): ValidationRegistry {
  return new ValidationRegistry()
    .register(duplicateChecks)
    .register(nameChecks)
    .register(inheritanceChecks)
    .register(policyHeaderChecks)
    .register(ruleChecks)
    .register(conditionChecks)
    .register(durationChecks)
    .register(thresholdChecks)
    .register(calendarChecks)
    .register(statutoryFloorChecks);
}

export function checkPolicy(
  document: PolicyDocument,
  resolve: PolicyResolver,
  registry: ValidationRegistry = defaultValidationRegistry(),
): CheckResult {
  const chain = loadPolicyChain(document, resolve);
  if (!chain.ok) return { resolved: undefined, diagnostics: boundedDiagnostics(chain.diagnostics) };
  let scope: PolicyScope | undefined;
  const own: Diagnostic[] = [];
  const inBases: Diagnostic[] = [];
  for (const layer of chain.documents) {
    const base: PolicyScope | undefined = scope;
    scope = extendScope(base, layer);
    registry.run(layer.ir, createCheckContext(layer, scope, base, layer === document ? own : inBases));
  }
  const diagnostics = boundedDiagnostics([...baseErrorSummary(document, inBases), ...own].sort(byPosition));
  return { resolved: toResolvedPolicy(scope!), diagnostics };
}

function baseErrorSummary(document: PolicyDocument, inBases: Diagnostic[]): Diagnostic[] {
  const errors = inBases.filter((diagnostic) => diagnostic.severity === 'error');
  const first = errors[0];
  if (first === undefined) return [];
  const files = [...new Set(errors.map((error) => error.file ?? ''))].join(', ');
  return [
    {
      severity: 'error',
      code: 'WT408',
      message: `the base policy \`${document.ir.extends}\` has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} (in ${files})`,
      range: document.ir.extendsLoc ?? document.ir.loc ?? UNKNOWN_RANGE,
      file: document.file,
      hint: 'check the base policy and fix it first: this policy inherits what is wrong there',
      related: errors.slice(0, 3).map((error) => {
        const related: { message: string; range: typeof error.range; file?: string } = {
          message: `${error.code}: ${error.message}`,
          range: error.range,
        };
        if (error.file !== undefined) related.file = error.file;
        return related;
      }),
    },
  ];
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.line - b.range.line || a.range.column - b.range.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}
