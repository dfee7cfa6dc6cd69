/** The four output formats of `wt eval`. */
import { COLOURED_STYLE, PLAIN_STYLE } from '../io/terminal.js';
import { csvRow } from './csv-cell.js';
import { CSV_COLUMNS, csvRecord } from './csv-record.js';
import type { OutputFormat, ResultFormat, ResultFormatOptions } from './result-format.js';
import { resultJson } from './result-json.js';
import { writeResultJson } from './result-json-bytes.js';
import { tableRecord } from './table-record.js';

export function resultFormat(format: OutputFormat, options: ResultFormatOptions): ResultFormat {
  switch (format) {
    case 'ndjson':
      return {
        start: '',
        separator: '',
        record: (result) => `${resultJson(result, options.explain)}\n`,
        writeRecord: (result, out) => {
          writeResultJson(out, result, options.explain);
          out.text('\n');
        },
        end: () => '',
      };
    case 'json':
      return {
        start: '[\n',
        separator: ',\n',
        record: (result) => resultJson(result, options.explain),
        writeRecord: (result, out) => writeResultJson(out, result, options.explain),
        end: (empty) => (empty ? '[]\n' : '\n]\n'),
      };
    case 'csv': {
      const header = csvRow(CSV_COLUMNS);
      return { start: header, separator: '', record: csvRecord, end: (empty) => (empty ? header : '') };
    }
    case 'table': {
      const style = options.colour ? COLOURED_STYLE : PLAIN_STYLE;
      return { start: '', separator: '\n', record: (result) => tableRecord(result, style, options.ruleWidth), end: () => '' };
    }
  }
}
