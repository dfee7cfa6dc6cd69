import type { CaseResult } from '@wt/engine';
import type { ResultWriter, ResultWriterOptions } from './result-writer.js';
import { resultJson } from './result-json.js';

/** One JSON object per line, per case. */
export function ndjsonWriter({ sink, explain }: ResultWriterOptions): ResultWriter {
  return {
    write: (result: CaseResult) => sink.write(`${resultJson(result, explain)}\n`),
    end: () => undefined,
  };
}
