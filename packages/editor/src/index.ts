/**
 * @wt/editor: the browser editor is an application (see index.html and src/main.ts). Its pure,
 * browser-free parts are exported for reuse and tests.
 */
export { timelineSvg, timelineRange, STATUS_COLOURS } from './timeline-svg.js';
export type { TimelineInput } from './timeline-svg.js';
export { svg, svgToString, svgText, walkSvg, escapeXml, SVG_NS } from './svg-node.js';
export type { SvgNode } from './svg-node.js';
export { readCaseFile } from './case-import.js';
export type { ImportedCases } from './case-import.js';
