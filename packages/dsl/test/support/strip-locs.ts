/** Test support: a copy of an IR value without source locations (`loc` and every `…Loc` key), for deep equality. */
const isLocationKey = (key: string): boolean => key === 'loc' || key.endsWith('Loc');

export function stripLocs<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => stripLocs(item)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (!isLocationKey(key)) copy[key] = stripLocs(item);
  }
  return copy as T;
}
