/**
 * The keys the YAML form's JSON Schema allows at a place in a policy file, with their descriptions:
 * the schema walked along a path of keys and list indexes, through `$ref`, `anyOf` and `oneOf`.
 * For editors: completion of keys and hover on them.
 */
import schema from './schemas/policy-yaml.schema.json' with { type: 'json' };
import type { YamlPath } from './yaml-locations.js';

interface SchemaNode {
  $ref?: string;
  description?: string;
  'x-expect'?: string;
  type?: string;
  properties?: Record<string, SchemaNode | boolean>;
  additionalProperties?: SchemaNode | boolean;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
}

export interface SchemaKey {
  key: string;
  /** What the key holds, from the schema (Markdown: names in backticks). */
  description?: string;
  /** What its value must look like, from the schema's `x-expect`. */
  expect?: string;
  /** The JSON type of its value, when the schema gives one (`array`, `object`, `string`). */
  type?: string;
}

const root = schema as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

function resolve(node: SchemaNode): SchemaNode {
  const name = /^#\/definitions\/(.+)$/.exec(node.$ref ?? '')?.[1];
  const target = name === undefined ? undefined : new Map(Object.entries(root.definitions)).get(name);
  return target === undefined ? node : { ...resolve(target), ...withoutRef(node) };
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/** The node and every alternative it allows (`anyOf`, `oneOf`), each resolved. */
function alternatives(node: SchemaNode): SchemaNode[] {
  const resolved = resolve(node);
  const choices = [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])];
  return [resolved, ...choices.flatMap(alternatives)];
}

function ownProperty(node: SchemaNode, key: string): SchemaNode | undefined {
  const property = node.properties === undefined ? undefined : new Map(Object.entries(node.properties)).get(key);
  return typeof property === 'object' ? property : undefined;
}

function child(node: SchemaNode, segment: string | number): SchemaNode[] {
  if (typeof segment === 'number') return node.items === undefined ? [] : [node.items];
  const property = ownProperty(node, segment);
  if (property !== undefined) return [property];
  return typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [];
}

/** The schema nodes (with their alternatives) that describe the value at `path`. */
export function schemaNodesAt(path: YamlPath): SchemaNode[] {
  let nodes = alternatives(root);
  for (const segment of path) nodes = nodes.flatMap((node) => child(node, segment)).flatMap(alternatives);
  return nodes;
}

function describe(key: string, property: SchemaNode): SchemaKey {
  const resolved = resolve(property);
  const description = property.description ?? resolved.description;
  const expect = property['x-expect'] ?? resolved['x-expect'];
  const type = resolved.type;
  return { key, ...(description === undefined ? {} : { description }), ...(expect === undefined ? {} : { expect }), ...(type === undefined ? {} : { type }) };
}

/**
 * The keys a mapping at `path` may hold, in schema order, leaving out those already written and
 * those that a `oneOf` choice already made rules out (a rule that says `timescale:` is no `review-point:`).
 */
export function schemaKeysAt(path: YamlPath, written: readonly string[] = []): SchemaKey[] {
  const nodes = schemaNodesAt(path);
  const excluded = new Set([...written, ...excludedByChoice(nodes, written)]);
  const keys = new Map<string, SchemaKey>();
  for (const node of nodes) {
    for (const [key, property] of Object.entries(node.properties ?? {})) {
      if (typeof property !== 'object' || excluded.has(key) || keys.has(key)) continue;
      keys.set(key, describe(key, property));
    }
  }
  return [...keys.values()];
}

function excludedByChoice(nodes: readonly SchemaNode[], written: readonly string[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const choices = (node.oneOf ?? []).map(resolve);
    const chosen = choices.find((choice) => (choice.required ?? []).some((key) => written.includes(key)));
    if (chosen === undefined) continue;
    for (const other of choices) if (other !== chosen) out.push(...(other.required ?? []).filter((key) => !(chosen.required ?? []).includes(key)));
    for (const [key, allowed] of Object.entries(chosen.properties ?? {})) if (allowed === false) out.push(key);
  }
  return out;
}

/** The schema's account of the key at the end of `path` (`['rules', 0, 'within']`). */
export function schemaKeyAt(path: YamlPath): SchemaKey | undefined {
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  for (const node of schemaNodesAt(path.slice(0, -1))) {
    const property = ownProperty(node, key);
    if (property !== undefined) return describe(key, property);
  }
  return undefined;
}
