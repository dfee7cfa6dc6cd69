/**
 * A case file through the CLI's readers (from bytes, as `wt eval --cases -` reads stdin) and each
 * record through a bundled policy's validation and evaluation, collecting what would be a crash or a
 * leak: an exception, an item that is neither a record nor an error, a message quoting case data,
 * a result that does not serialise.
 */
import { Readable } from 'node:stream';
import { parseIsoDate, type CompiledPolicy, type RecordError } from '@wt/engine';
import type { CaseFormat, CaseItem } from '../../../packages/cli/src/case-readers/case-item.js';
import { openCases } from '../../../packages/cli/src/case-readers/read-cases.js';
import { formatRecordProblem, printableId } from '../../../packages/cli/src/evaluation/rejection-report.js';
import { PLAIN_STYLE } from '../../../packages/cli/src/io/terminal.js';
import { csvRecord } from '../../../packages/cli/src/output/csv-record.js';
import { resultJson } from '../../../packages/cli/src/output/result-json.js';
import { tableRecord } from '../../../packages/cli/src/output/table-record.js';
import { MAX_MESSAGE_LENGTH } from './sane-diagnostics.js';

/** The mark of a value that must never reach a message: see SECRET_CASES in corpus.ts. */
export const SECRET = 'SECRET';

export async function readCaseBytes(chunks: readonly Uint8Array[], format?: CaseFormat): Promise<CaseItem[]> {
  const opened = await openCases({
    path: '-',
    displayName: 'fuzzed',
    absolutePath: '',
    stdin: Readable.from(chunks.map((chunk) => Buffer.from(chunk))),
    ...(format === undefined ? {} : { format }),
  });
  if (!opened.ok) throw new Error(`openCases refused stdin: ${opened.message}`);
  const items: CaseItem[] = [];
  for await (const batch of opened.source.batches()) items.push(...batch);
  return items;
}

/** Splits bytes at the given cuts (chunks as a stream delivers them). */
export function cut(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

/** Strings a message may quote: the names the record itself gives (its id, event types and ids, keys). */
function namesIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const names: string[] = [];
  const record = value as Record<string, unknown>;
  if (typeof record['id'] === 'string') names.push(record['id']);
  const events = Array.isArray(record['events']) ? record['events'] : [];
  for (const event of events) {
    if (typeof event !== 'object' || event === null) continue;
    for (const [key, item] of Object.entries(event as Record<string, unknown>)) {
      names.push(key);
      if ((key === 'type' || key === 'id') && typeof item === 'string') names.push(item);
    }
  }
  if (typeof record['facts'] === 'object' && record['facts'] !== null) names.push(...Object.keys(record['facts']));
  names.push(...Object.keys(record));
  return names.filter((name) => name.includes(SECRET)).sort((a, b) => b.length - a.length);
}

function leaks(text: string, allowed: readonly string[]): boolean {
  let rest = text;
  for (const name of allowed) rest = rest.split(name).join('');
  return rest.includes(SECRET);
}

function errorProblems(error: RecordError, allowed: readonly string[], where: string): string[] {
  const problems: string[] = [];
  const line = formatRecordProblem(error, PLAIN_STYLE);
  if (!error.code || !/^WT7\d\d$/.test(error.code)) problems.push(`${where}: code ${String(error.code)}`);
  if (error.message.length === 0 || error.message.length > MAX_MESSAGE_LENGTH) problems.push(`${where}: a message of ${error.message.length} characters`);
  // The case id is named (it is how people find a record): only its own place is left out.
  const withoutId = error.caseId === undefined ? line : line.replace(`case ${printableId(error.caseId)}: `, '');
  if (leaks(withoutId, allowed)) problems.push(`${where}: the message quotes case data: ${line.slice(0, 200)}`);
  return problems;
}

export interface CaseRunOptions {
  compiled: CompiledPolicy;
  asOf: string;
  explain: boolean;
}

/** Problems with the items read from one file, and with evaluating each record read. */
export function caseItemProblems(items: readonly CaseItem[], options: CaseRunOptions): string[] {
  const problems: string[] = [];
  const asOf = parseIsoDate(options.asOf)!;
  items.forEach((item, index) => {
    const where = `item ${index}`;
    if (item.origin.index !== index) problems.push(`${where} has index ${item.origin.index}`);
    if ((item.error === undefined) === !('value' in item)) problems.push(`${where} is both or neither a record and an error`);
    if (item.error !== undefined) {
      // A reader's error has no parsed record to take names from: it quotes nothing of the input.
      problems.push(...errorProblems(item.error, [], where));
      return;
    }
    const allowed = namesIn(item.value);
    try {
      const outcome = options.compiled.evaluateInput(item.value, asOf, item.origin, { explain: options.explain });
      for (const error of outcome.errors) problems.push(...errorProblems(error, allowed, where));
      for (const warning of outcome.warnings) if (leaks(warning, allowed)) problems.push(`${where}: a warning quotes case data: ${warning.slice(0, 200)}`);
      if (outcome.result === undefined) {
        if (outcome.errors.length === 0) problems.push(`${where} was neither evaluated nor rejected`);
        return;
      }
      const json = resultJson(outcome.result, options.explain);
      JSON.parse(json);
      csvRecord(outcome.result);
      tableRecord(outcome.result, PLAIN_STYLE, 20);
    } catch (error) {
      problems.push(`${where} threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : String(error)}`);
    }
  });
  return problems;
}

/** The non-blank lines of NDJSON text, as the reader counts them (a leading BOM ignored). */
export function ndjsonRecordLines(text: string): number[] {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  return lines.flatMap((line, index) => (/[^ \t\r]/.test(line) ? [index + 1] : []));
}
