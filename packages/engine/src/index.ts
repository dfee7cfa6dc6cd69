export * from './day-number.js';
export type * from './working-calendar.js';
export type * from './case-record.js';
export type * from './case-result.js';
export type { Holiday, HolidaySource } from './holiday.js';
export { HOLIDAY_REGIONS, isHolidayRegion, govUkDivisionOfRegion, regionOfGovUkDivision } from './holiday-region.js';
export type { HolidayRegion } from './holiday-region.js';
export { regionHolidays, regionHolidaySource, REGION_OFFICIAL_FROM, REGION_OFFICIAL_UNTIL } from './region-holidays.js';
export { BANK_HOLIDAY_CORRECTIONS, HOLIDAY_INTRODUCTIONS } from './bank-holiday-corrections.js';
export type { BankHolidayCorrection, HolidayIntroduction } from './bank-holiday-corrections.js';
export { holidaysFromGovUk } from './govuk-holidays.js';
export type { GovUkHolidaysResult } from './govuk-holidays.js';
export { buildCalendar, DEFAULT_CLOSURE_NAME } from './build-calendar.js';
export type { BuildCalendarOptions, BuildCalendarResult } from './build-calendar.js';
export { createWorkingCalendar, MAX_WORKING_DAY_STEP } from './working-calendar-index.js';
export type { WorkingCalendarSpec } from './working-calendar-index.js';
export { subtractWorkingDays } from './subtract-working-days.js';
export { addDuration } from './add-duration.js';
export type { AddDurationResult } from './add-duration.js';
export { describeWorkingDayStep, describeCalendarStep, describeDurationStep } from './explain-calendar-steps.js';
export { UNKNOWN } from './tri-state.js';
export type { TriState } from './tri-state.js';
export { readValue, isMissing } from './value-source.js';
export type { ValueSource } from './value-source.js';
export { nameTypes } from './name-types.js';
export type { NameTypes } from './name-types.js';
export { compileCondition, conditionNames } from './compile-condition.js';
export type { CompileConditionOptions, CompiledCondition, ConditionExplanation, WarningSink } from './compile-condition.js';
export { compileThresholds, NO_LEVEL_MATCHED } from './compile-thresholds.js';
export type { CompileThresholdsOptions, CompiledThresholds, EvaluateThresholds, FactSource } from './compile-thresholds.js';
export { describeCondition } from './describe-condition.js';
export type { DescribeConditionOptions } from './describe-condition.js';
export {
  exportThresholdsToJsonRulesEngine,
  exportPolicyToJsonRulesEngine,
  firstFiredByPriority,
  THRESHOLD_EVENT,
} from './json-rules-engine-export.js';
export type {
  ExportPolicyOptions,
  JsonRulesEnginePolicyExport,
  JsonRulesEngineThresholdsExport,
  JsonRulesEngineEscalationExport,
} from './json-rules-engine-export.js';
export { exportEscalationToJsonRulesEngine, ESCALATION_EVENT } from './json-rules-engine-escalation.js';
export type { JreEscalationExport, JreUnsupportedStep } from './json-rules-engine-escalation.js';
export { toJreCondition, toJreTopLevelCondition } from './json-rules-engine-condition.js';
export { jreAlways, jreNever } from './json-rules-engine-rule.js';
export type * from './json-rules-engine-rule.js';
export { compile } from './compile-policy.js';
export type {
  CompileOptions,
  CompileResult,
  CompiledPolicy,
  CompiledVersionInfo,
  EvaluateOptions,
} from './compile-policy.js';
export type { PolicySetInput, VersionWindow } from './policy-set.js';
export { orderVersions, versionAt } from './policy-set.js';
export type { CaseEvent, CaseRecord } from './case-timeline.js';
export { buildCaseRecord } from './case-timeline.js';
export { validateCase, caseRecordSchema, formatRecordError, RECORD_ERROR_CODES, MAX_EVENTS_PER_CASE } from './case-validation.js';
export type { ValidationOutcome } from './case-validation.js';
export { caseSchemaInfo } from './case-schema-info.js';
export type { CaseSchemaInfo } from './case-schema-info.js';
export { DuplicateIdTracker } from './duplicate-id-tracker.js';
export { dayText } from './day-text.js';
export { escapeHtml } from './html-escape.js';
export { compareDurations } from './duration-compare.js';
export type { DurationComparison, DurationOrder } from './duration-compare.js';
export { diffPolicies, diffPolicySets, policySummary, policySetSummary } from './policy-diff.js';
export type { DiffOptions } from './policy-diff.js';
export type * from './policy-diff-types.js';
export type { FloorPolicyLookup } from './diff-statutory-floor.js';
export type { WitnessSearchOptions } from './diff-thresholds.js';
export { findThresholdWitness } from './threshold-witness.js';
export type { LevelOutcome, ThresholdWitness, ThresholdWitnessOptions, ThresholdWitnessResult } from './threshold-witness.js';
export { caseloadImpact, ImpactCollector } from './caseload-impact.js';
export type { ImpactOptions } from './caseload-impact.js';
export type * from './caseload-impact-types.js';
export { renderPolicyDiffText, renderPolicyDiffMarkdown, renderPolicyDiffHtml } from './render-policy-diff.js';
export type { TextOptions } from './render-text.js';
export { renderProtocolHtml, renderProtocolMarkdown } from './render-protocol.js';
export type { ProtocolOptions } from './render-protocol.js';
export { PAGE_CONTENT_SECURITY_POLICY } from './render-html-page.js';
export { TimelinessCollector, timelinessReport, medianOf, monthsOf } from './timeliness-report.js';
export type { TimelinessOptions } from './timeliness-report.js';
export type * from './timeliness-report-types.js';
export { reportRules, reportCalendars } from './timeliness-report-policy.js';
export { parseReportPeriod, yearEnding } from './timeliness-report-period.js';
export {
  renderTimelinessText,
  renderTimelinessMarkdown,
  renderTimelinessHtml,
  renderTimelinessJson,
  renderTimelinessCsv,
} from './timeliness-report-render.js';
