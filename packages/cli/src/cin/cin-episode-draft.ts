/** What the reader gathers about one child and one episode (`CINdetails`) before it becomes a case. */
import type { CinProblem } from './cin-problem.js';

/** A date read from an element, and the line the element stands on. */
export interface DatedItem {
  date: string;
  line: number;
}

/** A date element: absent (undefined), present but empty or malformed (null, already reported), or read. */
export type DateSlot = DatedItem | null | undefined;

export interface AssessmentDraft {
  line: number;
  start?: DateSlot;
  review?: DateSlot;
  authorised?: DateSlot;
}

export interface CinPlanDraft {
  line: number;
  start?: DateSlot;
  end?: DateSlot;
}

export interface Section47Draft {
  line: number;
  start?: DateSlot;
  target?: DateSlot;
  icpc?: DateSlot;
  notRequired?: boolean;
  notRequiredSeen: boolean;
}

export interface ProtectionPlanDraft {
  line: number;
  start?: DateSlot;
  end?: DateSlot;
  initialCategory?: string;
  latestCategory?: string;
  previousPlans?: number;
  reviews: DatedItem[];
}

/** A 2025-26 pre-proceedings module: its dates, as events in the order they were read. */
export interface PreProceedingsDraft {
  line: number;
  dates: { event: string; item: DatedItem }[];
}

export interface EpisodeDraft {
  line: number;
  /** 1-based position of the episode within its child. */
  number: number;
  referral?: DateSlot;
  referralSource?: string;
  referralSourceSeen: boolean;
  primaryNeed?: string;
  closure?: DateSlot;
  closureReason?: string;
  icpc?: DateSlot;
  nfa?: boolean;
  nfaSeen: boolean;
  assessments: AssessmentDraft[];
  cinPlans: CinPlanDraft[];
  section47s: Section47Draft[];
  plans: ProtectionPlanDraft[];
  preProceedings: PreProceedingsDraft[];
  /** Problems found inside the episode, in the order found. */
  problems: CinProblem[];
}

export interface ChildDraft {
  line: number;
  id?: string;
  birth?: string;
  /** True when a disability other than NONE is listed; false when only NONE is; absent when none is. */
  disabled?: boolean;
  /** Episodes seen so far (for numbering). */
  episodes: number;
  /** Whether the missing LAchildID has been reported. */
  missingIdReported: boolean;
}

export function newEpisode(line: number, number: number): EpisodeDraft {
  return {
    line,
    number,
    referralSourceSeen: false,
    nfaSeen: false,
    assessments: [],
    cinPlans: [],
    section47s: [],
    plans: [],
    preProceedings: [],
    problems: [],
  };
}

export function newChild(line: number): ChildDraft {
  return { line, episodes: 0, missingIdReported: false };
}
