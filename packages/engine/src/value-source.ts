/**
 * Where a condition reads the values of its names: the facts of a case (thresholds) or the attributes
 * of one event (`where` filters). Either
 * - a plain record, read through own-property checks only, so that `__proto__`, `constructor` or
 *   `toString` are absent unless the record itself holds them; or
 * - a function from a name to its value (a `Map`: `(name) => map.get(name)`); the function is
 *   trusted to do its own own-property checks.
 * A value that is `undefined` or `null` is missing.
 */
export type ValueSource = Readonly<Record<string, unknown>> | ((name: string) => unknown);

const hasOwn = Object.prototype.hasOwnProperty;

export function readValue(source: ValueSource, name: string): unknown {
  if (typeof source === 'function') return source(name);
  return hasOwn.call(source, name) ? source[name] : undefined;
}

export function isMissing(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}
