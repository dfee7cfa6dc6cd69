/** Test support: a source with its cursor written inline as `|` (`requires asse|`), split into the text and the offset. */
export function withCursor(marked: string, marker = '|'): { source: string; offset: number } {
  const offset = marked.indexOf(marker);
  if (offset < 0 || marked.indexOf(marker, offset + 1) >= 0) throw new Error(`expected exactly one ${marker} in the test source`);
  return { source: marked.slice(0, offset) + marked.slice(offset + marker.length), offset };
}
