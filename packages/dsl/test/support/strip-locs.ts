/** Test support: a copy of an IR value without `loc`, `statutoryLoc` and `extendsLoc`, for deep equality. */
const LOCATION_KEYS = new Set(['loc', 'statutoryLoc', 'extendsLoc']);

export function stripLocs<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => stripLocs(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!LOCATION_KEYS.has(key)) copy[key] = stripLocs(item);
  }
  return copy as T;
}
