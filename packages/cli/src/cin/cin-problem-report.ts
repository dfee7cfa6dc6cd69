/**
 * Census problems on stderr, one line each, like diagnostics:
 * `census.xml:42: error WT743 child RND000215205141: CINclosureDate is not a date (YYYY-MM-DD)`.
 * After `limit` lines the rest are only counted.
 */
import { printableId } from '../evaluation/rejection-report.js';
import type { Style } from '../io/terminal.js';
import type { CinProblem } from './cin-problem.js';

export class CinProblemReport {
  private printed = 0;
  private hidden = 0;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly file: string,
    private readonly style: Style,
    private readonly limit = 100,
  ) {}

  report(problems: readonly CinProblem[]): void {
    let text = '';
    for (const problem of problems) {
      if (this.printed >= this.limit) {
        this.hidden++;
        continue;
      }
      this.printed++;
      text += `${formatCinProblem(problem, this.file, this.style)}\n`;
    }
    if (text !== '') this.stderr.write(text);
  }

  finish(): void {
    if (this.hidden > 0) this.stderr.write(`… and ${this.hidden} more problem${this.hidden === 1 ? '' : 's'}, not shown\n`);
  }
}

export function formatCinProblem(problem: CinProblem, file: string, style: Style): string {
  const severity = problem.severity === 'error' ? style.red('error') : style.yellow('warning');
  const child = problem.childId !== undefined ? `child ${printableId(problem.childId)}: ` : '';
  return `${style.bold(`${file}:${problem.line}`)}: ${severity} ${style.dim(problem.code)} ${child}${problem.message}`;
}
