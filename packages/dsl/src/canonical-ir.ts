/**
 * The canonical form of a policy: what is left when everything that only says *where* something was
 * written is taken away. Two IRs mean the same policy exactly when their canonical forms are equal,
 * whichever spelling (text or YAML) and layout they came from.
 *
 * - every source location is dropped: `loc`, and any key ending in `Loc` (`statutoryLoc`, `extendsLoc`);
 * - keys are in a stable (code-unit) order, so equal forms serialize to equal JSON;
 * - `undefined` members are dropped, as JSON would.
 */

function isLocationKey(key: string): boolean {
  return key === 'loc' || key.endsWith('Loc');
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty keeps a key spelled `__proto__` an ordinary own member.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function canonicalize(value: unknown, ancestors: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.has(value)) throw new TypeError('canonicalIr: the value contains a cycle');
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => canonicalize(item, ancestors));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      if (isLocationKey(key)) continue;
      const member = (value as Record<string, unknown>)[key];
      if (member === undefined || typeof member === 'function') continue;
      setOwn(out, key, canonicalize(member, ancestors));
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

/** A deep copy of `value` without source locations and with its keys in a stable order. */
export function canonicalIr<T>(value: T): T {
  return canonicalize(value, new Set()) as T;
}

function writeJson(value: unknown, ancestors: Set<object>): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return undefined;
  }
  const object = value as object;
  if (ancestors.has(object)) throw new TypeError('canonicalJson: the value contains a cycle');
  ancestors.add(object);
  try {
    if (Array.isArray(object)) {
      return `[${object.map((item) => writeJson(item, ancestors) ?? 'null').join(',')}]`;
    }
    const toJson = (object as { toJSON?: unknown }).toJSON;
    if (typeof toJson === 'function') return writeJson(toJson.call(object), ancestors);
    const members: string[] = [];
    for (const key of Object.keys(object).sort()) {
      const text = writeJson((object as Record<string, unknown>)[key], ancestors);
      if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
    }
    return `{${members.join(',')}}`;
  } finally {
    ancestors.delete(object);
  }
}

/** JSON with object keys sorted and no whitespace: equal values give equal strings. */
export function canonicalJson(value: unknown): string {
  return writeJson(value, new Set()) ?? 'null';
}
