/**
 * Writes synthetic cases as NDJSON, one case per line, building the text directly (no JSON.stringify)
 * so that a million cases take seconds. Each line equals `JSON.stringify(toCaseRecord(case))`.
 * Names and values come from the generator, never from users, and contain no characters that JSON
 * would escape.
 */
import { generateSyntheticCases, type CaseloadOptions } from './generate-caseload.js';
import type { SyntheticCase, SyntheticValue } from './synthetic-case.js';
import { isoDay } from './synthetic-days.js';

function jsonValue(value: SyntheticValue): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

export function caseNdjsonLine(synthetic: SyntheticCase): string {
  let line = `{"id":"${synthetic.id}","events":[`;
  for (let i = 0; i < synthetic.events.length; i++) {
    const event = synthetic.events[i]!;
    if (i > 0) line += ',';
    line += `{"type":"${event.type}","date":"${isoDay(event.day)}"`;
    if (event.attribute !== undefined && event.value !== undefined) line += `,"${event.attribute}":${jsonValue(event.value)}`;
    line += '}';
  }
  line += ']';
  if (synthetic.facts.length > 0) {
    line += ',"facts":{';
    for (let i = 0; i < synthetic.facts.length; i++) {
      const [name, value] = synthetic.facts[i]!;
      if (i > 0) line += ',';
      line += `"${name}":${jsonValue(value)}`;
    }
    line += '}';
  }
  return line + '}\n';
}

/** The caseload as NDJSON text, in chunks of about `chunkSize` characters. */
export function* caseloadNdjsonChunks(options: CaseloadOptions, chunkSize = 1 << 20): Generator<string> {
  let chunk = '';
  for (const synthetic of generateSyntheticCases(options)) {
    chunk += caseNdjsonLine(synthetic);
    if (chunk.length >= chunkSize) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}
