/**
 * Cases from a DfE children in need census return (XML): one case per episode (`CINdetails`), read by
 * the streaming census reader in ../cin/. An episode with an error is one rejected record, naming its
 * first error (the rest are counted in the message; `wt import cin` lists them all). An error outside
 * any episode (the header, a child's identifiers) is a rejected record of its own. Warnings are left
 * to `wt import cin`. When the typing says which event types the policy declares, the cases keep only
 * what the policy declares (see ../cin/cin-policy-filter.ts).
 */
import type { RecordError, RecordOrigin } from '@wt/engine';
import { filterToPolicy, type CinDeclarations } from '../cin/cin-policy-filter.js';
import type { CinProblem } from '../cin/cin-problem.js';
import { CinReader, type CinItem } from '../cin/cin-reader.js';
import type { CaseItem, CaseParser } from './case-item.js';
import type { CsvTyping } from './csv-value-typing.js';

export class XmlCaseParser implements CaseParser {
  private readonly reader = new CinReader();
  private readonly declared: CinDeclarations | undefined;
  private index = 0;

  constructor(
    private readonly file?: string,
    typing?: CsvTyping,
  ) {
    this.declared = typing === undefined ? undefined : declarationsOf(typing);
  }

  push(chunk: string): CaseItem[] {
    return this.toItems(this.reader.push(chunk));
  }

  end(): CaseItem[] {
    return this.toItems(this.reader.end());
  }

  private toItems(items: readonly CinItem[]): CaseItem[] {
    const out: CaseItem[] = [];
    for (const item of items) {
      if (item.kind === 'problem') {
        if (item.problem.severity === 'error') out.push(this.rejection(item.problem, 0));
        continue;
      }
      if (item.value === undefined) {
        const errors = item.problems.filter((problem) => problem.severity === 'error');
        out.push(this.rejection(errors[0]!, errors.length - 1, item.caseId));
        continue;
      }
      const value = this.declared === undefined ? item.value : filterToPolicy(item.value, this.declared).value;
      out.push({ value, origin: this.origin(item.line) });
    }
    return out;
  }

  private origin(line: number): RecordOrigin {
    return { line, index: this.index++, ...(this.file !== undefined ? { file: this.file } : {}) };
  }

  private rejection(problem: CinProblem, more: number, caseId?: string): CaseItem {
    const origin = this.origin(problem.line);
    const suffix = more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'} in this episode)` : '';
    const where = caseId === undefined && problem.childId !== undefined ? `child ${problem.childId}: ` : '';
    const error: RecordError = {
      origin,
      ...(caseId !== undefined ? { caseId } : {}),
      code: problem.code,
      message: `${where}${problem.message}${suffix}`,
    };
    return { origin, error };
  }
}

function declarationsOf(typing: CsvTyping): CinDeclarations | undefined {
  const declaresEvent = typing.declaresEvent;
  if (declaresEvent === undefined) return undefined;
  return {
    event: (type) => declaresEvent(type),
    attribute: (type, name) => typing.attributeTypes(type, name) !== undefined,
    fact: (name) => typing.factTypes(name) !== undefined,
  };
}
