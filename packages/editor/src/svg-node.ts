/**
 * A small SVG tree: built by pure functions (the timeline), then turned into DOM nodes with
 * createElementNS and textContent, or into text with every attribute and text escaped. Nothing from a
 * policy or a case ever goes through innerHTML.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: (SvgNode | string)[];
}

export const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs: Record<string, string | number> = {}, children: (SvgNode | string)[] = []): SvgNode {
  return { tag, attrs, children };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function svgToString(node: SvgNode): string {
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const root = node.tag === 'svg' && !('xmlns' in node.attrs) ? ` xmlns="${SVG_NS}"` : '';
  const children = node.children.map((child) => (typeof child === 'string' ? escapeXml(child) : svgToString(child))).join('');
  return `<${node.tag}${root}${attrs}>${children}</${node.tag}>`;
}

export function svgToDom(node: SvgNode, doc: Document): SVGElement {
  const element = doc.createElementNS(SVG_NS, node.tag) as SVGElement;
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, String(value));
  for (const child of node.children) {
    if (typeof child === 'string') element.appendChild(doc.createTextNode(child));
    else element.appendChild(svgToDom(child, doc));
  }
  return element;
}

/** Every node of the tree, depth first (for tests and lookups). */
export function* walkSvg(node: SvgNode): Generator<SvgNode> {
  yield node;
  for (const child of node.children) if (typeof child !== 'string') yield* walkSvg(child);
}

/** The text inside a node and its descendants. */
export function svgText(node: SvgNode): string {
  return node.children.map((child) => (typeof child === 'string' ? child : svgText(child))).join('');
}
