/**
 * `yamlCompletionsAt`: the keys that may be typed at a position of a policy's YAML form, from the
 * form's JSON Schema, with their descriptions. The place is found by writing a marker key where the
 * cursor is and reading the file with the `yaml` package, so that the path (`rules`, item 2) comes
 * from YAML's own reading of the indentation, not from a guess.
 */
import type { CompletionItem } from './completions.js';
import { rangeAtOffset } from './source-position.js';
import { readYamlDocument, yamlKeys } from './yaml-key-paths.js';
import { schemaKeysAt } from './yaml-schema-keys.js';

const MARKER = 'wt-completion-cursor-7f3a';
const KEY_BEFORE_CURSOR = /^(\s*(?:-\s+)*)([A-Za-z][A-Za-z0-9-]*)?$/;
const KEY_AFTER_CURSOR = /^[A-Za-z0-9-]*(?:\s*(?::.*)?)$/;

export function yamlCompletionsAt(source: string, offset: number): CompletionItem[] {
  try {
    const at = Math.min(Math.max(0, offset), source.length);
    const lineStart = Math.max(source.lastIndexOf('\n', at - 1) + 1, source.lastIndexOf('\r', at - 1) + 1);
    const lineEndAt = source.slice(at).search(/[\r\n]/);
    const lineEnd = lineEndAt < 0 ? source.length : at + lineEndAt;
    const before = KEY_BEFORE_CURSOR.exec(source.slice(lineStart, at));
    if (before === null || !KEY_AFTER_CURSOR.test(source.slice(at, lineEnd))) return [];
    const lead = before[1] ?? '';
    const patched = `${source.slice(0, lineStart)}${lead}${MARKER}:${source.slice(lineEnd)}`;
    const marker = yamlKeys(readYamlDocument(patched)).find((key) => key.path[key.path.length - 1] === MARKER);
    if (marker === undefined) return [];
    const start = rangeAtOffset(source, lineStart + lead.length);
    const cursor = rangeAtOffset(source, at);
    const replaceRange = { line: start.line, column: start.column, endLine: cursor.line, endColumn: cursor.column };
    return schemaKeysAt(marker.path.slice(0, -1), marker.siblings).map((key) => ({
      label: key.key,
      kind: 'key' as const,
      ...(key.expect === undefined ? {} : { detail: key.expect.replace(/`/g, '') }),
      ...(key.description === undefined ? {} : { documentation: key.description }),
      insertText: `${key.key}: `,
      replaceRange,
    }));
  } catch {
    return [];
  }
}
