import AjvModule, { type ErrorObject } from 'ajv';
import schema from './case-record.schema.json' with { type: 'json' };
import type { RecordError, RecordOrigin } from './case-record.js';
import type { CaseSchemaInfo } from './case-schema-info.js';
import { buildCaseRecord, type CaseEvent, type CaseRecord } from './case-timeline.js';
import { closestName } from '@wt/dsl';
import { parseRecordDate } from './record-date.js';
import { REJECTED, acceptValue, describeTypes } from './record-value.js';

/** The JSON Schema of a case record's generic shape (the policy decides types and attributes). */
export const caseRecordSchema: Readonly<Record<string, unknown>> = schema;

/**
 * Codes of the errors that reject a record. Messages name the field (`/events/3/date`) and never
 * quote an attribute, a fact or a date: case data is personal data.
 */
export const RECORD_ERROR_CODES = {
  notAnObject: 'WT701',
  badId: 'WT702',
  badShape: 'WT703',
  badDate: 'WT704',
  unknownEventType: 'WT705',
  badAttribute: 'WT706',
  badFact: 'WT707',
  tooManyEvents: 'WT708',
  duplicateId: 'WT710',
} as const;

/**
 * The most events one case may have. A child's case has tens or hundreds of events; a record with
 * more than this is a broken export, and is rejected before any of it is validated, so that work and
 * memory stay bounded.
 */
export const MAX_EVENTS_PER_CASE = 100_000;

export type ValidationOutcome =
  | { record: CaseRecord; errors: []; warnings: string[] }
  | { record: undefined; errors: RecordError[]; warnings: string[] };

const MAX_ERRORS_PER_RECORD = 50;
const hasOwn = Object.prototype.hasOwnProperty;

const Ajv = AjvModule.default;
const checkShape = new Ajv({ allErrors: true, strict: true }).compile(schema);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key from the input, quoted safely: keys are names, but the input decides how long they are. */
function quoteKey(key: string): string {
  const printable = key.replace(/[\u0000-\u001f\u007f`]/g, '?');
  return '`' + (printable.length > 40 ? printable.slice(0, 40) + '…' : printable) + '`';
}

/** A JSON pointer token (RFC 6901): `~` and `/` escaped. */
function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isName(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{0,59}$/.test(text);
}

function shapeError(error: ErrorObject): { field: string; code: string; message: string } {
  const path = error.instancePath;
  if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
    const field = `${path}/${missing}`;
    const code = field === '/id' ? RECORD_ERROR_CODES.badId : field.endsWith('/date') ? RECORD_ERROR_CODES.badDate : RECORD_ERROR_CODES.badShape;
    return { field, code, message: `${field} is missing` };
  }
  if (path === '/id') return { field: path, code: RECORD_ERROR_CODES.badId, message: '/id must be a non-empty string' };
  if (/^\/events\/\d+\/date$/.test(path)) {
    return { field: path, code: RECORD_ERROR_CODES.badDate, message: `${path} is not a valid date (YYYY-MM-DD)` };
  }
  return { field: path || '/', code: RECORD_ERROR_CODES.badShape, message: `${path || 'the record'} ${shapeWords(error)}` };
}

const TYPE_WORDS: Readonly<Record<string, string>> = { array: 'a list ([…])', object: 'an object ({…})', string: 'text (in quotes)' };

/** What the schema wants, in words for people rather than in JSON Schema's terms. */
function shapeWords(error: ErrorObject): string {
  if (error.keyword === 'type') {
    const wanted = String((error.params as { type?: unknown }).type);
    return `must be ${TYPE_WORDS[wanted] ?? wanted}`;
  }
  if (error.keyword === 'minLength') return 'must not be empty';
  return error.message ?? 'is not valid';
}

/** The errors found in one record so far, and what they must name. */
interface Problems {
  readonly origin: RecordOrigin;
  readonly caseId: string | undefined;
  readonly errors: RecordError[];
  /** Undeclared (event type, attribute) pairs already warned about; created when first needed. */
  undeclaredSeen: Set<string> | undefined;
}

function fail(problems: Problems, field: string, code: string, message: string): void {
  const { origin, caseId, errors } = problems;
  if (errors.length >= MAX_ERRORS_PER_RECORD) return;
  errors.push(caseId === undefined ? { origin, field, code, message } : { origin, caseId, field, code, message });
}

function isReservedEventKey(key: string): boolean {
  return key === 'type' || key === 'date' || key === 'id';
}

/** One event of the record: undefined when it is rejected (the problems say why) or malformed. */
function validateEvent(
  raw: unknown,
  index: number,
  info: CaseSchemaInfo,
  problems: Problems,
  warnings: string[],
): CaseEvent | undefined {
  // Malformed events were reported by the JSON Schema.
  if (!isPlainObject(raw) || typeof raw.type !== 'string' || typeof raw.date !== 'string') return undefined;
  const type = raw.type;
  const day = parseRecordDate(raw.date);
  if (day === undefined) fail(problems, `/events/${index}/date`, RECORD_ERROR_CODES.badDate, `/events/${index}/date is not a valid date (YYYY-MM-DD)`);
  const declared = info.events.get(type);
  if (!declared) {
    const hint = closestName(type, info.events.keys());
    const named = isName(type) ? `the event type ${quoteKey(type)}` : 'the event type';
    const message = `/events/${index}/type: ${named} is not declared by the policy${hint ? ` (did you mean \`${hint}\`?)` : ''}`;
    fail(problems, `/events/${index}/type`, RECORD_ERROR_CODES.unknownEventType, message);
    return undefined;
  }
  const attributes: Record<string, unknown> = Object.create(null);
  for (const key in raw) {
    if (!hasOwn.call(raw, key) || isReservedEventKey(key)) continue;
    const value = raw[key];
    if (value === null) continue;
    const types = declared.get(key);
    if (!types) {
      const once = `${type}\u0000${key}`;
      const seen = (problems.undeclaredSeen ??= new Set());
      if (!seen.has(once)) {
        seen.add(once);
        warnings.push(`/events/${index} (${type}) has an attribute ${quoteKey(key)} that the policy does not declare`);
      }
      attributes[key] = value;
      continue;
    }
    const accepted = acceptValue(types, value);
    if (accepted === REJECTED) {
      const field = `/events/${index}/${pointerToken(key)}`;
      fail(problems, field, RECORD_ERROR_CODES.badAttribute, `${field} must be ${describeTypes(types)}`);
    } else {
      attributes[key] = accepted;
    }
  }
  if (day === undefined) return undefined;
  const id = raw.id;
  return typeof id === 'string' ? { type, day, index, id, attributes } : { type, day, index, attributes };
}

function validateFacts(rawFacts: Record<string, unknown>, info: CaseSchemaInfo, problems: Problems, warnings: string[]): Record<string, unknown> {
  const facts: Record<string, unknown> = Object.create(null);
  for (const key in rawFacts) {
    if (!hasOwn.call(rawFacts, key)) continue;
    const value = rawFacts[key];
    if (value === null) continue;
    const types = info.facts.get(key);
    if (!types) {
      warnings.push(`the fact ${quoteKey(key)} is not declared by the policy`);
      facts[key] = value;
      continue;
    }
    const accepted = acceptValue(types, value);
    if (accepted === REJECTED) {
      const field = `/facts/${pointerToken(key)}`;
      fail(problems, field, RECORD_ERROR_CODES.badFact, `${field} must be ${describeTypes(types)}`);
    } else {
      facts[key] = accepted;
    }
  }
  return facts;
}

/**
 * Checks one case record against the generic schema and against what the policy declares, and turns it
 * into the engine's `CaseRecord`. Undeclared attributes and facts are kept and reported as warnings.
 */
export function validateCase(
  input: unknown,
  policy: CaseSchemaInfo | { readonly schema: CaseSchemaInfo },
  origin: RecordOrigin,
): ValidationOutcome {
  const info = 'schema' in policy ? policy.schema : policy;
  const warnings: string[] = [];
  if (!isPlainObject(input)) {
    const what = Array.isArray(input) ? 'an array' : input === null ? 'null' : `a ${typeof input}`;
    return {
      record: undefined,
      errors: [{ origin, code: RECORD_ERROR_CODES.notAnObject, message: `the record is ${what}, not a JSON object` }],
      warnings,
    };
  }
  const caseId = typeof input.id === 'string' && input.id.length > 0 ? input.id : undefined;
  const problems: Problems = { origin, caseId, errors: [], undeclaredSeen: undefined };
  if (Array.isArray(input.events) && input.events.length > MAX_EVENTS_PER_CASE) {
    const message = `the case has ${input.events.length} events, more than the ${MAX_EVENTS_PER_CASE} a case may have`;
    fail(problems, '/events', RECORD_ERROR_CODES.tooManyEvents, message);
    return { record: undefined, errors: problems.errors, warnings };
  }
  if (!checkShape(input)) {
    for (const error of checkShape.errors ?? []) {
      const { field, code, message } = shapeError(error);
      fail(problems, field, code, message);
    }
  }

  const events: CaseEvent[] = [];
  const rawEvents: unknown[] = Array.isArray(input.events) ? input.events : [];
  for (let index = 0; index < rawEvents.length; index++) {
    const event = validateEvent(rawEvents[index], index, info, problems, warnings);
    if (event) events.push(event);
  }
  const facts = isPlainObject(input.facts) ? validateFacts(input.facts, info, problems, warnings) : Object.create(null);

  if (problems.errors.length > 0 || caseId === undefined) {
    if (problems.errors.length === 0) fail(problems, '/id', RECORD_ERROR_CODES.badId, '/id must be a non-empty string');
    return { record: undefined, errors: problems.errors, warnings };
  }
  return { record: buildCaseRecord(caseId, events, facts, warnings, info.eventTypeIds), errors: [], warnings };
}

/** One line for a person: "line 4, case C-1: /events/3/date is not a valid date (YYYY-MM-DD) [WT704]". */
export function formatRecordError(error: RecordError): string {
  const where = [
    error.origin.file,
    error.origin.line !== undefined ? `line ${error.origin.line}` : `record ${error.origin.index}`,
    error.caseId !== undefined ? `case ${error.caseId}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  return `${where}: ${error.message} [${error.code}]`;
}
