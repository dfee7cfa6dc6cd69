import type { RecordError, RecordOrigin } from '@wt/engine';
import { CASE_CODES } from './record-error-codes.js';

/**
 * CASE001. JSON.parse's own message quotes the input, which may be personal data, so only the
 * position it names is kept, turned into a line and column of the file.
 */
export function notJsonError(origin: RecordOrigin, error: unknown, source: string, startColumn = 1): RecordError {
  const position = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  let where = '';
  if (position) {
    const offset = Math.min(Number(position[1]), source.length);
    let line = origin.line ?? 1;
    let lineStart = 0;
    for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    const column = offset - lineStart + (lineStart === 0 ? startColumn : 1);
    where = line === origin.line ? ` (at column ${column})` : ` (at line ${line}, column ${column})`;
  } else if (error instanceof SyntaxError && /end of JSON input|Unterminated/i.test(error.message)) {
    where = ' (it ends too early)';
  }
  return { origin, code: CASE_CODES.notJson, message: `not valid JSON${where}` };
}
