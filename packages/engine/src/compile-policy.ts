import { policyHash, type ResolvedPolicy } from '@wt/dsl';
import type { RecordError, RecordOrigin } from './case-record.js';
import type { CaseResult } from './case-result.js';
import { caseSchemaInfo, type CaseSchemaInfo } from './case-schema-info.js';
import type { CaseRecord } from './case-timeline.js';
import { validateCase, type ValidationOutcome } from './case-validation.js';
import { compileVersion } from './compile-version.js';
import type { CompiledVersion } from './compiled-version.js';
import type { DayNumber } from './day-number.js';
import { evaluateCase, type PolicyRuntime } from './evaluate-case.js';
import { ALWAYS, isPolicySet, orderVersions, type PolicySetInput, type VersionWindow } from './policy-set.js';

export interface CompileOptions {
  /** Parsed GOV.UK `bank-holidays.json` files, keyed by the path a calendar's `holidays file` names. */
  govukFiles?: ReadonlyMap<string, unknown>;
}

export interface EvaluateOptions {
  /** Build plain-English explanations (slower); without it every `explanation` is an empty array. */
  explain?: boolean;
}

export interface CompiledVersionInfo {
  id: string;
  version: string;
  effective?: string;
  until?: string;
  hash: string;
}

/** A policy (or policy set) compiled into closures, ready to validate and evaluate cases. */
export interface CompiledPolicy {
  readonly id: string;
  readonly version: string;
  /** `sha256:…` of the policy; for a set, of the list of its versions' hashes. */
  readonly hash: string;
  /** The versions by effective date (one for a single policy). */
  readonly versions: readonly CompiledVersionInfo[];
  /** What the policy declares about case records: event types, attributes and facts. */
  readonly schema: CaseSchemaInfo;
  validate(input: unknown, origin: RecordOrigin): ValidationOutcome;
  evaluate(record: CaseRecord, asOf: DayNumber, options?: EvaluateOptions): CaseResult;
  /** Validates, then evaluates when the record is valid. */
  evaluateInput(
    input: unknown,
    asOf: DayNumber,
    origin: RecordOrigin,
    options?: EvaluateOptions,
  ): { result?: CaseResult; errors: RecordError[]; warnings: string[] };
}

export interface CompileResult {
  compiled: CompiledPolicy | undefined;
  errors: string[];
}

function versionInfo(version: CompiledVersion): CompiledVersionInfo {
  const { policy } = version;
  const info: CompiledVersionInfo = { id: policy.id, version: policy.version ?? '', hash: version.hash };
  if (policy.effective !== undefined) info.effective = policy.effective;
  if (policy.until !== undefined) info.until = policy.until;
  return info;
}

/**
 * Compiles a resolved policy, or a set of versions of one, for evaluation. Problems (a calendar that
 * cannot be built, overlapping versions) come back as messages; nothing is thrown.
 */
export function compile(policy: ResolvedPolicy | PolicySetInput, options: CompileOptions = {}): CompileResult {
  const isSet = isPolicySet(policy);
  const ordered: { policy: ResolvedPolicy; window: VersionWindow }[] = [];
  const errors: string[] = [];
  if (isSet) {
    const set = orderVersions(policy.versions);
    ordered.push(...set.versions);
    errors.push(...set.errors);
  } else {
    ordered.push({ policy, window: ALWAYS });
  }
  const schema = caseSchemaInfo(ordered.map((entry) => entry.policy));
  const versions: CompiledVersion[] = [];
  for (const entry of ordered) {
    const compiled = compileVersion(entry.policy, entry.window, options, schema.eventTypeIds);
    errors.push(...compiled.errors);
    if (compiled.version) versions.push(compiled.version);
  }
  if (errors.length > 0 || versions.length === 0) return { compiled: undefined, errors };

  const infos = versions.map(versionInfo);
  const id = isSet ? (policy.id ?? infos.map((info) => info.id).join('+')) : infos[0]!.id;
  const version = isSet ? (policy.version ?? infos.map((info) => info.version || info.id).join('+')) : infos[0]!.version;
  const hash = isSet ? policyHash(infos.map((info) => info.hash)) : infos[0]!.hash;
  const runtime: PolicyRuntime = {
    versions,
    windows: versions.map((entry) => entry.window),
    isSet,
    summary: Object.freeze({ id, version, hash }),
  };

  const compiled: CompiledPolicy = {
    id,
    version,
    hash,
    versions: infos,
    schema,
    validate: (input, origin) => validateCase(input, schema, origin),
    evaluate: (record, asOf, evaluateOptions) => evaluateCase(runtime, record, asOf, evaluateOptions?.explain === true),
    evaluateInput: (input, asOf, origin, evaluateOptions) => {
      const outcome = validateCase(input, schema, origin);
      if (!outcome.record) return { errors: outcome.errors, warnings: outcome.warnings };
      return { result: evaluateCase(runtime, outcome.record, asOf, evaluateOptions?.explain === true), errors: [], warnings: outcome.warnings };
    },
  };
  return { compiled, errors: [] };
}
