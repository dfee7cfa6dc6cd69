import type { CaseResult, ThresholdResult } from './case-result.js';
import type { CaseEvent, CaseRecord } from './case-timeline.js';
import { countMatches, eventsOfType, firstMatch, lastMatch, matches, selectAlternative } from './anchor-selection.js';
import type { CompiledAnchor, CompiledRule } from './compiled-rule.js';
import type { CompiledVersion } from './compiled-version.js';
import type { DayNumber } from './day-number.js';
import { dayText } from './day-text.js';
import { evaluateObligation } from './evaluate-obligation.js';
import type { EvaluationContext } from './evaluation-context.js';
import { anyVersionInForce, versionAt, type VersionWindow } from './policy-set.js';
import { orderEscalations, orderObligations } from './result-order.js';

/** A compiled policy or policy set, as the evaluator sees it. */
export interface PolicyRuntime {
  /** By effective date. A single policy is one version in force always. */
  readonly versions: readonly CompiledVersion[];
  readonly windows: readonly VersionWindow[];
  readonly isSet: boolean;
  /** Shared by every result: `{ id, version, hash }`. */
  readonly summary: CaseResult['policy'];
}

/** Evaluates one anchor occurrence when the version governs its start date. */
function evaluateAnchor(
  context: EvaluationContext,
  runtime: PolicyRuntime,
  version: CompiledVersion,
  rule: CompiledRule,
  alternative: CompiledAnchor,
  anchor: CaseEvent,
  count: number,
): void {
  const { from, until } = version.window;
  if (anchor.day < from || anchor.day > until) {
    if (version === runtime.versions[0] && !anyVersionInForce(runtime.windows, anchor.day)) {
      context.warnings.push(
        `rule ${rule.rule.id}: no version of the policy is in force on ${dayText(anchor.day)}, when an obligation would start; it is not evaluated`,
      );
    }
    return;
  }
  evaluateObligation(context, version, rule, alternative, anchor, count);
}

/**
 * Evaluates a validated case as of a date: every rule of every version, keeping an obligation only when
 * the version governs its start date; then the thresholds of the version in force on the as-of date.
 * Events dated after the as-of date are ignored throughout.
 */
export function evaluateCase(runtime: PolicyRuntime, record: CaseRecord, asOf: DayNumber, explain: boolean): CaseResult {
  const asOfVersion = runtime.versions[versionAt(runtime.windows, asOf)]!;
  const warnings = record.warnings.length > 0 ? record.warnings.slice() : [];
  const context: EvaluationContext = {
    record,
    asOf,
    asOfVersion,
    isSet: runtime.isSet,
    explain,
    obligations: [],
    escalations: [],
    warnings,
  };
  for (const version of runtime.versions) {
    for (const rule of version.rules) {
      const alternative = selectAlternative(rule.anchor, record, asOf);
      if (!alternative) continue;
      const events = eventsOfType(record, alternative.match);
      if (alternative.which === 'each') {
        const count = countMatches(events, alternative.match, asOf);
        for (const anchor of events) {
          if (anchor.day > asOf) break;
          if (matches(alternative.match, anchor)) evaluateAnchor(context, runtime, version, rule, alternative, anchor, count);
        }
      } else {
        const anchor = alternative.which === 'first' ? firstMatch(events, alternative.match, asOf) : lastMatch(events, alternative.match, asOf);
        evaluateAnchor(context, runtime, version, rule, alternative, anchor!, 1);
      }
    }
  }

  orderObligations(context.obligations);
  orderEscalations(context.escalations);

  const thresholds: ThresholdResult[] = [];
  for (const document of asOfVersion.thresholds) {
    thresholds.push(explain ? document.explain(record.facts, warnings) : document.evaluate(record.facts, warnings));
  }

  return {
    case: record.id,
    asOf: dayText(asOf),
    policy: runtime.summary,
    obligations: context.obligations,
    thresholds,
    escalations: context.escalations,
    warnings,
  };
}
