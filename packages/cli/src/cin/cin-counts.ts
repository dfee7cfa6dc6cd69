/** What a census import read, counted so that nothing is dropped unseen: episodes = cases + rejected. */
import { plural } from '../format-diagnostic.js';
import type { CinProblem } from './cin-problem.js';

export class CinCounts {
  children = 0;
  episodes = 0;
  /** Episodes written as cases. */
  cases = 0;
  /** Episodes an error rejected. */
  rejected = 0;
  events = 0;
  errors = 0;
  warnings = 0;

  count(problem: CinProblem): void {
    if (problem.severity === 'error') this.errors++;
    else this.warnings++;
  }

  /** An episode read: `events` is its event count when it became a case, undefined when rejected. */
  countEpisode(events: number | undefined, problems: readonly CinProblem[]): void {
    this.episodes++;
    if (events === undefined) this.rejected++;
    else {
      this.cases++;
      this.events += events;
    }
    for (const problem of problems) this.count(problem);
  }

  toJSON() {
    return { children: this.children, episodes: this.episodes, cases: this.cases, rejected: this.rejected, events: this.events, errors: this.errors, warnings: this.warnings };
  }

  summary(): string {
    const rejected = this.rejected > 0 ? ` (${this.rejected} rejected)` : '';
    return (
      `read ${plural(this.children, 'child', 'children')}, ${plural(this.episodes, 'episode')}${rejected}, ${plural(this.events, 'event')}; ` +
      `${plural(this.errors, 'error')}, ${plural(this.warnings, 'warning')}`
    );
  }
}
