/**
 * The header row of a case CSV: `case,event,date`, then optional `event-id`, attribute columns, and
 * `fact:NAME` columns. `case_id` and `type` are accepted for `case` and `event`. Columns with an
 * empty name are ignored.
 */
export interface CsvLayout {
  caseColumn: number;
  eventColumn: number;
  dateColumn: number;
  eventIdColumn?: number;
  attributes: { column: number; name: string }[];
  facts: { column: number; name: string }[];
  width: number;
}

const ALIASES = new Map([
  ['case', 'case'],
  ['case_id', 'case'],
  ['case-id', 'case'],
  ['event', 'event'],
  ['type', 'event'],
  ['date', 'date'],
  ['event-id', 'event-id'],
  ['event_id', 'event-id'],
]);

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function readCsvHeader(fields: readonly string[]): { layout?: CsvLayout; problem?: string } {
  const seen = new Map<string, number>();
  const roles = new Map<string, number>();
  const attributes: CsvLayout['attributes'] = [];
  const facts: CsvLayout['facts'] = [];
  for (let column = 0; column < fields.length; column++) {
    const name = fields[column]!.trim();
    if (name === '') continue;
    if (seen.has(name)) return { problem: `column "${name}" appears twice (columns ${seen.get(name)! + 1} and ${column + 1})` };
    seen.set(name, column);
    const role = ALIASES.get(name.toLowerCase());
    if (role !== undefined) {
      if (roles.has(role)) return { problem: `two columns name the ${role} (columns ${roles.get(role)! + 1} and ${column + 1})` };
      roles.set(role, column);
      continue;
    }
    const isFact = name.startsWith('fact:');
    const key = isFact ? name.slice(5).trim() : name;
    if (key === '' || FORBIDDEN.has(key)) return { problem: `column ${column + 1} has a name that cannot be used ("${name}")` };
    (isFact ? facts : attributes).push({ column, name: key });
  }
  const missing = ['case', 'event', 'date'].filter((role) => !roles.has(role));
  if (missing.length > 0) {
    return { problem: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected case,event,date,…)` };
  }
  return {
    layout: {
      caseColumn: roles.get('case')!,
      eventColumn: roles.get('event')!,
      dateColumn: roles.get('date')!,
      ...(roles.has('event-id') ? { eventIdColumn: roles.get('event-id')! } : {}),
      attributes,
      facts,
      width: fields.length,
    },
  };
}
