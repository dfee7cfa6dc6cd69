import type { ResolvedPolicy } from '@wt/dsl';
import { parseIsoDate, type DayNumber } from './day-number.js';

/**
 * Several versions of a policy, each in force from its `effective` date: WT2010 until 2013-04-14,
 * WT2013 from 2013-04-15. The version in force on an obligation's start date governs that obligation.
 */
export interface PolicySetInput {
  readonly versions: readonly ResolvedPolicy[];
  /** The set's name in results; default: the versions' ids joined with `+`. */
  readonly id?: string;
  /** The set's version label in results; default: the versions' labels joined with `+`. */
  readonly version?: string;
}

/** The days a version is in force, both ends included; ±Infinity when open-ended. */
export interface VersionWindow {
  readonly from: DayNumber;
  readonly until: DayNumber;
}

export const ALWAYS: VersionWindow = { from: -Infinity, until: Infinity };

export function isPolicySet(input: ResolvedPolicy | PolicySetInput): input is PolicySetInput {
  return Array.isArray((input as PolicySetInput).versions);
}

export interface OrderedVersions {
  /** The versions by effective date, each with the days it is in force. */
  readonly versions: readonly { policy: ResolvedPolicy; window: VersionWindow }[];
  readonly errors: string[];
}

/**
 * Orders the versions of a set by effective date and works out when each is in force: from its
 * `effective` date (the earliest version may leave it out: in force since always) to its `until` date,
 * or else to the day before the next version's effective date; the latest version without `until` stays
 * in force. Overlaps, missing dates and duplicate ids are errors.
 */
export function orderVersions(policies: readonly ResolvedPolicy[]): OrderedVersions {
  const errors: string[] = [];
  if (policies.length === 0) return { versions: [], errors: ['a policy set needs at least one version'] };
  const dated = policies.map((policy) => {
    const effective = policy.effective === undefined ? -Infinity : parseIsoDate(policy.effective);
    const until = policy.until === undefined ? undefined : parseIsoDate(policy.until);
    if (effective === undefined) errors.push(`version ${policy.id}: effective date is not a valid date (YYYY-MM-DD)`);
    if (policy.until !== undefined && until === undefined) errors.push(`version ${policy.id}: until date is not a valid date (YYYY-MM-DD)`);
    return { policy, effective: effective ?? -Infinity, until };
  });
  dated.sort((a, b) => a.effective - b.effective);
  const seen = new Set<string>();
  const versions: { policy: ResolvedPolicy; window: VersionWindow }[] = [];
  dated.forEach((entry, position) => {
    const { policy, effective, until } = entry;
    if (seen.has(policy.id)) errors.push(`two versions of the set are both called ${policy.id}`);
    seen.add(policy.id);
    if (position > 0 && effective === -Infinity) {
      errors.push(`version ${policy.id} has no effective date: only the earliest version of a set may leave it out`);
    }
    const next = dated[position + 1];
    if (next && next.effective === effective) {
      errors.push(`versions ${policy.id} and ${next.policy.id} both take effect on ${policy.effective ?? 'the same day'}`);
    }
    const last = until ?? (next ? next.effective - 1 : Infinity);
    if (last < effective) errors.push(`version ${policy.id} ends (until ${policy.until}) before it takes effect (${policy.effective})`);
    if (next && until !== undefined && until >= next.effective) {
      errors.push(`version ${policy.id} is in force until ${policy.until}, after ${next.policy.id} takes effect on ${next.policy.effective}`);
    }
    versions.push({ policy, window: { from: effective, until: last } });
  });
  return { versions, errors };
}

/**
 * The position of the version in force on a day. Between versions (a gap) or after the last one it is the
 * latest version that took effect before the day; before the first, the first.
 */
export function versionAt(windows: readonly VersionWindow[], day: DayNumber): number {
  let chosen = 0;
  for (let position = 0; position < windows.length; position++) {
    if (windows[position]!.from <= day) chosen = position;
  }
  return chosen;
}

/** True when some version is in force on the day. */
export function anyVersionInForce(windows: readonly VersionWindow[], day: DayNumber): boolean {
  return windows.some((window) => window.from <= day && day <= window.until);
}
