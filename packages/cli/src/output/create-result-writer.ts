import type { ResolvedPolicy } from '@wt/dsl';
import { PLAIN_STYLE, type Style } from '../io/terminal.js';
import { csvWriter } from './csv-writer.js';
import { jsonArrayWriter } from './json-array-writer.js';
import { ndjsonWriter } from './ndjson-writer.js';
import type { OutputFormat, ResultWriter, ResultWriterOptions } from './result-writer.js';
import { tableWriter } from './table-writer.js';

export interface CreateResultWriterOptions extends ResultWriterOptions {
  /** Colours for the table; plain when undefined. */
  style: Style | undefined;
  ruleWidth: number;
}

export function createResultWriter(format: OutputFormat, options: CreateResultWriterOptions): ResultWriter {
  switch (format) {
    case 'ndjson':
      return ndjsonWriter(options);
    case 'json':
      return jsonArrayWriter(options);
    case 'csv':
      return csvWriter(options);
    case 'table':
      return tableWriter({ ...options, style: options.style ?? PLAIN_STYLE });
  }
}

export function ruleWidthOf(versions: readonly ResolvedPolicy[]): number {
  let width = 0;
  for (const version of versions) for (const rule of version.rules) width = Math.max(width, rule.id.length);
  return width;
}
