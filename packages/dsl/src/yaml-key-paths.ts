/**
 * Where the keys of a YAML file stand in its structure: for each key, the path of keys and list
 * indexes from the root to it (`['rules', 0, 'within']`), and its place in the source.
 */
import { isPair, isScalar, isSeq, parseDocument, visit, type Document, type Pair } from 'yaml';
import type { YamlPath } from './yaml-locations.js';

export interface YamlKey {
  /** The key's path: the keys and indexes of its ancestors, then the key itself. */
  path: YamlPath;
  /** Its offsets in the source: `[start, end)`. */
  start: number;
  end: number;
  /** The other keys of the same mapping, in order. */
  siblings: string[];
  pair: Pair;
}

/** The YAML document, read without failing (errors stay in `document.errors`). */
export function readYamlDocument(source: string): Document.Parsed {
  return parseDocument(source, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
}

/** Every scalar key of the document, in source order. */
export function yamlKeys(document: Document.Parsed): YamlKey[] {
  const keys: YamlKey[] = [];
  visit(document, {
    Pair(_index, pair, ancestors) {
      if (!isScalar(pair.key) || pair.key.range === undefined || pair.key.range === null) return;
      const path: (string | number)[] = [];
      for (let depth = 0; depth < ancestors.length; depth++) {
        const node = ancestors[depth];
        const inner = ancestors[depth + 1] ?? pair;
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        else if (isSeq(node)) path.push(node.items.indexOf(inner as never));
      }
      const parent = ancestors[ancestors.length - 1] as { items?: unknown[] } | undefined;
      const siblings = (parent?.items ?? []).flatMap((item) => (isPair(item) && isScalar(item.key) && item !== pair ? [String(item.key.value)] : []));
      keys.push({ path: [...path, String(pair.key.value)], start: pair.key.range[0], end: pair.key.range[1], siblings, pair });
    },
  });
  return keys;
}
