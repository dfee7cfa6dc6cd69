/** `yamlHoverAt`: on a key of a policy's YAML form, what the key holds, from the form's JSON Schema. */
import type { Hover } from './hover.js';
import { rangeAtOffset } from './source-position.js';
import { readYamlDocument, yamlKeys } from './yaml-key-paths.js';
import { schemaKeyAt } from './yaml-schema-keys.js';

export function yamlHoverAt(source: string, offset: number): Hover | undefined {
  try {
    const key = yamlKeys(readYamlDocument(source)).find((candidate) => candidate.start <= offset && offset <= candidate.end);
    if (key === undefined) return undefined;
    const described = schemaKeyAt(key.path);
    if (described === undefined || (described.description === undefined && described.expect === undefined)) return undefined;
    const start = rangeAtOffset(source, key.start);
    const end = rangeAtOffset(source, key.end);
    const paragraphs = [`\`${described.key}\`${described.description === undefined ? '' : ` — ${described.description}`}`];
    if (described.expect !== undefined) paragraphs.push(`Expects ${described.expect}.`);
    return { range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column }, markdown: paragraphs.join('\n\n') };
  } catch {
    return undefined;
  }
}
