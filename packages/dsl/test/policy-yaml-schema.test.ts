import { describe, expect, it } from 'vitest';
import { policyYamlSchema, policyYamlSchemaErrors } from '../src/policy-yaml-schema.js';
import { printYaml } from '../src/print-yaml.js';
import { parse } from 'yaml';
import { baselineExample } from './fixtures/example-policies.js';

type Schema = { [key: string]: unknown; properties?: Record<string, Schema>; definitions?: Record<string, Schema>; $ref?: string };

const schema = policyYamlSchema as Schema;

function resolve(node: Schema): Schema {
  const name = node.$ref?.replace('#/definitions/', '');
  return name === undefined ? node : schema.definitions![name]!;
}

/** Every `properties` map in the schema, with where it is. */
function propertyMaps(node: unknown, where: string, out: [string, Record<string, Schema>][] = []): [string, Record<string, Schema>][] {
  if (node === null || typeof node !== 'object') return out;
  const properties = (node as Schema).properties;
  if (properties !== undefined) out.push([where, properties]);
  for (const [key, child] of Object.entries(node)) propertyMaps(child, `${where}/${key}`, out);
  return out;
}

describe('the JSON Schema of the YAML form', () => {
  it('describes every property, so that editors can show what it means', () => {
    for (const [where, properties] of propertyMaps(schema, '#')) {
      for (const [key, property] of Object.entries(properties)) {
        if (typeof property !== 'object') continue; // `false`: a key forbidden in one branch
        const description = property.description ?? resolve(property).description;
        expect(typeof description, `${where}/${key}`).toBe('string');
      }
    }
  });

  it('allows no field it does not know', () => {
    for (const [where] of propertyMaps(schema, '#').filter(([w]) => !w.includes('oneOf'))) {
      const owner = where.split('/properties')[0]!.split('/').reduce<unknown>((node, key) => (key === '#' ? schema : (node as Record<string, unknown>)[key]), schema) as Schema;
      expect(owner['additionalProperties'], where).toBe(false);
    }
  });

  it('accepts a printed policy read with a generic YAML reader (as an editor does)', () => {
    expect(policyYamlSchemaErrors(parse(printYaml(baselineExample)))).toEqual([]);
  });
});
