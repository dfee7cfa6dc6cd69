/**
 * The JSON Schema's complaints about a YAML policy (ajv errors) as diagnostics a person understands,
 * each pointing at the offending key or value in the YAML file:
 *
 *   WT502 an unknown field ("did you mean `starts-at`?"), WT503 a missing field,
 *   WT504 a value of the wrong kind ("`within` must be a duration such as `45 working days`").
 *
 * The schema's `anyOf`s list alternative shapes of one value, so the complaints of each alternative
 * are replaced by one message; its `oneOf`s pick a kind by its key (`timescale:`, `warn:`), so only
 * their `required` and `false` complaints are.
 */
import type { ErrorObject } from 'ajv';
import { closestName } from './closest-name.js';
import type { Diagnostic } from './diagnostic.js';
import type { SourceRange } from './source-range.js';
import { spellString } from './text-spelling.js';
import type { YamlLocations, YamlPath } from './yaml-locations.js';

const ITEM_NOUNS = new Map<string, string>([
  ['calendars', 'calendar'],
  ['events', 'event'],
  ['facts', 'fact'],
  ['rules', 'rule'],
  ['remove', 'removal'],
  ['escalations', 'escalation ladder'],
  ['thresholds', 'threshold document'],
  ['steps', 'escalation step'],
  ['levels', 'threshold level'],
  ['closed', 'closure'],
]);

const SECTION_HINTS = new Map<string, string>([
  ['timescales', 'Timescales go under `rules:`, each as `- timescale: <name>`.'],
  ['review-points', 'Review points go under `rules:`, each as `- review-point: <name>`.'],
  ['decision-points', 'Decision points go under `rules:`, each as `- decision-point: <name>`.'],
  ['removals', 'Removals go under `remove:`, each as `- timescale: <name>`.'],
  ['calendar', 'Calendars go under `calendars:`, a list.'],
]);

const RULE_KEYS = new Set(['timescale', 'review-point', 'decision-point']);

const TYPE_WORDS = new Map<string, string>([
  ['string', 'text'],
  ['array', 'a list'],
  ['object', 'a mapping of `key: value` lines'],
  ['boolean', '`true` or `false`'],
  ['integer', 'a whole number'],
  ['number', 'a number'],
]);

interface Context {
  value: unknown;
  locations: YamlLocations;
  file: string | undefined;
}

function pathOf(error: ErrorObject): string[] {
  if (error.instancePath === '') return [];
  return error.instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The path with indexes as numbers where the data holds a list. */
function typedPath(segments: string[], root: unknown): YamlPath {
  const out: (string | number)[] = [];
  let current: unknown = root;
  for (const segment of segments) {
    const key: string | number = Array.isArray(current) ? Number(segment) : segment;
    out.push(key);
    current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined;
  }
  return out;
}

function valueAt(root: unknown, path: YamlPath): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function isBelowOrAt(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** Leaves out the complaints that a combinator's own message replaces. */
function withoutAlternatives(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const namePaths = errors.filter((e) => e.keyword === 'propertyNames').map((e) => e.instancePath);
  return errors.filter((error) => {
    const path = error.instancePath;
    if (error.keyword !== 'anyOf' && anyOfPaths.some((p) => isBelowOrAt(path, p))) return false;
    if (error.keyword === 'required' && oneOfPaths.includes(path)) return false;
    if (error.keyword === 'false schema') return false;
    if (error.keyword === 'pattern' && namePaths.includes(path)) return false;
    return true;
  });
}

/** `rule \`assessment\``, `the policy header`, `\`holidays\``. */
function ownerOf(path: YamlPath, root: unknown, article: 'a' | 'the'): string {
  if (path.length === 0) return 'a policy file';
  const last = path[path.length - 1]!;
  if (path.length === 1 && last === 'policy') return 'the policy header';
  if (typeof last === 'number') {
    const noun = ITEM_NOUNS.get(String(path[path.length - 2])) ?? 'item';
    const item = valueAt(root, path);
    const id = nameOfItem(item);
    if (id !== undefined) return `${noun} \`${id}\``;
    if (article === 'the') return `${noun} ${last + 1} of \`${String(path[path.length - 2])}\``;
    return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
  }
  return `\`${last}\``;
}

function nameOfItem(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  for (const key of ['id', ...RULE_KEYS]) {
    const value = (item as Record<string, unknown>)[key];
    if (Object.prototype.hasOwnProperty.call(item, key) && typeof value === 'string') return value;
  }
  return undefined;
}

/** What the value at `path` is called in a message: `` `within` ``, `item 2 of \`cites\``. */
function subjectOf(path: YamlPath, root: unknown): string {
  if (path.length === 0) return 'The file';
  const last = path[path.length - 1]!;
  if (typeof last === 'number') {
    const owner = ownerOf(path, root, 'the');
    return owner.charAt(0).toUpperCase() + owner.slice(1);
  }
  return `\`${last}\``;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shown(value: unknown): string {
  if (value === null) return 'nothing';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `\`${value}\``;
  if (typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
  return Array.isArray(value) ? 'a list' : 'a mapping';
}

function expectation(error: ErrorObject): string {
  const own = (error.parentSchema as Record<string, unknown> | undefined)?.['x-expect'];
  if (typeof own === 'string') return own;
  if (error.keyword === 'type') return TYPE_WORDS.get(String(error.params['type'])) ?? String(error.params['type']);
  if (error.keyword === 'enum') return (error.params['allowedValues'] as unknown[]).map((v) => `\`${String(v)}\``).join(', ');
  return 'something else';
}

function quoteHint(path: YamlPath, value: unknown, error: ErrorObject): string | undefined {
  const expected = String(error.params['type'] ?? '');
  if (expected !== 'string' || (typeof value !== 'number' && typeof value !== 'boolean')) return undefined;
  const key = typeof path[path.length - 1] === 'string' ? `${String(path[path.length - 1])}: ` : '';
  return `Put it in quotes, as in \`${key}${spellString(String(value))}\`: without quotes YAML reads \`${String(value)}\` as a ${typeof value}.`;
}

function knownKeys(error: ErrorObject): string[] {
  const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties === undefined ? [] : Object.keys(properties);
}

function unknownKeyHint(key: string, path: YamlPath, known: string[]): string {
  const sectionHint = path.length === 0 ? SECTION_HINTS.get(key) : undefined;
  if (sectionHint !== undefined) return sectionHint;
  if (key === 'id' && known.includes('timescale')) return 'A rule is named by its kind: `timescale: <name>`, `review-point: <name>` or `decision-point: <name>`.';
  const close = closestName(key, known);
  if (close !== undefined) return `did you mean \`${close}\`?`;
  return `The fields here are ${known.map((k) => `\`${k}\``).join(', ')}.`;
}

function diagnosticFor(error: ErrorObject, context: Context): Diagnostic | undefined {
  const path = typedPath(pathOf(error), context.value);
  const value = valueAt(context.value, path);
  const { locations } = context;
  const make = (code: string, message: string, range: SourceRange, hint?: string): Diagnostic => ({
    severity: 'error',
    code,
    message,
    range,
    ...(context.file === undefined ? {} : { file: context.file }),
    ...(hint === undefined ? {} : { hint }),
  });
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      const range = locations.keyRange(path, key) ?? locations.firstLineRange(path);
      return make('WT502', `\`${key}\` is not a field of ${ownerOf(path, context.value, 'a')}`, range, unknownKeyHint(key, path, knownKeys(error)));
    }
    case 'required': {
      const missing = String(error.params['missingProperty']);
      if (path.length === 0 && missing === 'policy') {
        const range = locations.firstLineRange([]);
        return make('WT503', 'The file has no `policy:` header', range, 'Start the file with `policy:` and, under it, the policy\'s `id`.');
      }
      return make('WT503', `${capitalized(ownerOf(path, context.value, 'a'))} needs \`${missing}\``, locations.firstLineRange(path));
    }
    case 'dependencies': {
      const present = String(error.params['property']);
      const missing = String(error.params['missingProperty']);
      const range = locations.keyRange(path, present) ?? locations.firstLineRange(path);
      return make(
        'WT503',
        `\`${present}\` needs \`${missing}\` beside it`,
        range,
        'A rule requires an event within a time: `requires: assessment-complete` with `within: 45 working days`.',
      );
    }
    case 'oneOf': {
      const passing = error.params['passingSchemas'];
      const range = locations.firstLineRange(path);
      if (Array.isArray(passing)) {
        const kinds = [...RULE_KEYS].map((k) => `\`${k}\``).join(', ');
        return make('WT504', `${capitalized(ownerOf(path, context.value, 'a'))} has more than one kind: give only one of ${kinds}`, range);
      }
      return make('WT504', `${subjectOf(path, context.value)} must be ${expectation(error)}`, range);
    }
    case 'propertyNames': {
      const name = String(error.params['propertyName']);
      const range = locations.keyRange(path, name) ?? locations.valueRange(path);
      return make('WT504', `\`${name}\` is not a name`, range, 'Names are kebab-case: a letter, then letters, digits and single hyphens (`assessment-complete`).');
    }
    case 'uniqueItems': {
      const items = Array.isArray(value) ? value : [];
      const repeated = items[Number(error.params['i'])];
      return make('WT504', `${subjectOf(path, context.value)} gives ${shown(repeated)} twice`, locations.valueRange(path));
    }
    case 'type': {
      if (path.length === 0) {
        return make('WT504', 'A policy file is a mapping that starts with `policy:`', locations.firstLineRange([]), 'See "The YAML form" in docs/language.md.');
      }
      const message = value === null ? `${subjectOf(path, context.value)} has no value: it must be ${expectation(error)}` : `${subjectOf(path, context.value)} must be ${expectation(error)}, not ${shown(value)}`;
      return make('WT504', message, locations.valueRange(path), quoteHint(path, value, error));
    }
    default:
      return make('WT504', `${subjectOf(path, context.value)} must be ${expectation(error)}, not ${shown(value)}`, locations.valueRange(path));
  }
}

/** Diagnostics for the schema errors of `value`, the data of the YAML file that `locations` describes. */
export function schemaDiagnostics(
  errors: ErrorObject[],
  value: unknown,
  locations: YamlLocations,
  file?: string,
): Diagnostic[] {
  const context: Context = { value, locations, file };
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of withoutAlternatives(errors)) {
    const diagnostic = diagnosticFor(error, context);
    if (diagnostic === undefined) continue;
    const key = `${diagnostic.range.line}:${diagnostic.range.column}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic);
  }
  return out;
}
