import { it } from 'vitest';
import { printYaml } from '../src/print-yaml.js';
import { localExample } from './fixtures/example-policies.js';
it('x', () => {
  console.log(printYaml({ ...localExample, events: [ { id: 'e', attributes: ['first-attribute', 'second-attribute', 'third-attribute', 'fourth-attribute'].map((name) => ({ name, type: { kind: 'enum' as const, values: ['alpha', 'beta'] } })) } ] }));
});
