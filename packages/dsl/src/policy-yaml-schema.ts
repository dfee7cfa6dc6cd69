/**
 * The JSON Schema of the YAML form (`schemas/policy-yaml.schema.json`), compiled once. The schema
 * is also what editors use to check and complete policy files as they are typed.
 *
 * `x-expect` in the schema says, in words, what a value must look like; `yaml-schema-diagnostics.ts`
 * builds its messages from it.
 */
import AjvModule, { type ErrorObject } from 'ajv';
import schema from './schemas/policy-yaml.schema.json' with { type: 'json' };

const Ajv = AjvModule.default;

export const policyYamlSchema: unknown = schema;

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, verbose: true });
ajv.addKeyword({ keyword: 'x-expect', schemaType: 'string' });

const validate = ajv.compile(schema);

/** The schema's complaints about `value` (the YAML file read as plain data); empty when it conforms. */
export function policyYamlSchemaErrors(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}
