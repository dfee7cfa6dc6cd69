/** What an evaluation did, counted so that nothing is dropped unseen: read = evaluated + rejected. */
import type { ObligationStatus } from '@wt/engine';
import { plural } from '../format-diagnostic.js';

export const STATUSES: readonly ObligationStatus[] = ['met', 'late', 'open', 'due-soon', 'overdue', 'cancelled'];

export class EvalCounts {
  read = 0;
  evaluated = 0;
  rejected = 0;
  /** Records that wt itself failed on (a bug); also counted as rejected. */
  internalErrors = 0;
  obligations = 0;
  readonly byStatus = new Map<ObligationStatus, number>(STATUSES.map((status) => [status, 0]));

  countStatus(status: ObligationStatus): void {
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    this.obligations++;
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
