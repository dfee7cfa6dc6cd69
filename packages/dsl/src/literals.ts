/**
 * Values written in the text form: strings (with `\"` and `\\` escapes), dates (which must exist),
 * and numbers (whole where a count is needed). Bad values are reported, never thrown.
 */
import type { IToken } from 'chevrotain';
import type { Diagnostic } from './diagnostic.js';
import { rangeOfToken } from './token-range.js';

/** The text of a string token. An unterminated string (already reported by the lexer) runs to its end. */
export function decodeString(token: IToken, diagnostics: Diagnostic[]): string {
  const image = token.image;
  let text = '';
  for (let index = 1; index < image.length; index++) {
    const char = image[index]!;
    if (char === '"') break;
    if (char !== '\\') {
      text += char;
      continue;
    }
    const escaped = image[index + 1];
    index++;
    if (escaped === undefined) break;
    if (escaped !== '"' && escaped !== '\\') {
      const range = rangeOfToken(token);
      const column = range.column + index - 1;
      diagnostics.push({
        severity: 'error',
        code: 'WT105',
        message: `Unknown escape \`\\${escaped}\` in a string`,
        range: { line: range.line, column, endLine: range.line, endColumn: column + 2 },
        hint: 'Only `\\"` (a double quote) and `\\\\` (a backslash) may follow a backslash.',
      });
    }
    text += escaped;
  }
  return text;
}

const monthNames = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Why `text` is not a calendar date `YYYY-MM-DD`, or undefined when it is one. */
export function dateProblem(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return `${text} is not a date: write dates as YYYY-MM-DD, ${paddedExample(text)}`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year === 0) return `${text} is not a date: there is no year 0`;
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month}`;
  if (day < 1) return `${text} is not a date: days of the month start at 1`;
  const monthLength = daysInMonth(year, month);
  if (day > monthLength) return `${text} is not a date: ${monthNames[month - 1]} ${year} has ${monthLength} days`;
  return undefined;
}

/** `2024-1-5` → "as in 2024-01-05"; otherwise a generic example. */
function paddedExample(text: string): string {
  const loose = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (loose === null) return 'for example 2024-04-01';
  const padded = `${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}`;
  return dateProblem(padded) === undefined ? `as in ${padded}` : 'for example 2024-04-01';
}

/** The date a date token stands for, or undefined (reported as WT301) when there is no such date. */
export function dateValue(token: IToken, diagnostics: Diagnostic[]): string | undefined {
  const problem = dateProblem(token.image);
  if (problem === undefined) return token.image;
  diagnostics.push({ severity: 'error', code: 'WT301', message: problem, range: rangeOfToken(token) });
  return undefined;
}

/** A number token as a whole number, or undefined (reported as WT302) when it is not one. */
export function wholeNumber(token: IToken, what: string, diagnostics: Diagnostic[]): number | undefined {
  const value = Number(token.image);
  if (Number.isSafeInteger(value)) return value;
  const reason = Number.isInteger(value) ? 'is too large' : 'is not a whole number';
  diagnostics.push({
    severity: 'error',
    code: 'WT302',
    message: `${token.image} ${reason}: ${what} must be a whole number`,
    range: rangeOfToken(token),
  });
  return undefined;
}
