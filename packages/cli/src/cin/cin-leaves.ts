/**
 * What each leaf element of the census means, applied to the drafts being built: a date, a code, a
 * flag or a count, checked as it is read. Problems go to `report`, which files them under the episode
 * or child they lie in.
 */
import type { AssessmentDraft, ChildDraft, CinPlanDraft, DatedItem, EpisodeDraft, PreProceedingsDraft, ProtectionPlanDraft, Section47Draft } from './cin-episode-draft.js';
import { CIN_CODES, type CinSeverity } from './cin-problem.js';
import {
  ABUSE_CATEGORIES,
  CLOSURE_REASONS,
  NO_DISABILITY,
  NOT_STATED_NEED,
  PRIMARY_NEED_CODES,
  readCount,
  readDate,
  readYesNo,
  REFERRAL_SOURCES,
} from './cin-values.js';

export interface LeafScope {
  report(severity: CinSeverity, code: string, line: number, message: string): void;
  header: { referenceDate?: string };
  child: ChildDraft | undefined;
  episode: EpisodeDraft | undefined;
  /** The module being read (an Assessments, Section47, … draft), when inside one. */
  module: unknown;
  /** Counts the AssessmentFactors and CPPreviewDate of the group being read. */
  countInGroup(): void;
}

/** The dates of the 2025-26 pre-proceedings module, and the events they become. */
export const PRE_PROCEEDINGS_EVENTS: ReadonlyMap<string, string> = new Map([
  ['PPStartDate', 'pre-proceedings-start'],
  ['LBPSentDate', 'letter-before-proceedings'],
  ['InitialPPMeetingDate', 'pre-proceedings-meeting'],
  ['StepDecisionDate', 'pre-proceedings-decision'],
  ['CourtAppDate', 'court-application'],
  ['LetterInitCPDate', 'care-proceedings-letter'],
]);

/** Dates the census requires wherever their module stands. */
const REQUIRED_DATES: ReadonlySet<string> = new Set([
  'CINreferralDate',
  'AssessmentActualStartDate',
  'CINPlanStartDate',
  'S47ActualStartDate',
  'CPPstartDate',
  'CPPreviewDate',
]);

function date(scope: LeafScope, name: string, text: string, line: number): DatedItem | null {
  const reading = readDate(text);
  if (reading.kind === 'date') return { date: reading.text, line };
  if (reading.kind === 'bad') {
    scope.report('error', CIN_CODES.badDate, line, `${name} is not a date (YYYY-MM-DD)`);
  } else if (REQUIRED_DATES.has(name)) {
    scope.report('error', CIN_CODES.missingDate, line, `${name} is empty`);
  } else {
    scope.report('warning', CIN_CODES.emptyDate, line, `${name} is empty; read as absent`);
  }
  return null;
}

function code(scope: LeafScope, name: string, text: string, line: number, allowed: ReadonlySet<string>): string | undefined {
  const value = text.trim();
  if (allowed.has(value)) return value;
  scope.report('warning', CIN_CODES.badValue, line, `${name} is not one of the census codes; it is left out`);
  return undefined;
}

function yesNo(scope: LeafScope, name: string, text: string, line: number): boolean | undefined {
  const value = readYesNo(text);
  if (value === undefined) scope.report('warning', CIN_CODES.badValue, line, `${name} is not yes/no (true, false, 1 or 0); it is left out`);
  return value;
}

function readHeaderLeaf(scope: LeafScope, parent: string, name: string, text: string, line: number): void {
  if (parent === 'CollectionDetails' && name === 'ReferenceDate') {
    const item = date(scope, name, text, line);
    if (item !== null) scope.header.referenceDate = item.date;
  }
}

function readChildLeaf(scope: LeafScope, parent: string, name: string, text: string, line: number): void {
  const child = scope.child;
  if (child === undefined) return;
  if (parent === 'Disabilities') {
    const value = text.trim();
    if (value === NO_DISABILITY) child.disabled ??= false;
    else if (value !== '') child.disabled = true;
    return;
  }
  if (parent !== 'ChildIdentifiers') return;
  switch (name) {
    case 'LAchildID': {
      const id = text.trim();
      if (id !== '') child.id = id;
      return;
    }
    case 'PersonBirthDate': {
      const item = date(scope, name, text, line);
      if (item !== null) child.birth = item.date;
      return;
    }
    case 'ExpectedPersonBirthDate':
    case 'PersonDeathDate':
      date(scope, name, text, line);
      return;
  }
}

function readDetailsLeaf(scope: LeafScope, episode: EpisodeDraft, name: string, text: string, line: number): void {
  switch (name) {
    case 'CINreferralDate':
      episode.referral = date(scope, name, text, line);
      return;
    case 'ReferralSource':
      episode.referralSourceSeen = true;
      episode.referralSource = code(scope, name, text, line, REFERRAL_SOURCES);
      return;
    case 'PrimaryNeedCode': {
      const need = code(scope, name, text, line, PRIMARY_NEED_CODES);
      if (need !== NOT_STATED_NEED) episode.primaryNeed = need;
      return;
    }
    case 'CINclosureDate':
      episode.closure = date(scope, name, text, line);
      return;
    case 'ReasonForClosure':
      episode.closureReason = code(scope, name, text, line, CLOSURE_REASONS);
      return;
    case 'DateOfInitialCPC':
      episode.icpc = date(scope, name, text, line);
      return;
    case 'ReferralNFA':
      episode.nfaSeen = true;
      episode.nfa = yesNo(scope, name, text, line);
      return;
  }
}

function readModuleLeaf(scope: LeafScope, parent: string, name: string, text: string, line: number): void {
  const module = scope.module;
  if (module === undefined) return;
  switch (parent) {
    case 'Assessments': {
      const assessment = module as AssessmentDraft;
      if (name === 'AssessmentActualStartDate') assessment.start = date(scope, name, text, line);
      else if (name === 'AssessmentInternalReviewDate') assessment.review = date(scope, name, text, line);
      else if (name === 'AssessmentAuthorisationDate') assessment.authorised = date(scope, name, text, line);
      return;
    }
    case 'CINPlanDates': {
      const plan = module as CinPlanDraft;
      if (name === 'CINPlanStartDate') plan.start = date(scope, name, text, line);
      else if (name === 'CINPlanEndDate') plan.end = date(scope, name, text, line);
      return;
    }
    case 'Section47': {
      const s47 = module as Section47Draft;
      if (name === 'S47ActualStartDate') s47.start = date(scope, name, text, line);
      else if (name === 'InitialCPCtarget') s47.target = date(scope, name, text, line);
      else if (name === 'DateOfInitialCPC') s47.icpc = date(scope, name, text, line);
      else if (name === 'ICPCnotRequired') {
        s47.notRequiredSeen = true;
        s47.notRequired = yesNo(scope, name, text, line);
      }
      return;
    }
    case 'ChildProtectionPlans': {
      const plan = module as ProtectionPlanDraft;
      if (name === 'CPPstartDate') plan.start = date(scope, name, text, line);
      else if (name === 'CPPendDate') plan.end = date(scope, name, text, line);
      else if (name === 'InitialCategoryOfAbuse') plan.initialCategory = code(scope, name, text, line, ABUSE_CATEGORIES);
      else if (name === 'LatestCategoryOfAbuse') plan.latestCategory = code(scope, name, text, line, ABUSE_CATEGORIES);
      else if (name === 'NumberOfPreviousCPP') {
        plan.previousPlans = readCount(text);
        if (plan.previousPlans === undefined) scope.report('warning', CIN_CODES.badValue, line, `${name} is not a whole number; it is left out`);
      }
      return;
    }
    case 'Reviews': {
      scope.countInGroup();
      const review = date(scope, name, text, line);
      if (review !== null) (module as ProtectionPlanDraft).reviews.push(review);
      return;
    }
    case 'FactorsIdentifiedAtAssessment':
      scope.countInGroup();
      return;
    case 'PreProceedingsandFGDM': {
      const event = PRE_PROCEEDINGS_EVENTS.get(name);
      if (event === undefined) return;
      const item = date(scope, name, text, line);
      if (item !== null) (module as PreProceedingsDraft).dates.push({ event, item });
      return;
    }
  }
}

/** Applies the text of a leaf element `name`, which stands in `parent`. */
export function readLeaf(scope: LeafScope, parent: string, name: string, text: string, line: number): void {
  if (parent === 'CollectionDetails' || parent === 'Source') readHeaderLeaf(scope, parent, name, text, line);
  else if (parent === 'ChildIdentifiers' || parent === 'Disabilities' || parent === 'ChildCharacteristics') readChildLeaf(scope, parent, name, text, line);
  else if (parent === 'CINdetails') {
    if (scope.episode !== undefined) readDetailsLeaf(scope, scope.episode, name, text, line);
  } else readModuleLeaf(scope, parent, name, text, line);
}
