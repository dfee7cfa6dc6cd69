/**
 * Evaluates cases with the compiled draft, as of a date. The selected case is evaluated at once, with
 * explanations; the whole caseload (for the summary) is evaluated in slices between frames, so that
 * typing never waits for it, and a newer run cancels an older one.
 */
import { parseIsoDate, type CaseResult, type CompiledPolicy, type RecordError } from '@wt/engine';
import { toCaseInput, type EditableCase } from './case-store.js';

export interface CaseOutcome {
  caseId: string;
  result: CaseResult | undefined;
  /** Why the case could not be evaluated (its record does not fit the policy). */
  errors: RecordError[];
  warnings: string[];
}

export interface CaseloadOutcome {
  asOf: string;
  outcomes: CaseOutcome[];
}

export function evaluateCase(compiled: CompiledPolicy, record: EditableCase, index: number, asOf: string, explain: boolean): CaseOutcome | undefined {
  const day = parseIsoDate(asOf);
  if (day === undefined) return undefined;
  const evaluated = compiled.evaluateInput(toCaseInput(record), day, { index }, { explain });
  return { caseId: record.id, result: evaluated.result, errors: evaluated.errors, warnings: evaluated.warnings };
}

const SLICE_MS = 12;

export class CaseloadRunner {
  private generation = 0;

  constructor(private readonly onDone: (outcome: CaseloadOutcome | undefined, stamp: number) => void) {}

  /**
   * Evaluates every case in slices of about 12 ms; `onDone` gets the result, with the caller's
   * `stamp`, unless a newer run started.
   */
  start(compiled: CompiledPolicy | undefined, cases: readonly EditableCase[], asOf: string, stamp: number): void {
    const generation = ++this.generation;
    if (compiled === undefined || parseIsoDate(asOf) === undefined) {
      this.onDone(undefined, stamp);
      return;
    }
    const snapshot = [...cases];
    const outcomes: CaseOutcome[] = [];
    const step = () => {
      if (generation !== this.generation) return;
      const until = performance.now() + SLICE_MS;
      while (outcomes.length < snapshot.length && performance.now() < until) {
        const index = outcomes.length;
        outcomes.push(evaluateCase(compiled, snapshot[index]!, index, asOf, false)!);
      }
      if (outcomes.length < snapshot.length) setTimeout(step, 0);
      else this.onDone({ asOf, outcomes }, stamp);
    };
    setTimeout(step, 0);
  }
}
