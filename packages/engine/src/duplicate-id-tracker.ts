import type { RecordError, RecordOrigin } from './case-record.js';

/**
 * Remembers the case ids seen in a stream of records, so that a second record with the same id is
 * rejected (error WT710) instead of silently producing two results for one case.
 */
export class DuplicateIdTracker {
  private readonly firstSeen = new Map<string, RecordOrigin>();

  /** Undefined the first time an id is seen; an error naming the earlier record after that. */
  check(caseId: string, origin: RecordOrigin): RecordError | undefined {
    const earlier = this.firstSeen.get(caseId);
    if (!earlier) {
      this.firstSeen.set(caseId, origin);
      return undefined;
    }
    const where = earlier.line !== undefined ? `line ${earlier.line}` : `record ${earlier.index}`;
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
