/**
 * A self-contained HTML page: inline CSS, inline SVG, no script, no external request. Its
 * Content-Security-Policy allows nothing but its own stylesheet, named by hash: `default-src 'none'`,
 * `style-src 'sha256-…'`, so even an injected tag could neither run nor load anything.
 */
import { sha256 } from '@wt/dsl';
import { escapeHtml } from './html-escape.js';

const STYLE = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #5f6368; --rule: #d0d7de; --stricter: #1a7f37; --looser: #9a6700; --other: #8250df; --removed: #cf222e; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .5rem; }
h2 { border-bottom: 1px solid var(--rule); padding-bottom: .2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--rule); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
td code { white-space: nowrap; }
dd code { overflow-wrap: anywhere; }
.tone-stricter, .tone-good, .tone-added { color: var(--stricter); font-weight: 600; }
.tone-looser { color: var(--looser); font-weight: 600; }
.tone-not-comparable, .tone-mixed { color: var(--other); font-weight: 600; }
.tone-removed, .tone-bad { color: var(--removed); font-weight: 600; }
.tone-neutral, .tone-muted { color: var(--muted); }
.tone-changed { color: #0969da; }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.panel { border: 1px solid var(--rule); padding: .5rem 1rem; }
.panel h5 { margin: .2rem 0; font-size: 1rem; }
figure { margin: 1rem 0; }
svg text { font-size: 13px; fill: var(--ink); }
rect.bar { fill: #0969da; }
rect.tone-stricter, rect.tone-good { fill: var(--stricter); }
rect.tone-looser { fill: var(--looser); }
rect.tone-bad, rect.tone-removed { fill: var(--removed); }
footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; }
@media print { body { margin: 0; max-width: none; } }
`;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const STYLE_HASH = `sha256-${base64(sha256(STYLE))}`;

/** The page's Content-Security-Policy. */
export const PAGE_CONTENT_SECURITY_POLICY = `default-src 'none'; style-src '${STYLE_HASH}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

export interface HtmlPage {
  title: string;
  /** The body's HTML, already escaped. */
  body: string;
  /** A line for the footer, plain text (escaped here). */
  footer?: string;
}

export function htmlPage(page: HtmlPage): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    page.body,
    '</main>',
    page.footer === undefined ? '' : `<footer>${escapeHtml(page.footer)}</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
