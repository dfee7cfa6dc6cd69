import type { CaseResult } from '@wt/engine';
import type { ResultWriter, ResultWriterOptions } from './result-writer.js';
import { resultJson } from './result-json.js';

/** One JSON array of the cases' results, streamed element by element, one element per line. */
export function jsonArrayWriter({ sink, explain }: ResultWriterOptions): ResultWriter {
  let first = true;
  return {
    write(result: CaseResult) {
      const prefix = first ? '[\n' : ',\n';
      first = false;
      return sink.write(prefix + resultJson(result, explain));
    },
    end: () => sink.write(first ? '[]\n' : '\n]\n'),
  };
}
