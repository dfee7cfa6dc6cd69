/**
 * The published documents are safe: every string from a policy is escaped, in the exported HTML and
 * Markdown and in the HTML of a diff, and each HTML page carries a strict Content-Security-Policy
 * (nothing may run or load; its one stylesheet is allowed by its hash). The editor's page carries
 * its own strict policy (checked here in its source; in the browser by the editor's e2e tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText, sha256Hex } from '@wt/dsl';
import { escapeHtml, PAGE_CONTENT_SECURITY_POLICY } from '@wt/engine';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../fuzz/support/corpus.js';
import { runWtInProcess } from '../support/run-wt-in-process.js';

const FIXTURES = join(REPO_ROOT, 'test/security/fixtures');
const HOSTILE = readFileSync(join(FIXTURES, 'hostile-protocol.wt'), 'utf8');

/** Every string the hostile policy writes in quotes (its titles, labels, citations, roles…). */
function quotedStrings(source: string): string[] {
  const strings = [...source.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!.replace(/\\(["\\])/g, '$1'));
  return strings.filter((text) => /[<>[\]&]/.test(text));
}

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).filter((words) => words[0]).map(([name, ...values]) => [name!, values]));
}

/** Problems with an HTML page from wt: its CSP, and anything in it that could run or load. */
function pageProblems(html: string): string[] {
  const problems: string[] = [];
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)];
  if (metas.length !== 1) problems.push(`${metas.length} CSP meta elements`);
  const csp = directives(metas[0]?.[1] ?? '');
  if (csp.get('default-src')?.join(' ') !== "'none'") problems.push(`default-src is ${csp.get('default-src')?.join(' ')}`);
  for (const name of ['base-uri', 'form-action', 'img-src']) if (csp.get(name)?.join(' ') !== "'none'") problems.push(`${name} is not 'none'`);
  if (csp.has('script-src') || csp.has('connect-src')) problems.push('the CSP allows scripts or connections');
  if ((metas[0]?.[1] ?? '').includes('unsafe')) problems.push('the CSP allows something unsafe');
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  const hashes = styles.map((style) => `'sha256-${Buffer.from(sha256Hex(style), 'hex').toString('base64')}'`);
  if (JSON.stringify(csp.get('style-src')) !== JSON.stringify(hashes)) problems.push(`style-src ${csp.get('style-src')?.join(' ')} is not the hash of the page's style`);
  // Text from the policy is escaped, so every `<` left in the page opens one of the renderer's own tags.
  const tags = html.match(/<[a-zA-Z][^>]*>/g) ?? [];
  // Inline SVG (the report's charts) is drawing only: under this CSP it can neither run nor load.
  if (tags.some((tag) => /^<(script|iframe|object|embed|img|link|base|form|foreignObject|use|image|animate|set)\b/i.test(tag))) problems.push('an element that could run or load something');
  if (tags.some((tag) => /\son\w+\s*=/i.test(tag))) problems.push('an event-handler attribute');
  const links = tags.flatMap((tag) => [...tag.matchAll(/\s(?:href|src)\s*=\s*"?([^"\s>]*)/gi)].map((match) => match[1]!));
  const outward = links.filter((link) => !link.startsWith('#'));
  if (outward.length > 0) problems.push(`links out of the page: ${outward.join(', ')}`);
  return problems;
}

describe('the published documents', () => {
  const strings = quotedStrings(HOSTILE);

  it('are built from a policy whose every string holds markup (the test is not vacuous)', () => {
    expect(parseText(HOSTILE).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(strings.length).toBeGreaterThanOrEqual(12);
  });

  it('wt export --to html: a strict CSP, nothing that runs or loads, every string escaped', async () => {
    const run = await runWtInProcess(['export', 'hostile-protocol.wt', '--to', 'html'], { cwd: FIXTURES, env: { WT_NO_BUNDLED_POLICIES: '1' } });
    expect(run.code).toBe(0);
    expect(pageProblems(run.stdout)).toEqual([]);
    expect(run.stdout).toContain(`content="${PAGE_CONTENT_SECURITY_POLICY}"`);
    for (const text of strings) {
      // Markdown-looking text (`[x](javascript:…)`) is plain text in HTML; markup must be escaped.
      if (/[<>&]/.test(text)) expect(run.stdout).not.toContain(text);
      expect(run.stdout, text).toContain(escapeHtml(text));
    }
  });

  it('wt diff --format html: the same', async () => {
    const run = await runWtInProcess(['diff', 'hostile-protocol.wt', 'hostile-protocol-next.wt', '--format', 'html'], { cwd: FIXTURES, env: { WT_NO_BUNDLED_POLICIES: '1' } });
    expect([0, 1]).toContain(run.code);
    expect(pageProblems(run.stdout)).toEqual([]);
    for (const text of strings) if (/[<>&]/.test(text)) expect(run.stdout).not.toContain(text);
  });

  it('wt report --format html: the same, with case ids holding markup too', async () => {
    const args = ['report', '--policy', 'hostile-protocol.wt', '--cases', 'hostile-cases.ndjson', '--period', '2024-01-01..2024-12-31', '--as-of', '2024-12-31'];
    const run = await runWtInProcess([...args, '--format', 'html'], { cwd: FIXTURES, env: { WT_NO_BUNDLED_POLICIES: '1' } });
    expect(run.code, run.stderr).toBe(0);
    expect(pageProblems(run.stdout)).toEqual([]);
    const ids = readFileSync(join(FIXTURES, 'hostile-cases.ndjson'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    for (const text of [...strings, ...ids]) if (/[<>&]/.test(text)) expect(run.stdout).not.toContain(text);
    expect(run.stdout).toContain(escapeHtml(ids[0]!));
    const markdown = await runWtInProcess([...args, '--format', 'markdown'], { cwd: FIXTURES, env: { WT_NO_BUNDLED_POLICIES: '1' } });
    for (const text of [...strings, ...ids]) expect(markdown.stdout).not.toContain(text);
    expect(markdown.stdout.match(/<(?!br>)\w/g)).toBeNull();
  });

  it('wt export --to md: no string from the policy is left as markup or a link', async () => {
    const run = await runWtInProcess(['export', 'hostile-protocol.wt', '--to', 'md'], { cwd: FIXTURES, env: { WT_NO_BUNDLED_POLICIES: '1' } });
    expect(run.code).toBe(0);
    for (const text of strings) expect(run.stdout).not.toContain(text);
    // What remains of markup is the renderer's own line breaks in table cells.
    expect(run.stdout.match(/<(?!br>)\w/g)).toBeNull();
    expect(run.stdout).not.toMatch(/(?<!\\)!\[|(?<!\\)\]\(/);
  });

  it('catches a page that would run, load or link out (the checks are not vacuous)', () => {
    const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'unsafe-inline'"><style>x</style><img src=x onerror=alert(1)><a href="https://evil.example">&lt;b onclick=x&gt;`;
    expect(pageProblems(page)).toEqual(
      expect.arrayContaining(['default-src is \'self\'', 'the CSP allows scripts or connections', 'the CSP allows something unsafe', 'an element that could run or load something', 'an event-handler attribute', 'links out of the page: x, https://evil.example']),
    );
  });
});

describe('the editor’s page', () => {
  const html = readFileSync(join(REPO_ROOT, 'packages/editor/index.html'), 'utf8');
  const csp = directives(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '');

  it('carries a strict Content-Security-Policy: scripts only from its own origin, never inline or evaluated', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-src']) expect(csp.get(name), name).toEqual(["'none'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    // The editor component (Monaco) sets styles inline; styles cannot run code.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
  });
});
