import { describe, expect, it } from 'vitest';
import { yamlHoverAt } from '../src/yaml-hover.js';
import { schemaKeyAt, schemaKeysAt } from '../src/yaml-schema-keys.js';
import { withCursor } from './support/cursor.js';

function hover(marked: string) {
  const { source, offset } = withCursor(marked);
  return yamlHoverAt(source, offset);
}

describe('yamlHoverAt', () => {
  it('says what a key holds and what its value must look like, over the key', () => {
    expect(hover('policy:\n  id: p\nrules:\n  - timescale: a\n    wit|hin: 3 days\n')).toEqual({
      range: { line: 5, column: 5, endLine: 5, endColumn: 11 },
      markdown:
        '`within` — How long after the start the required event is due: `45 working days`, `10 days`, `2 weeks`, `6 months`. Give `requires` with it.\n\nExpects a duration such as `45 working days`, `10 days`, `2 weeks` or `3 months`.',
    });
  });

  it('describes sections and the keys of nested mappings', () => {
    expect(hover('poli|cy:\n  id: p\n')?.markdown).toMatch(/^`policy` — The policy's name and its header/);
    expect(hover('policy:\n  id: p\ncalendars:\n  - id: c\n    holidays:\n      divi|sion: scotland\n')?.markdown).toMatch(/^`division` — The division of the file/);
  });

  it('shows nothing for a key the schema does not know, a value, or text that is not YAML', () => {
    expect(hover('policy:\n  id: p\n  bog|us: 1\n')).toBeUndefined();
    expect(hover('policy:\n  id: p|\n')).toBeUndefined();
    expect(hover('policy:\n  id: p\n  title: Kestrel Va|le\n')).toBeUndefined();
    expect(hover('\t{[|')).toBeUndefined();
  });
});

describe('the schema behind the YAML hovers', () => {
  /** Every key path the schema names, through lists and nested mappings. */
  function keyPaths(path: (string | number)[], depth: number): (string | number)[][] {
    if (depth > 4) return [];
    return schemaKeysAt(path).flatMap((key) => {
      const keyPath = [...path, key.key];
      const inner = key.type === 'array' ? [...keyPath, 0] : keyPath;
      return [keyPath, ...keyPaths(inner, depth + 1)];
    });
  }

  it('describes every key a policy file may hold, so that no key hovers empty', () => {
    const paths = keyPaths([], 0);
    expect(paths.length).toBeGreaterThan(60);
    expect(paths.filter((path) => schemaKeyAt(path)?.description === undefined).map((path) => path.join('.'))).toEqual([]);
  });
});
