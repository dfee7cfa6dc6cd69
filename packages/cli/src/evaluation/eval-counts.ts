/** What an evaluation did, counted so that nothing is dropped unseen: read = evaluated + rejected. */
import type { ObligationStatus } from '@wt/engine';
import { plural } from '../format-diagnostic.js';

export const STATUSES: readonly ObligationStatus[] = ['met', 'late', 'open', 'due-soon', 'overdue', 'cancelled'];

export const STATUS_INDEX: Readonly<Record<ObligationStatus, number>> = { met: 0, late: 1, open: 2, 'due-soon': 3, overdue: 4, cancelled: 5 };

export class EvalCounts {
  read = 0;
  evaluated = 0;
  rejected = 0;
  /** Records that wt itself failed on (a bug); also counted as rejected. */
  internalErrors = 0;
  obligations = 0;
  readonly byStatus = new Map<ObligationStatus, number>(STATUSES.map((status) => [status, 0]));

  /** Adds a case's obligations, counted by status in the order of STATUSES. */
  countStatuses(counts: ArrayLike<number>): void {
    for (let i = 0; i < STATUSES.length; i++) {
      const count = counts[i] ?? 0;
      if (count === 0) continue;
      const status = STATUSES[i]!;
      this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + count);
      this.obligations += count;
    }
  }

  toJSON() {
    return {
      read: this.read,
      evaluated: this.evaluated,
      rejected: this.rejected,
      obligations: this.obligations,
      byStatus: Object.fromEntries(this.byStatus),
    };
  }

  summary(): string {
    const statuses = STATUSES.map((status) => `${this.byStatus.get(status) ?? 0} ${status}`).join(', ');
    return `read ${plural(this.read, 'record')}: ${this.evaluated} evaluated, ${this.rejected} rejected; ${plural(this.obligations, 'obligation')}: ${statuses}`;
  }
}
