import type { CaseItem, CaseParser } from '../../src/case-readers/case-item.js';

/** Feeds `text` to a parser cut at the given offsets, and returns every item it produced. */
export function feed(parser: CaseParser, text: string, cuts: readonly number[] = []): CaseItem[] {
  const items: CaseItem[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b)) {
    items.push(...parser.push(text.slice(from, cut)));
    from = cut;
  }
  items.push(...parser.push(text.slice(from)));
  items.push(...parser.end());
  return items;
}

export function values(items: readonly CaseItem[]): unknown[] {
  return items.filter((item) => item.error === undefined).map((item) => item.value);
}

export function problems(items: readonly CaseItem[]): { line: number | undefined; code: string; message: string }[] {
  return items.flatMap((item) => (item.error ? [{ line: item.error.origin.line, code: item.error.code, message: item.error.message }] : []));
}
