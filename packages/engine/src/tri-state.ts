/**
 * The value of a condition under three-valued (Kleene) logic: `true`, `false`, or `'unknown'` when a
 * name it needs is missing. `'unknown'` is a string constant so that a result reads well in JSON and
 * compares by identity on the hot path.
 */
export const UNKNOWN = 'unknown';

export type TriState = true | false | typeof UNKNOWN;
