/**
 * The elements of a DfE children in need (CIN) census return, and where each may stand: every
 * schema year from 2017 to 2024 (`../shared/data/cin/cin-census-*.xsd`), and the 2025-26 additions
 * (`Sex` beside `GenderCurrent`, and the `PreProceedingsandFGDM` module). Order is not checked: a
 * reader that only needs dates gains nothing from refusing a return whose elements are shuffled.
 */

/** Container elements and the elements allowed directly inside each. */
export const CONTAINERS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['Message', ['Header', 'Children']],
      ['Header', ['CollectionDetails', 'Source']],
      ['CollectionDetails', ['Collection', 'Year', 'ReferenceDate']],
      ['Source', ['SourceLevel', 'LEA', 'SoftwareCode', 'Release', 'SerialNo', 'DateTime']],
      ['Children', ['Child']],
      ['Child', ['ChildIdentifiers', 'ChildCharacteristics', 'CINdetails']],
      [
        'ChildIdentifiers',
        ['LAchildID', 'UPN', 'FormerUPN', 'UPNunknown', 'PersonBirthDate', 'ExpectedPersonBirthDate', 'GenderCurrent', 'Sex', 'PersonDeathDate'],
      ],
      ['ChildCharacteristics', ['Ethnicity', 'Disabilities']],
      ['Disabilities', ['Disability']],
      [
        'CINdetails',
        [
          'CINreferralDate',
          'ReferralSource',
          'PrimaryNeedCode',
          'CINclosureDate',
          'ReasonForClosure',
          'DateOfInitialCPC',
          'Assessments',
          'CINPlanDates',
          'Section47',
          'ReferralNFA',
          'ChildProtectionPlans',
          'PreProceedingsandFGDM',
        ],
      ],
      ['Assessments', ['AssessmentActualStartDate', 'AssessmentInternalReviewDate', 'AssessmentAuthorisationDate', 'FactorsIdentifiedAtAssessment']],
      ['FactorsIdentifiedAtAssessment', ['AssessmentFactors']],
      ['CINPlanDates', ['CINPlanStartDate', 'CINPlanEndDate']],
      ['Section47', ['S47ActualStartDate', 'InitialCPCtarget', 'DateOfInitialCPC', 'ICPCnotRequired']],
      ['ChildProtectionPlans', ['CPPstartDate', 'CPPendDate', 'InitialCategoryOfAbuse', 'LatestCategoryOfAbuse', 'NumberOfPreviousCPP', 'Reviews']],
      ['Reviews', ['CPPreviewDate']],
      [
        'PreProceedingsandFGDM',
        [
          'PPStartDate',
          'LBPSentDate',
          'FGDMMeetingOffer',
          'FGDMMeetingFac',
          'InitialPPMeetingDate',
          'ReviewMeetingsCount',
          'StepDecisionDate',
          'PPOutcome',
          'CourtAppDate',
          'LetterInitCPDate',
        ],
      ],
    ] as const
  ).map(([parent, children]) => [parent, new Set<string>(children)]),
);

/** The root element of every return. */
export const ROOT = 'Message';

/** Whether `name` may stand directly inside `parent`. */
export function allowedIn(parent: string, name: string): boolean {
  return CONTAINERS.get(parent)?.has(name) === true;
}

export function isContainer(name: string): boolean {
  return CONTAINERS.has(name);
}
