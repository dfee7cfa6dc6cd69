/**
 * Structural equality of IR fragments, ignoring source locations (`loc` and `…Loc` keys) and keys whose
 * value is undefined: two conditions written on different lines are the same condition.
 */
export function sameStructure(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameStructure(item, b[index]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const aKeys = meaningfulKeys(a);
  const bKeys = meaningfulKeys(b);
  if (aKeys.length !== bKeys.length) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameStructure(aRecord[key], bRecord[key]));
}

function meaningfulKeys(value: object): string[] {
  return Object.entries(value)
    .filter(([key, item]) => item !== undefined && key !== 'loc' && !key.endsWith('Loc'))
    .map(([key]) => key);
}
