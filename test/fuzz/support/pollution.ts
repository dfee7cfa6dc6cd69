/** Whether any input has reached into Object.prototype (or the other built-in prototypes). */
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;

function snapshot(): string[] {
  return PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).map(String).sort().join(','));
}

const BEFORE = snapshot();

/** Empty when no prototype has gained, lost or changed a key since this module was loaded. */
export function pollutionProblems(): string[] {
  const problems: string[] = [];
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x', 'y', 'a']) {
    if (probe[key] !== undefined) problems.push(`({}).${key} is ${String(probe[key])}`);
  }
  const now = snapshot();
  now.forEach((keys, index) => {
    if (keys !== BEFORE[index]) problems.push(`the keys of ${['Object', 'Array', 'Function', 'String'][index]}.prototype changed`);
  });
  if (Object.getPrototypeOf(probe) !== Object.prototype) problems.push('a new object has another prototype');
  return problems;
}
