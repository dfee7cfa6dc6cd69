/** Chevrotain's recognition errors as diagnostics, with the codes and ranges of `syntax-messages.ts`. */
import type { IRecognitionException, IToken } from 'chevrotain';
import type { Diagnostic } from './diagnostic.js';
import type { SourceRange } from './source-range.js';
import { decodeSyntaxProblem } from './syntax-messages.js';
import { isRealToken, rangeAtEndOf, rangeOfToken } from './token-range.js';

/**
 * One diagnostic per place and message. A parser error at exactly the range of a lexer diagnostic (the
 * `}` swallowed by an unterminated string) only repeats it, and is left out; so is a `)` left over
 * from a condition nested too deep (WT109 says what is wrong).
 */
export function syntaxErrorsToDiagnostics(errors: readonly IRecognitionException[], text: string, lexerDiagnostics: readonly Diagnostic[] = []): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const lexerRanges = new Set(lexerDiagnostics.map((diagnostic) => rangeKey(diagnostic.range)));
  const seen = new Set<string>();
  let tooDeep = false;
  for (const error of errors) {
    const problem = decodeSyntaxProblem(error.message);
    if (tooDeep && problem.code === 'WT102' && error.token.image === ')') continue;
    if (problem.code === 'WT109') tooDeep = true;
    const previous = (error as { previousToken?: IToken }).previousToken;
    const range = errorRange(problem.at, error.token, previous, text);
    const key = `${rangeKey(range)}:${problem.message}`;
    if (seen.has(key) || lexerRanges.has(rangeKey(range))) continue;
    seen.add(key);
    diagnostics.push({
      severity: 'error',
      code: problem.code,
      message: problem.message,
      range,
      ...(problem.hint === undefined ? {} : { hint: problem.hint }),
    });
  }
  return diagnostics;
}

function errorRange(at: 'actual' | 'previous', actual: IToken, previous: IToken | undefined, text: string): SourceRange {
  if (at === 'previous' && isRealToken(previous)) return rangeOfToken(previous);
  if (isRealToken(actual)) return rangeOfToken(actual);
  if (isRealToken(previous)) return rangeOfToken(previous);
  return rangeAtEndOf(text);
}

function rangeKey(range: SourceRange): string {
  return `${range.line}:${range.column}-${range.endLine}:${range.endColumn}`;
}
