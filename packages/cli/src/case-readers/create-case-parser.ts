import type { CaseFormat, CaseParser } from './case-item.js';
import { CsvCaseParser } from './csv-case-parser.js';
import type { CsvTyping } from './csv-value-typing.js';
import { JsonArrayParser } from './json-array-parser.js';
import { NdjsonParser } from './ndjson-parser.js';
import { XmlCaseParser } from './xml-case-parser.js';

export function createCaseParser(format: CaseFormat, file?: string, typing?: CsvTyping): CaseParser {
  switch (format) {
    case 'ndjson':
      return new NdjsonParser(file);
    case 'json':
      return new JsonArrayParser(file);
    case 'csv':
      return new CsvCaseParser(file, typing);
    case 'xml':
      return new XmlCaseParser(file, typing);
  }
}
