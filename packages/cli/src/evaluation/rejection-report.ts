/**
 * Rejected records on stderr, one line per problem, like diagnostics:
 * `cases.ndjson:12: error WT704 case C-1: /events/3/date is not a valid date (YYYY-MM-DD)`.
 * Messages name fields, never values. After `limit` lines the rest are only counted.
 */
import type { RecordError } from '@wt/engine';
import type { Style } from '../io/terminal.js';

export class RejectionReport {
  private printed = 0;
  private hidden = 0;

  constructor(
    private readonly stderr: NodeJS.WritableStream,
    private readonly style: Style,
    private readonly limit = 100,
  ) {}

  report(errors: readonly RecordError[]): void {
    let text = '';
    for (const error of errors) {
      if (this.printed >= this.limit) {
        this.hidden++;
        continue;
      }
      this.printed++;
      text += `${formatRecordProblem(error, this.style)}\n`;
    }
    if (text !== '') this.stderr.write(text);
  }

  /** Says how many problems were not shown, if any. */
  finish(): void {
    if (this.hidden > 0) this.stderr.write(`… and ${this.hidden} more problem${this.hidden === 1 ? '' : 's'} in rejected records, not shown\n`);
  }
}

export function formatRecordProblem(error: RecordError, style: Style): string {
  const { origin } = error;
  const where = `${origin.file ?? '<input>'}:${origin.line !== undefined ? origin.line : `record ${origin.index + 1}`}`;
  const subject = error.caseId !== undefined ? `case ${printableId(error.caseId)}: ` : '';
  return `${style.bold(where)}: ${style.red('error')} ${style.dim(error.code)} ${subject}${error.message}`;
}

/** Case ids are printed (they are how people find a record), but kept short and free of control characters. */
export function printableId(id: string): string {
  const clean = id.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
