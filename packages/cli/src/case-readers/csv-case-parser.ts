/**
 * Cases from a CSV file with one row per event (layout in csv-header.ts). The rows of one case must
 * be contiguous: a case is complete when the next row names another case. A case whose rows
 * reappear later is rejected there (WT724), without buffering the file. A row with empty `event`
 * and `date` carries only facts. Empty cells are absent attributes.
 */
import { MAX_EVENTS_PER_CASE, RECORD_ERROR_CODES, type RecordError, type RecordOrigin } from '@wt/engine';
import type { CaseItem, CaseParser } from './case-item.js';
import { readCsvHeader, type CsvLayout } from './csv-header.js';
import { CsvRowSplitter, type CsvRow, type CsvRowEvent } from './csv-row-splitter.js';
import { typedCell, type CsvTyping } from './csv-value-typing.js';
import { CASE_CODES } from './record-error-codes.js';
import { isNotUtf8, NOT_UTF8_MESSAGE, TOO_LONG_ROW_MESSAGE } from './record-limits.js';

interface OpenCase {
  id: string;
  origin: RecordOrigin;
  events: Record<string, unknown>[];
  facts: Record<string, unknown> | undefined;
  factLines: Map<string, number>;
  error?: RecordError;
}

export class CsvCaseParser implements CaseParser {
  private readonly rows = new CsvRowSplitter();
  private layout: CsvLayout | undefined;
  private headerFailed = false;
  private current: OpenCase | undefined;
  private readonly firstLines = new Map<string, number>();
  private index = 0;

  constructor(
    private readonly file?: string,
    private readonly typing?: CsvTyping,
  ) {}

  push(chunk: string): CaseItem[] {
    return this.consume(this.rows.push(chunk), false);
  }

  end(): CaseItem[] {
    return this.consume(this.rows.end(), true);
  }

  private consume(events: CsvRowEvent[], atEnd: boolean): CaseItem[] {
    const items: CaseItem[] = [];
    for (const event of events) {
      if ('row' in event) this.readRow(event.row, items);
      else if ('tooLongAt' in event) this.fail(event.tooLongAt, CASE_CODES.tooLong, TOO_LONG_ROW_MESSAGE, items);
      else this.fail(event.unterminatedQuoteAt, CASE_CODES.csvUnterminatedQuote, 'a quoted field is never closed', items);
    }
    if (atEnd) this.closeCase(items);
    return items;
  }

  private readRow(row: CsvRow, items: CaseItem[]): void {
    if (this.headerFailed) return;
    if (this.layout === undefined) {
      const header = readCsvHeader(row.fields);
      if (header.layout !== undefined) {
        this.layout = header.layout;
      } else {
        this.headerFailed = true;
        this.pushError(items, { line: row.line, index: this.index++, file: this.file }, CASE_CODES.csvHeader, header.problem ?? 'bad header');
      }
      return;
    }
    const layout = this.layout;
    const id = (row.fields[layout.caseColumn] ?? '').trim();
    if (id === '') {
      this.closeCase(items);
      this.pushError(items, { line: row.line, index: this.index++, file: this.file }, CASE_CODES.csvNoCaseId, 'no case id in the case column');
      return;
    }
    if (this.current === undefined || this.current.id !== id) {
      this.closeCase(items);
      this.current = this.openCase(id, row.line);
    }
    const open = this.current;
    if (open.error !== undefined) return;
    if (row.fields.length !== layout.width) {
      open.error = this.errorAt(open, row.line, CASE_CODES.csvFieldCount, `line ${row.line} has ${row.fields.length} fields; the header has ${layout.width}`);
      return;
    }
    if (row.fields.some(isNotUtf8)) {
      open.error = this.errorAt(open, row.line, CASE_CODES.notUtf8, NOT_UTF8_MESSAGE);
      return;
    }
    if (open.events.length >= MAX_EVENTS_PER_CASE) {
      // The events are not kept beyond the engine's limit, so that memory stays bounded.
      const message = `the case has more than the ${MAX_EVENTS_PER_CASE} events a case may have (rows from line ${open.origin.line})`;
      open.error = this.errorAt(open, row.line, RECORD_ERROR_CODES.tooManyEvents, message, '/events');
      open.events = [];
      return;
    }
    this.addRow(open, row, layout);
  }

  private openCase(id: string, line: number): OpenCase {
    const origin: RecordOrigin = { line, index: this.index++, file: this.file };
    const open: OpenCase = { id, origin, events: [], facts: undefined, factLines: new Map() };
    const firstLine = this.firstLines.get(id);
    if (firstLine !== undefined) {
      open.error = this.errorAt(
        open,
        line,
        CASE_CODES.csvNotContiguous,
        `the rows of case ${id} are not together (it first appears on line ${firstLine}); sort the file by case`,
      );
    } else {
      this.firstLines.set(id, line);
    }
    if (this.layout!.facts.length > 0) open.facts = Object.create(null) as Record<string, unknown>;
    return open;
  }

  private addRow(open: OpenCase, row: CsvRow, layout: CsvLayout): void {
    const type = row.fields[layout.eventColumn]!.trim();
    const date = row.fields[layout.dateColumn]!.trim();
    for (const { column, name } of layout.facts) {
      const cell = row.fields[column]!;
      if (cell === '') continue;
      const value = typedCell(cell, this.typing?.factTypes(name));
      const firstLine = open.factLines.get(name);
      if (firstLine === undefined) {
        setOwn(open.facts!, name, value);
        open.factLines.set(name, row.line);
      } else if (open.facts![name] !== value) {
        open.error = this.errorAt(open, row.line, CASE_CODES.csvFactConflict, `fact ${name} has different values on lines ${firstLine} and ${row.line}`, `/facts/${name}`);
        return;
      }
    }
    if (type === '' && date === '') return;
    const event: Record<string, unknown> = { type, date };
    if (layout.eventIdColumn !== undefined) {
      const eventId = row.fields[layout.eventIdColumn]!.trim();
      if (eventId !== '') event['id'] = eventId;
    }
    for (const { column, name } of layout.attributes) {
      const cell = row.fields[column]!;
      if (cell === '') continue;
      setOwn(event, name, typedCell(cell, this.typing?.attributeTypes(type, name)));
    }
    open.events.push(event);
  }

  private closeCase(items: CaseItem[]): void {
    const open = this.current;
    if (open === undefined) return;
    this.current = undefined;
    if (open.error !== undefined) {
      items.push({ origin: open.origin, error: open.error });
      return;
    }
    const value: Record<string, unknown> = { id: open.id, events: open.events };
    if (open.facts !== undefined) value['facts'] = { ...open.facts };
    items.push({ value, origin: open.origin });
  }

  private fail(line: number, code: string, message: string, items: CaseItem[]): void {
    this.closeCase(items);
    this.pushError(items, { line, index: this.index++, file: this.file }, code, message);
  }

  private errorAt(open: OpenCase, line: number, code: string, message: string, field?: string): RecordError {
    return { origin: { ...open.origin, line }, caseId: open.id, code, message, ...(field ? { field } : {}) };
  }

  private pushError(items: CaseItem[], origin: RecordOrigin, code: string, message: string): void {
    items.push({ origin, error: { origin, code, message } });
  }
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
