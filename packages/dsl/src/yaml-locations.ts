/**
 * Where things stand in a YAML file: the node at a path of keys and indexes, and its range in the
 * 1-based lines and columns of diagnostics.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { SourceRange } from './source-range.js';
import { LineIndex } from './line-index.js';
import { UNKNOWN_RANGE } from './source-range.js';

export type YamlPath = readonly (string | number)[];

export class YamlLocations {
  private readonly lines: LineIndex;

  constructor(
    private readonly document: Document.Parsed,
    private readonly source: string,
  ) {
    this.lines = new LineIndex(source);
  }

  /** The range between two offsets of the source. */
  range(start: number, end: number): SourceRange {
    // Offsets are kept inside the text: the YAML reader may place an error just past its end.
    const from = this.lines.position(start);
    const to = this.lines.position(Math.max(start, end));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  private resolve(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.document) : node;
  }

  /** The pair of the mapping at `path` whose key is `key`. */
  pair(path: YamlPath, key: string): Pair | undefined {
    const map = this.node(path);
    if (!isMap(map)) return undefined;
    // `findLast`: of a key given twice (WT505), the value read is the last one.
    return map.items.findLast((item) => isScalar(item.key) && String(item.key.value) === key);
  }

  /** The node at `path`, following aliases; undefined when there is none. */
  node(path: YamlPath): Node | undefined {
    let current: unknown = this.resolve(this.document.contents);
    for (const segment of path) {
      if (isMap(current)) {
        const pair = current.items.findLast((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        current = this.resolve(pair?.value);
      } else if (isSeq(current)) {
        current = this.resolve(current.items[Number(segment)]);
      } else {
        return undefined;
      }
    }
    return current === null || current === undefined ? undefined : (current as Node);
  }

  private nodeRange(node: Node | undefined | null): SourceRange | undefined {
    const range = node?.range;
    if (range === undefined || range === null) return undefined;
    return this.trimmedRange(range[0], range[1]);
  }

  /** The range of the value at `path`, or of the nearest enclosing node that has one. */
  valueRange(path: YamlPath): SourceRange {
    for (let length = path.length; length >= 0; length--) {
      const prefix = path.slice(0, length);
      const own = this.nodeRange(this.node(prefix));
      const isEmpty = own !== undefined && own.line === own.endLine && own.column === own.endColumn;
      if (own !== undefined && !isEmpty) return own;
      const key = prefix[prefix.length - 1];
      if (typeof key === 'string') {
        const keyRange = this.keyRange(prefix.slice(0, -1), key);
        if (keyRange !== undefined) return keyRange;
      }
    }
    return UNKNOWN_RANGE;
  }

  /** The range of the key `key` in the mapping at `path`. */
  keyRange(path: YamlPath, key: string): SourceRange | undefined {
    const pair = this.pair(path, key);
    return isScalar(pair?.key) ? this.nodeRange(pair.key) : undefined;
  }

  /** From the start of the key `key` to the end of its value. */
  pairRange(path: YamlPath, key: string): SourceRange | undefined {
    const pair = this.pair(path, key);
    const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
    const value = pair?.value as Node | null | undefined;
    const valueRange = value?.range ?? keyRange;
    if (keyRange === undefined || keyRange === null || valueRange === undefined || valueRange === null) return undefined;
    return this.trimmedRange(keyRange[0], valueRange[1]);
  }

  /** The range between two offsets, without the line breaks and spaces that end a block node. */
  private trimmedRange(start: number, end: number): SourceRange {
    let last = end;
    while (last > start && /\s/.test(this.source[last - 1] ?? '')) last--;
    return this.range(start, last);
  }

  /** The first line of the node at `path` (a whole mapping would cover many lines). */
  firstLineRange(path: YamlPath): SourceRange {
    const range = this.valueRange(path);
    if (range.endLine === range.line) return range;
    const lineText = this.source.split(/\r\n|\r|\n/)[range.line - 1] ?? '';
    return { line: range.line, column: range.column, endLine: range.line, endColumn: Math.max(range.column, lineText.trimEnd().length + 1) };
  }

  /**
   * Where the text of the scalar at `path` begins: after the opening quote of a quoted scalar, on
   * the first line of content of a block scalar. Fragments in the text syntax are parsed from there.
   */
  contentStart(path: YamlPath): { line: number; column: number } {
    const node = this.node(path);
    if (!isScalar(node) || node.range === undefined || node.range === null) {
      const range = this.valueRange(path);
      return { line: range.line, column: range.column };
    }
    let offset = node.range[0];
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') offset += 1;
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
      const lineEnd = this.source.indexOf('\n', offset);
      offset = lineEnd < 0 ? offset : lineEnd + 1;
      while (this.source[offset] === ' ') offset++;
    }
    return this.lines.position(offset);
  }
}

