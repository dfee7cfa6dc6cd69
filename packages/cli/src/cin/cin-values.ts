/** The values of census items: dates, yes/no flags, numbers and the code lists the reader maps. */
import { parseIsoDate } from '@wt/engine';

/** `xs:date`: YYYY-MM-DD, optionally with a time zone (`Z`, `+01:00`), which a calendar date ignores. */
const XS_DATE = /^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;

export type DateReading = { kind: 'date'; text: string } | { kind: 'empty' } | { kind: 'bad' };

export function readDate(raw: string): DateReading {
  const text = raw.trim();
  if (text === '') return { kind: 'empty' };
  const match = XS_DATE.exec(text);
  if (match === null || parseIsoDate(match[1]!) === undefined) return { kind: 'bad' };
  return { kind: 'date', text: match[1]! };
}

/** The census yes/no type accepts `true|false|TRUE|FALSE|0|1`. */
export function readYesNo(raw: string): boolean | undefined {
  switch (raw.trim()) {
    case 'true':
    case 'TRUE':
    case '1':
      return true;
    case 'false':
    case 'FALSE':
    case '0':
      return false;
    default:
      return undefined;
  }
}

export function readCount(raw: string): number | undefined {
  const text = raw.trim();
  return /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

export const REFERRAL_SOURCES: ReadonlySet<string> = new Set([
  '1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10',
]);

/** N0 is "not stated": read as a missing fact, so that a threshold over it says it cannot decide. */
export const PRIMARY_NEED_CODES: ReadonlySet<string> = new Set(['N0', 'N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9']);
export const NOT_STATED_NEED = 'N0';

export const CLOSURE_REASONS: ReadonlySet<string> = new Set(['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9']);

export const ABUSE_CATEGORIES: ReadonlySet<string> = new Set(['NEG', 'PHY', 'SAB', 'EMO', 'MUL']);

/** The disability code that means "no disability". */
export const NO_DISABILITY = 'NONE';

export type ClosureOutcome = 'nfa' | 'early-help' | 'moved-away';

/**
 * The `outcome` of WT2013's `referral-closed`, where a closure reason says it: RC8 closed after
 * assessment with no further action, RC9 closed after assessment and referred to early help, RC5
 * transferred to another local authority. The other reasons (adopted, died, orders, adult services,
 * services ceased) have no WT2013 outcome, so the event carries none.
 */
export function closureOutcome(reason: string | undefined, referralNfa: boolean | undefined): ClosureOutcome | undefined {
  if (referralNfa === true) return 'nfa';
  switch (reason) {
    case 'RC8':
      return 'nfa';
    case 'RC9':
      return 'early-help';
    case 'RC5':
      return 'moved-away';
    default:
      return undefined;
  }
}
