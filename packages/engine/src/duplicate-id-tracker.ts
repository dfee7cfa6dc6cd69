import type { RecordError, RecordOrigin } from './case-record.js';

/**
 * Remembers the case ids seen in a stream of records, so that a second record with the same id is
 * rejected (error WT710) instead of silently producing two results for one case. Only where each id
 * was first seen is kept, as one number (its line, or minus one less its index), so that a country's
 * caseload costs tens of megabytes, not hundreds.
 */
export class DuplicateIdTracker {
  private readonly firstSeen = new Map<string, number>();

  /** Undefined the first time an id is seen; an error naming the earlier record after that. */
  check(caseId: string, origin: RecordOrigin): RecordError | undefined {
    const earlier = this.firstSeen.get(caseId);
    if (earlier === undefined) {
      this.firstSeen.set(caseId, origin.line !== undefined ? origin.line : -1 - origin.index);
      return undefined;
    }
    const where = earlier >= 0 ? `line ${earlier}` : `record ${-1 - earlier}`;
    return {
      origin,
      caseId,
      field: '/id',
      code: 'WT710',
      message: `this case id was already used by the record at ${where}`,
    };
  }

  get size(): number {
    return this.firstSeen.size;
  }
}
