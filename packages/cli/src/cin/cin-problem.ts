/**
 * Problems found while reading a CIN census return. An **error** rejects the episode it lies in (a
 * malformed or missing date would give a wrong timeline); outside any episode it is reported and
 * nothing else is lost. A **warning** loses nothing but the one value it names. Messages name the
 * element and the child's id, never a value: census data is personal data.
 */
export const CIN_CODES = {
  /** The text is not well-formed XML. */
  notXml: 'WT740',
  /** An element the census does not have there. */
  unknownElement: 'WT741',
  /** A date the census requires is absent or empty. */
  missingDate: 'WT742',
  /** A date that is not a real date in the form YYYY-MM-DD. */
  badDate: 'WT743',
  /** A child without an LAchildID: its episodes cannot be named. */
  missingChildId: 'WT744',
  /** Text where the census has only elements; it is ignored. */
  strayText: 'WT745',
  /** A code, yes/no or number the census does not allow; the value is left out. */
  badValue: 'WT746',
  /** An item the census requires, other than a date, is absent. */
  missingItem: 'WT747',
  /** A date before the date it follows from (an assessment before its referral). */
  dateOrder: 'WT748',
  /** An optional date given empty; read as absent. */
  emptyDate: 'WT749',
} as const;

export type CinSeverity = 'error' | 'warning';

export interface CinProblem {
  severity: CinSeverity;
  code: string;
  /** 1-based line of the element (or of the XML error). */
  line: number;
  /** The LAchildID of the child it lies in, when known. */
  childId?: string;
  message: string;
}
