/**
 * CSV cells are text; the policy's declared types say which become booleans and numbers. A cell
 * that fits none of its types is passed on as text, so that validation reports it (by field, never
 * by value). Undeclared columns are typed by their look: `true`/`false`, numbers, else text.
 */
import type { AttributeType } from '@wt/dsl';

/** The types a policy accepts for an attribute or fact (a policy set may accept several). */
export interface CsvTyping {
  attributeTypes(event: string, attribute: string): readonly AttributeType[] | undefined;
  factTypes(fact: string): readonly AttributeType[] | undefined;
  /** Whether the policy declares the event type; the census (XML) reader keeps only those. */
  declaresEvent?(event: string): boolean;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function typedCell(text: string, types: readonly AttributeType[] | undefined): unknown {
  const trimmed = text.trim();
  const wants = (kind: AttributeType['kind']) => types === undefined || types.some((type) => type.kind === kind);
  if (types !== undefined && types.some((type) => type.kind !== 'boolean' && type.kind !== 'number')) {
    // Text is acceptable: keep it unless it can only be read as one of the other types.
    if (!wants('boolean') && !wants('number')) return text;
  }
  if (wants('boolean')) {
    const lower = trimmed.toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
  }
  if (wants('number') && NUMBER.test(trimmed)) return Number(trimmed);
  return text;
}
