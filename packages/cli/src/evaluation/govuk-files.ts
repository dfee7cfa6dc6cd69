/**
 * GOV.UK `bank-holidays.json` files that calendars name (`holidays file "…" division "…"`), read for
 * the engine. A path is looked up beside the policy file, then beside each other policy file read
 * (the base that declared the calendar), then in the working directory.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { ResolvedPolicy } from '@wt/dsl';
import { isFile } from '../policy-files.js';

export type GovukFilesResult = { ok: true; files: Map<string, unknown> } | { ok: false; message: string };

export function readGovukFiles(versions: readonly ResolvedPolicy[], searchFiles: readonly string[], cwd: string): GovukFilesResult {
  const files = new Map<string, unknown>();
  const directories = [...new Set([...searchFiles.map((file) => dirname(file)), cwd])];
  for (const version of versions) {
    const holidays = version.calendar.holidays;
    if (holidays?.kind !== 'govuk-file' || files.has(holidays.path)) continue;
    const candidates = isAbsolute(holidays.path) ? [holidays.path] : directories.map((directory) => resolve(directory, holidays.path));
    const found = candidates.find(isFile);
    if (found === undefined) return { ok: false, message: `cannot find the bank-holidays file "${holidays.path}" named by calendar ${version.calendar.id}` };
    try {
      files.set(holidays.path, JSON.parse(readFileSync(found, 'utf8')));
    } catch {
      return { ok: false, message: `the bank-holidays file "${holidays.path}" is not valid JSON` };
    }
  }
  return { ok: true, files };
}
