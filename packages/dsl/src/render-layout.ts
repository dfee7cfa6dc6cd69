/**
 * Turns laid-out declarations into text, putting each `//` comment back beside the line it belongs to:
 *
 * - a comment on a line of its own belongs to the first construct after it in the source (it is
 *   printed on its own line just above that construct's line, indented like it); comments after the
 *   last construct stay at the end of the file;
 * - a comment after code on the same line belongs to the last construct that starts before it (it is
 *   printed at the end of that construct's line); a second such comment goes on its own line above;
 * - comments before the first declaration that are followed by a blank line are the file's header and
 *   stay at the top.
 *
 * Every placement reads back to the same attachment, which makes formatting idempotent.
 */
import type { CommentToken } from './lexer.js';
import {
  comparePositions,
  INDENT,
  type LayoutDeclaration,
  type LayoutLine,
  type SourcePosition,
} from './text-layout.js';

interface Attached {
  leading: string[];
  trailing: string[];
}

interface PlacedComments {
  header: string[];
  footer: string[];
  byLine: Map<LayoutLine, Attached>;
}

interface AnchorEntry {
  position: SourcePosition;
  line: LayoutLine;
}

function commentText(comment: CommentToken): string {
  return comment.text.trimEnd();
}

function sourceLines(source: string | undefined): string[] {
  return source === undefined ? [] : source.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

function isTrailing(comment: CommentToken, lines: string[]): boolean {
  const before = lines[comment.range.line - 1]?.slice(0, comment.range.column - 1) ?? '';
  return before.trim() !== '';
}

function isFollowedByBlankLine(comment: CommentToken, lines: string[]): boolean {
  const next = lines[comment.range.line];
  return next !== undefined && next.trim() === '';
}

function attachedTo(byLine: Map<LayoutLine, Attached>, line: LayoutLine): Attached {
  let attached = byLine.get(line);
  if (attached === undefined) {
    attached = { leading: [], trailing: [] };
    byLine.set(line, attached);
  }
  return attached;
}

/** The first entry at or after `position` (binary search over sorted anchors). */
function firstAtOrAfter(anchors: AnchorEntry[], position: SourcePosition): number {
  let low = 0;
  let high = anchors.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (comparePositions(anchors[middle]!.position, position) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function placeComments(
  declarations: LayoutDeclaration[],
  comments: readonly CommentToken[],
  source: string | undefined,
): PlacedComments {
  const placed: PlacedComments = { header: [], footer: [], byLine: new Map() };
  const anchors = declarations
    .flatMap((declaration) => declaration.lines)
    .flatMap((line) => line.anchors.map((position) => ({ position, line })))
    .sort((a, b) => comparePositions(a.position, b.position));
  const lines = sourceLines(source);
  const ordered = [...comments].sort((a, b) => comparePositions(a.range, b.range));
  const first = anchors[0]?.position;
  const beforeFirst = first === undefined ? ordered : ordered.filter((c) => comparePositions(c.range, first) < 0);
  let headerLength = 0;
  beforeFirst.forEach((comment, index) => {
    if (!isTrailing(comment, lines) && isFollowedByBlankLine(comment, lines)) headerLength = index + 1;
  });
  for (const [index, comment] of ordered.entries()) {
    const text = commentText(comment);
    if (index < headerLength) {
      placed.header.push(text);
      continue;
    }
    const next = firstAtOrAfter(anchors, comment.range);
    if (isTrailing(comment, lines) && next > 0) {
      const attached = attachedTo(placed.byLine, anchors[next - 1]!.line);
      if (attached.trailing.length === 0) attached.trailing.push(text);
      else attached.leading.push(text);
    } else if (next < anchors.length) {
      attachedTo(placed.byLine, anchors[next]!.line).leading.push(text);
    } else {
      placed.footer.push(text);
    }
  }
  return placed;
}

function renderDeclaration(declaration: LayoutDeclaration, placed: PlacedComments): string[] {
  const out: string[] = [];
  const lines = declaration.lines;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const attached = placed.byLine.get(line) ?? { leading: [], trailing: [] };
    const next = lines[index + 1];
    const nextAttached = next === undefined ? undefined : placed.byLine.get(next);
    const emptyBlock = line.opensBlock === true && next?.closesBlock === true && (nextAttached?.leading.length ?? 0) === 0;
    const trailing = emptyBlock ? [...attached.trailing, ...(nextAttached?.trailing ?? [])] : attached.trailing;
    const commentDepth = line.closesBlock === true ? line.depth + 1 : line.depth;
    for (const comment of [...attached.leading, ...trailing.slice(1)]) out.push(INDENT.repeat(commentDepth) + comment);
    const text = emptyBlock ? `${line.text}}` : line.text;
    const comment = trailing[0] === undefined ? '' : `  ${trailing[0]}`;
    out.push(INDENT.repeat(line.depth) + text + comment);
    if (emptyBlock) index++;
  }
  return out;
}

/** The text of `declarations` with `comments` (from the source `source`) put back in place. */
export function renderLayout(
  declarations: LayoutDeclaration[],
  comments: readonly CommentToken[] = [],
  source?: string,
): string {
  const placed = placeComments(declarations, comments, source);
  const out: string[] = [];
  if (placed.header.length > 0) out.push(...placed.header, '');
  declarations.forEach((declaration, index) => {
    const previous = declarations[index - 1];
    const grouped = previous !== undefined && declaration.group !== undefined && previous.group === declaration.group;
    if (index > 0 && !grouped) out.push('');
    out.push(...renderDeclaration(declaration, placed));
  });
  if (placed.footer.length > 0) out.push('', ...placed.footer);
  return `${out.join('\n')}\n`;
}
