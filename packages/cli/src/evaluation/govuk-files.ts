/**
 * GOV.UK `bank-holidays.json` files that calendars name (`holidays file "…" division "…"`), read for
 * the engine. A path is looked up beside the policy file, then beside each other policy file read
 * (the base that declared the calendar), then in the working directory. A file that cannot be found,
 * is not JSON, or does not have GOV.UK's shape is refused here, with its path and what is wrong
 * (the line and column of a JSON syntax error; the division and event of a bad holiday).
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { boundedMessage, decodeSource, LineIndex, type ResolvedPolicy } from '@wt/dsl';
import { holidaysFromGovUk } from '@wt/engine';
import { displayPath } from '../io/display-path.js';
import { isFile } from '../policy-files.js';

export type GovukFilesResult = { ok: true; files: Map<string, unknown> } | { ok: false; message: string };

/** Where JSON.parse stopped, as line and column of the text, when its message says (it does not always). */
function jsonErrorPosition(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  const offset = /position (\d+)/.exec(message)?.[1];
  if (offset !== undefined) {
    const { line, column } = new LineIndex(text).position(Number(offset));
    return ` (at line ${line}, column ${column})`;
  }
  return /end of JSON input|Unterminated/i.test(message) ? ' (it ends too early)' : '';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function readGovukFiles(versions: readonly ResolvedPolicy[], searchFiles: readonly string[], cwd: string): GovukFilesResult {
  const files = new Map<string, unknown>();
  const directories = [...new Set([...searchFiles.map((file) => dirname(file)), cwd])];
  for (const version of versions) {
    const holidays = version.calendar.holidays;
    if (holidays?.kind !== 'govuk-file' || files.has(holidays.path)) continue;
    const named = `named by calendar ${version.calendar.id}`;
    const candidates = isAbsolute(holidays.path) ? [holidays.path] : directories.map((directory) => resolve(directory, holidays.path));
    const found = candidates.find(isFile);
    if (found === undefined) return { ok: false, message: `cannot find the bank-holidays file "${holidays.path}" ${named}` };
    const shown = displayPath(found, cwd);
    const decoded = decodeSource(readFileSync(found), found);
    if (decoded.text === undefined) {
      const { line, column } = decoded.diagnostics[0]!.range;
      return { ok: false, message: `${shown}:${line}:${column}: the bank-holidays file ${named} is not UTF-8 text` };
    }
    let json: unknown;
    try {
      json = JSON.parse(decoded.text);
    } catch (error) {
      return { ok: false, message: `${shown}: the bank-holidays file ${named} is not valid JSON${jsonErrorPosition(error, decoded.text)}` };
    }
    const checked = holidaysFromGovUk(json, holidays.division);
    if ('error' in checked) return { ok: false, message: boundedMessage(`${shown}: the bank-holidays file ${named}: ${lowerFirst(checked.error)}`) };
    files.set(holidays.path, json);
  }
  return { ok: true, files };
}
