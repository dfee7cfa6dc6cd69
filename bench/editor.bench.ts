/**
 * The editor in Chromium (Debian's /usr/bin/chromium through playwright-core, the editor tests'
 * harness): the editor is built and served, then
 * - editorJsGzipKb: the JavaScript the page requests before it is usable (until `body[data-ready]`),
 *   each file gzipped (level 9), summed, in KiB;
 * - editorKeystrokeMs: on a 1,000-line policy with 200 imported cases, the time from a keystroke's
 *   `keydown` event in the page until the frame that shows its update has been drawn — the draft
 *   re-read, checked and compiled, its markers set, the selected case evaluated and its results and
 *   timeline redrawn, then the browser's style, layout and paint of that frame — read from
 *   `performance.now()` in the page (the median of the keystrokes). It includes any pause the editor
 *   waits for typing to stop. Also reported: the same up to the end of the update's script (before
 *   layout and paint), and the keystrokes timed from outside the page (CDP round trips included).
 *   The whole caseload (for the summary) is evaluated afterwards in the background and not counted.
 * Skipped, with the reason, when /usr/bin/chromium is absent.
 *
 *   pnpm exec tsx bench/editor.bench.ts [--quick] [--json]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateCaseload } from '../examples/generator/generate-caseload.js';
import { chromiumAvailable, startHarness } from '../packages/editor/test/browser-harness.js';
import { openEditor, selectText, updates, waitForUpdate, watchPage, type PageLog } from '../packages/editor/test/editor-page.js';
import { largePolicy } from '../packages/editor/test/northmere-edits.js';
import { median } from './timing.js';

export interface EditorBenchFigures {
  name: 'editor';
  skipped?: string;
  /** JavaScript loaded before the page is usable. */
  scripts?: number;
  jsKb?: number;
  jsGzipKb?: number;
  /** Every script the page loaded in the whole run (workers and anything loaded on demand too), gzip. */
  allScripts?: number;
  allJsGzipKb?: number;
  /** Keystroke to the drawn frame with updated markers and results, in the page (median, ms). */
  keystrokeMs?: number;
  keystrokesMs?: number[];
  /** Keystroke to the end of the update's script, before layout and paint (median, ms). */
  keystrokeScriptMs?: number;
  /** The same keystrokes timed from the benchmark process (median, ms). */
  keystrokeOutsideMs?: number;
  /** Of which: the update itself (re-read, check, compile, evaluate the selected case, draw), median ms. */
  updateMs?: number;
  quick: boolean;
}

declare global {
  interface Window {
    wtKeyAt?: number;
  }
}

export async function runEditorBench(options: { quick?: boolean } = {}): Promise<EditorBenchFigures> {
  const quick = options.quick === true;
  if (!chromiumAvailable()) return { name: 'editor', skipped: '/usr/bin/chromium is absent (apt-get install chromium)', quick };
  const harness = await startHarness();
  try {
    const page = await harness.context.newPage();
    const log: PageLog = { errors: [], requests: [] };
    watchPage(page, log);
    // Requests of the whole browser context, so that scripts of workers count too.
    const everything: string[] = [];
    let fresh: string[] | undefined;
    harness.context.on('request', (request) => {
      everything.push(request.url());
      fresh?.push(request.url());
    });
    await openEditor(page, harness.baseUrl, log);
    // openEditor reloads the page: what the second load requested, up to ready, is what a visitor waits for.
    fresh = [];
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
    const scripts = [...new Set(fresh.filter((url) => new URL(url).pathname.endsWith('.js')))];
    const sizes = async (urls: readonly string[]) => {
      let raw = 0;
      let gzipped = 0;
      for (const url of urls) {
        const file = await readFile(join(harness.outDir, new URL(url).pathname));
        raw += file.length;
        gzipped += gzipSync(file, { level: 9 }).length;
      }
      return { raw, gzipped };
    };
    const { raw, gzipped } = await sizes(scripts);
    await page.waitForSelector('.monaco-editor .view-lines .view-line');

    const cases = [...generateCaseload({ seed: 7, count: 200, from: '2024-01-01', to: '2024-06-28' })];
    await page.setInputFiles('#import-cases', { name: 'cases.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cases)) });
    await page.waitForFunction(() => document.querySelectorAll('#case-select option').length === 200);
    let before = await updates(page);
    await page.setInputFiles('#open-policy', { name: 'large.wt', mimeType: 'text/plain', buffer: Buffer.from(largePolicy()) });
    await waitForUpdate(page, before);
    await page.evaluate(() => document.addEventListener('keydown', () => (window.wtKeyAt = performance.now()), true));
    await selectText(page, 'within 35 working days');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'within 3'.length; i++) await page.keyboard.press('ArrowRight');
    const inside: number[] = [];
    const script: number[] = [];
    const outside: number[] = [];
    const work: number[] = [];
    const keys = quick ? ['Backspace', '3', 'Backspace', '3'] : ['Backspace', '3', 'Backspace', '3', 'Backspace', '3', 'Backspace', '3', 'Backspace', '3'];
    for (const key of keys) {
      before = await updates(page);
      const started = performance.now();
      await page.keyboard.press(key);
      await waitForUpdate(page, before);
      await page.waitForFunction(() => Number(document.body.dataset['paintedAt'] ?? 0) > Number(document.body.dataset['updatedAt']));
      outside.push(performance.now() - started);
      const timing = await page.evaluate(() => ({
        painted: Number(document.body.dataset['paintedAt']),
        updated: Number(document.body.dataset['updatedAt']),
        key: window.wtKeyAt ?? NaN,
        work: Number(document.body.dataset['updateMs']),
      }));
      inside.push(timing.painted - timing.key);
      script.push(timing.updated - timing.key);
      work.push(timing.work);
      // Let the background evaluation of the whole caseload finish, as a typist's pause would.
      await page.waitForFunction(() => document.body.dataset['summaryOf'] === document.body.dataset['evaluations']);
    }
    if (log.errors.length > 0) throw new Error(`the editor reported errors: ${log.errors.join('\n')}`);
    const allScripts = [...new Set(everything.filter((url) => new URL(url).pathname.endsWith('.js')))];
    const all = await sizes(allScripts);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return {
      name: 'editor',
      scripts: scripts.length,
      jsKb: Math.round(raw / 1024),
      jsGzipKb: Math.round(gzipped / 1024),
      allScripts: allScripts.length,
      allJsGzipKb: Math.round(all.gzipped / 1024),
      keystrokeMs: round(median(inside)),
      keystrokesMs: inside.map(round),
      keystrokeScriptMs: round(median(script)),
      keystrokeOutsideMs: round(median(outside)),
      updateMs: round(median(work)),
      quick,
    };
  } finally {
    await harness.close();
  }
}

async function main(args: string[]): Promise<void> {
  const figures = await runEditorBench({ quick: args.includes('--quick') });
  if (args.includes('--json')) {
    console.log(JSON.stringify(figures));
    return;
  }
  if (figures.skipped !== undefined) {
    console.log(`editor: skipped: ${figures.skipped}`);
    return;
  }
  console.log(`editor in Chromium${figures.quick ? ' (quick)' : ''}`);
  console.log(`  JavaScript before usable   ${figures.scripts} files, ${figures.jsKb} KiB, ${figures.jsGzipKb} KiB gzip (target ≤ 1,200)`);
  console.log(`  JavaScript in the whole run   ${figures.allScripts} files, ${figures.allJsGzipKb} KiB gzip`);
  console.log(`  keystroke → markers and results drawn   median ${figures.keystrokeMs} ms in the page (target ≤ 50)`);
  console.log(`  of which: script done ${figures.keystrokeScriptMs} ms after the key, the update itself ${figures.updateMs} ms; ${figures.keystrokeOutsideMs} ms timed from outside`);
  console.log(`  each keystroke (ms): ${figures.keystrokesMs!.join(', ')}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
