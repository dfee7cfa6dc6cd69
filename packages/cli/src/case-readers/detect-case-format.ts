import { extname } from 'node:path';
import type { CaseFormat } from './case-item.js';

/** The format a file's extension names, if any: `.ndjson`/`.jsonl`, `.json`, `.csv`, `.xml` (a CIN census return). */
export function formatFromExtension(path: string): CaseFormat | undefined {
  switch (extname(path).toLowerCase()) {
    case '.ndjson':
    case '.jsonl':
      return 'ndjson';
    case '.json':
      return 'json';
    case '.csv':
      return 'csv';
    case '.xml':
      return 'xml';
    default:
      return undefined;
  }
}

/**
 * The format the start of some text looks like: `[` a JSON array; `<` XML (a CIN census return); `{`
 * NDJSON when the first line is a whole JSON value, else a single JSON object spread over lines;
 * anything else CSV.
 */
export function sniffFormat(start: string): CaseFormat {
  const text = start.charCodeAt(0) === 0xfeff ? start.slice(1) : start;
  const first = text.search(/\S/);
  if (first === -1) return 'ndjson';
  const char = text[first];
  if (char === '[') return 'json';
  if (char === '<') return 'xml';
  if (char !== '{') return 'csv';
  const newline = text.indexOf('\n', first);
  if (newline === -1) return 'ndjson';
  try {
    JSON.parse(text.slice(first, newline));
    return 'ndjson';
  } catch {
    return 'json';
  }
}
