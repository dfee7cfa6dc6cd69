/**
 * The editor in a real browser: Debian's headless Chromium driven by playwright-core, against the
 * built page served by vite preview on 127.0.0.1. Skipped (with a message) when Chromium is absent,
 * except on CI, where that is a failure.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { generateCaseload } from '../../../examples/generator/generate-caseload.js';
import { chromiumAvailable, EDITOR_ROOT, REPO_ROOT, startHarness, type Harness } from './browser-harness.js';
import { injectAxe, axeViolations } from './axe-scan.js';
import { largePolicy, northmere, shortenAssessmentTo30 } from './northmere-edits.js';
import { focusEditor, openEditor, selectText, showTab, updates, visibleLines, waitForUpdate, watchPage, type PageLog } from './editor-page.js';

const hasChromium = chromiumAvailable();
if (!hasChromium) {
  if (process.env['CI'] === 'true') throw new Error('/usr/bin/chromium is missing: the editor end-to-end tests cannot run on CI');
  console.warn('SKIPPED: editor end-to-end tests need /usr/bin/chromium (apt-get install chromium)');
}

const OUTPUT = join(EDITOR_ROOT, 'test-output');

describe.skipIf(!hasChromium)('the editor in Chromium', () => {
  let harness: Harness;
  let page: Page;
  const log: PageLog = { errors: [], requests: [] };
  const cspViolations: string[] = [];

  beforeAll(async () => {
    harness = await startHarness();
    await mkdir(OUTPUT, { recursive: true });
    harness.context.on('request', (request) => log.requests.push(request.url()));
    page = await harness.context.newPage();
    watchPage(page, log);
    await page.exposeBinding('reportCspViolation', (_source, text: string) => cspViolations.push(text));
    await page.addInitScript(() => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      document.addEventListener('securitypolicyviolation', (event) => report(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await openEditor(page, harness.baseUrl, log);
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it('loads with the example protocol, its highlighting, the results and the timeline, and no console errors', async () => {
    expect(log.errors).toEqual([]);
    await expect(page.locator('#draft-name').textContent()).resolves.toContain('Northmere Borough Council');
    // `policy` is a keyword: the wt theme draws keywords in #0b3fa8.
    // Monaco tokenizes in the background after drawing the lines: wait for the keyword's own span.
    const keywordColour = await (
      await page.waitForFunction(() => {
        const spans = [...document.querySelectorAll('#editor .view-line span span')];
        const span = spans.find((element) => element.textContent === 'policy');
        return span === undefined ? undefined : getComputedStyle(span).color;
      })
    ).jsonValue();
    expect(keywordColour).toBe('rgb(11, 63, 168)');
    await expect(page.locator('#results table.obligations tbody tr').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#timeline svg .timeline-bar').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('#case-select option').count()).resolves.toBe(44);
    await expect(page.locator('#problems-summary').textContent()).resolves.toBe('No problems');
    await page.screenshot({ path: join(OUTPUT, 'editor-1280x800.png') });
    if (process.env['UPDATE_SCREENSHOTS'] === '1') {
      await mkdir(join(REPO_ROOT, 'docs/images'), { recursive: true });
      await page.screenshot({ path: join(REPO_ROOT, 'docs/images/editor.png') });
    }
  });

  it('shows a marker when an error is typed, and clears it when it is fixed', async () => {
    await openEditor(page, harness.baseUrl, log);
    await selectText(page, 'escalation northmere "Northmere escalation"');
    await page.keyboard.press('End');
    const before = await updates(page);
    await page.keyboard.type(' evnt');
    await waitForUpdate(page, before);
    await page.waitForSelector('#editor .squiggly-error');
    await expect(page.locator('#problems-summary').getAttribute('data-errors')).resolves.not.toBe('0');
    const fixing = await updates(page);
    for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
    await waitForUpdate(page, fixing);
    await page.waitForSelector('#editor .squiggly-error', { state: 'detached' });
    await expect(page.locator('#problems-summary').textContent()).resolves.toBe('No problems');
  });

  it('offers a declared event in completion', async () => {
    await openEditor(page, harness.baseUrl, log);
    await selectText(page, 'starts at first assessment-complete');
    await page.keyboard.press('End');
    // Replace the anchor's event name with what completion offers.
    for (let i = 0; i < 'assessment-complete'.length; i++) await page.keyboard.press('Backspace');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    const offered = async (prefix: string) => {
      await page.keyboard.type(prefix);
      await page.keyboard.press('Control+Space');
      await rows.first().waitFor();
      const labels = (await rows.allTextContents()).join('\n');
      await page.keyboard.press('Escape');
      for (let i = 0; i < prefix.length; i++) await page.keyboard.press('Backspace');
      return labels;
    };
    expect(await offered('fam')).toContain('family-informed'); // declared by the draft
    expect(await offered('referral-cl')).toContain('referral-closed'); // declared by the baseline it extends
    const before = await updates(page);
    await page.keyboard.type('assessment-complete');
    await waitForUpdate(page, before);
    await expect(page.locator('#problems-summary').textContent()).resolves.toBe('No problems');
  });

  it('shows a rule’s meaning, citation and statutory floor on hover', async () => {
    await openEditor(page, harness.baseUrl, log);
    await selectText(page, 'timescale assessment {');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'timescale a'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover').filter({ hasText: 'Statutory floor' });
    await hover.waitFor();
    const text = (await hover.textContent()) ?? '';
    expect(text).toContain('Complete the assessment');
    expect(text).toContain('within 35 working days');
    expect(text).toContain('Statutory floor: within 45 working days (working-together-2013)');
    expect(text).toContain('stricter than the statutory floor');
    expect(text).toContain('Northmere assessment protocol (2024) s.3');
    await page.keyboard.press('Escape');
  });

  it('moves the due date in the results and the timeline when a timescale is shortened', async () => {
    await openEditor(page, harness.baseUrl, log);
    await page.selectOption('#case-select', 'C-01-assessment-met');
    const row = page.locator('#results tr[data-rule="assessment"]');
    const bar = page.locator('#timeline .timeline-row[data-rule="assessment"] .timeline-bar');
    // Referral Mon 2024-03-04; 35 working days, skipping Good Friday 03-29 and Easter Monday 04-01:
    // Mar 5–8 (4), 11–15 (9), 18–22 (14), 25–28 (18), Apr 2–5 (22), 8–12 (27), 15–19 (32), 22–24 (35) → Wed 04-24.
    await expect(row.locator('td.due').textContent()).resolves.toBe('2024-04-24');
    await expect(bar.getAttribute('data-due')).resolves.toBe('2024-04-24');
    const widthBefore = Number(await bar.getAttribute('width'));
    await shortenAssessmentTo30(page);
    await page.waitForFunction(() => document.querySelector('#results tr[data-rule="assessment"] td.due')?.textContent === '2024-04-17');
    // 30 working days: … Apr 8–12 (27), 15–17 (30) → Wed 2024-04-17; done Fri 04-19, so late by 2 (Apr 18, 19).
    await expect(row.getAttribute('data-status')).resolves.toBe('late');
    await expect(bar.getAttribute('data-due')).resolves.toBe('2024-04-17');
    expect(Number(await bar.getAttribute('width'))).toBeLessThan(widthBefore);
  });

  it('compares the draft with the example protocol: the change is stricter, and it changes cases', async () => {
    await openEditor(page, harness.baseUrl, log);
    await shortenAssessmentTo30(page);
    await showTab(page, 'Compare');
    const northmere = await page.locator('#compare-with option', { hasText: 'Northmere' }).getAttribute('value');
    await page.selectOption('#compare-with', northmere!);
    await page.waitForSelector('#diff-editor .monaco-diff-editor');
    await page.waitForSelector('#impact-summary');
    // C-01 (and every other case with an assessment done between the 30th and the 35th working day) changes.
    const impact = (await page.locator('#impact-summary').textContent()) ?? '';
    expect(Number(/^(\d+) of/.exec(impact)?.[1])).toBeGreaterThan(0);
    await expect(page.locator('#compare-impact tr', { hasText: 'C-01-assessment-met' }).textContent()).resolves.toContain('late, due 2024-04-17');
    await expect(page.locator('#compare-verdict').textContent()).resolves.toBe('stricter');
    await expect(page.locator('#compare-semantic tr[data-rule="assessment"]').getAttribute('data-direction')).resolves.toBe('stricter');
    await showTab(page, 'Results');
  });

  it('publishes the readable protocol and the policy files', async () => {
    await openEditor(page, harness.baseUrl, log);
    await shortenAssessmentTo30(page);
    await showTab(page, 'Publish');
    const yamlDownload = page.waitForEvent('download');
    await page.click('#download-yaml');
    const yaml = await readFile((await (await yamlDownload).path())!, 'utf8');
    expect(yaml).toContain('id: northmere');
    expect(yaml).toContain('within: 30 working days');
    const download = page.waitForEvent('download');
    await page.click('#download-html');
    const document = await readFile((await (await download).path())!, 'utf8');
    expect(document).toContain('Northmere Borough Council: assessment protocol');
    expect(document).toContain('30 working days');
    await showTab(page, 'Results');
  });

  it('edits a case’s events and sees the result change at once', async () => {
    await openEditor(page, harness.baseUrl, log);
    await page.selectOption('#case-select', 'C-03-assessment-open');
    const row = page.locator('#results tr[data-rule="assessment"]');
    await expect(row.getAttribute('data-status')).resolves.toBe('open');
    await showTab(page, 'Case events');
    await page.selectOption('#new-event-type', 'assessment-complete');
    await page.fill('#new-event-date', '2024-06-20');
    await page.click('#add-event');
    await showTab(page, 'Results');
    // Referral Tue 2024-05-28, 35 working days → due after 06-20, so completing on 06-20 meets it.
    await page.waitForFunction(() => document.querySelector('#results tr[data-rule="assessment"]')?.getAttribute('data-status') === 'met');
    await expect(row.locator('td').nth(3).textContent()).resolves.toBe('2024-06-20');
    await showTab(page, 'Case events');
    await page.getByRole('button', { name: /Remove event 3 \(assessment-complete, 2024-06-20\)/ }).click();
    await showTab(page, 'Results');
    await page.waitForFunction(() => document.querySelector('#results tr[data-rule="assessment"]')?.getAttribute('data-status') === 'open');
  });

  it('follows the as-of date', async () => {
    await openEditor(page, harness.baseUrl, log);
    await page.selectOption('#case-select', 'C-03-assessment-open');
    await page.fill('#as-of', '2024-09-30');
    await page.dispatchEvent('#as-of', 'change');
    // Nothing done by 2024-09-30, long after the due date: overdue.
    await page.waitForFunction(() => document.querySelector('#results tr[data-rule="assessment"]')?.getAttribute('data-status') === 'overdue');
    await expect(page.locator('#timeline .timeline-as-of').getAttribute('data-as-of')).resolves.toBe('2024-09-30');
    await showTab(page, 'Caseload summary');
    await page.waitForFunction(() => document.querySelector('#summary p')?.textContent === '44 cases as of 2024-09-30.');
    await expect(page.locator('#summary tr[data-rule="assessment"]').count()).resolves.toBe(1);
    await showTab(page, 'Results');
  });

  it('keeps the draft in the browser, but never the cases', async () => {
    await openEditor(page, harness.baseUrl, log);
    await shortenAssessmentTo30(page);
    await page.waitForFunction(() => (localStorage.getItem('wt-editor/draft/v1') ?? '').includes('within 30 working days'));
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    await page.waitForSelector('#editor .view-line');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).toContain('within 30 working days');
    expect(stored).not.toContain('C-01-assessment-met');
    expect(stored).not.toContain('needs-score\\":');
    await page.evaluate(() => localStorage.clear());
  });

  it('shows a policy title holding markup as text', async () => {
    await openEditor(page, harness.baseUrl, log);
    const hostile = northmere().replace('title "Northmere Borough Council: assessment protocol"', 'title "<script>window.pwned = true</script><img src=x onerror=window.pwned=true>"');
    await page.setInputFiles('#open-policy', { name: 'hostile.wt', mimeType: 'text/plain', buffer: Buffer.from(hostile) });
    await page.waitForFunction(() => document.querySelector('#draft-name')?.textContent?.includes('<script>'));
    await expect(page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).resolves.toBeUndefined();
    await expect(page.locator('#draft-name script, #draft-name img').count()).resolves.toBe(0);
  });

  it('shows a citation, case ids and event attributes holding markup as text, in the results, the timeline and the events', async () => {
    await openEditor(page, harness.baseUrl, log);
    const markup = '<img src=x onerror=window.pwned=true><script>window.pwned=true</script>';
    const hostile = northmere().replace('cites "Northmere assessment protocol (2024) s.3', `cites "${markup} s.3`);
    expect(hostile).toContain(markup);
    const before = await updates(page);
    await page.setInputFiles('#open-policy', { name: 'hostile-citation.wt', mimeType: 'text/plain', buffer: Buffer.from(hostile) });
    await waitForUpdate(page, before);
    const id = `${markup}C-1`;
    const cases = [{ id, events: [{ type: 'referral', date: '2024-05-02', worker: markup }, { type: 'decision', date: '2024-05-03', response: 'assessment', note: markup }], facts: { 'child-name': markup } }];
    await page.setInputFiles('#import-cases', { name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cases)) });
    await page.waitForFunction(() => document.querySelectorAll('#case-select option').length === 1);
    await page.selectOption('#case-select', id);
    await page.waitForFunction((text) => (document.querySelector('#results')?.textContent ?? '').includes(text), `${markup} s.3`);
    await expect(page.locator('#case-select option').first().textContent()).resolves.toBe(id);
    await expect(page.locator('#timeline svg .timeline-bar').count()).resolves.toBeGreaterThan(0);
    await showTab(page, 'Case events');
    await page.waitForFunction((text) => (document.querySelector('#events-editor')?.textContent ?? '').includes(text), markup);
    await showTab(page, 'Results');
    const injected = await page.locator('#results img, #results script, #timeline img, #timeline script, #case-select img, #events-editor img, #events-editor script, #results-case img').count();
    expect(injected).toBe(0);
    await expect(page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).resolves.toBeUndefined();
  });

  it('imports cases from a file, and measures a keystroke on a 1,000-line policy with 200 cases', async () => {
    await openEditor(page, harness.baseUrl, log);
    const cases = [...generateCaseload({ seed: 7, count: 200, from: '2024-01-01', to: '2024-06-28' })];
    await page.setInputFiles('#import-cases', { name: 'cases.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cases)) });
    await page.waitForFunction(() => document.querySelectorAll('#case-select option').length === 200);
    await expect(page.locator('#case-status').textContent()).resolves.toContain('Imported 200 cases');
    const big = largePolicy();
    expect(big.split('\n').length).toBeGreaterThanOrEqual(1000);
    let before = await updates(page);
    await page.setInputFiles('#open-policy', { name: 'large.wt', mimeType: 'text/plain', buffer: Buffer.from(big) });
    await waitForUpdate(page, before);
    await expect(page.locator('#problems-summary').textContent()).resolves.toBe('No problems');
    await selectText(page, 'within 35 working days');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'within 3'.length; i++) await page.keyboard.press('ArrowRight');
    const timings: number[] = [];
    const work: string[] = [];
    for (const key of ['Backspace', '3', 'Backspace', '3', 'Backspace', '3']) {
      before = await updates(page);
      const started = Date.now();
      await page.keyboard.press(key);
      await waitForUpdate(page, before);
      await page.waitForSelector('#results table.obligations');
      timings.push(Date.now() - started);
      work.push(await page.evaluate(() => `${document.body.dataset['analyseMs']}+${(Number(document.body.dataset['updateMs']) - Number(document.body.dataset['analyseMs'])).toFixed(1)}`));
    }
    const median = [...timings].sort((a, b) => a - b)[Math.floor(timings.length / 2)];
    console.log(
      `MEASURED keystroke → markers and results (1,000-line policy, 200 cases): median ${median} ms (updates run at once when they take ≤ 40 ms, else after a pause of about their own length); ` +
        `all ${timings.join(', ')} ms; in the page, analyse + evaluate and draw (ms): ${work.join(', ')}`,
    );
    await page.waitForFunction(() => document.body.dataset['summaryOf'] === document.body.dataset['evaluations']);
    before = await updates(page);
    const started = Date.now();
    await page.keyboard.press('Backspace');
    await waitForUpdate(page, before);
    await page.waitForFunction(() => document.body.dataset['summaryOf'] === document.body.dataset['evaluations']);
    console.log(`MEASURED keystroke → caseload summary of all 200 cases (evaluated in the background): ${Date.now() - started} ms`);
    await page.keyboard.press('3');
  });

  it('passes an accessibility scan with no serious or critical violations, at 1280×800 and on a wide screen', async () => {
    await openEditor(page, harness.baseUrl, log);
    const views: { viewport: { width: number; height: number }; tab: string }[] = [
      { viewport: { width: 1280, height: 800 }, tab: 'Results' },
      { viewport: { width: 1280, height: 800 }, tab: 'Case events' },
      { viewport: { width: 1280, height: 800 }, tab: 'Caseload summary' },
      { viewport: { width: 1280, height: 800 }, tab: 'Compare' },
      { viewport: { width: 1280, height: 800 }, tab: 'Publish' },
      { viewport: { width: 1920, height: 1080 }, tab: 'Results' },
    ];
    await injectAxe(page);
    for (const { viewport, tab } of views) {
      await page.setViewportSize(viewport);
      await showTab(page, tab);
      if (tab === 'Compare') await page.waitForSelector('#diff-editor .monaco-diff-editor');
      if (tab === 'Caseload summary') await page.waitForSelector('#summary table');
      const violations = await axeViolations(page);
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious, `${tab} at ${viewport.width}×${viewport.height}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
      if (viewport.width > 1280) await page.screenshot({ path: join(OUTPUT, 'editor-1920x1080.png') });
    }
    await showTab(page, 'Results');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('can be used with the keyboard alone: out of the editor with Ctrl+M and Tab, and through the tabs with arrows', async () => {
    await openEditor(page, harness.baseUrl, log);
    await focusEditor(page);
    await page.keyboard.press('Control+M');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('#editor') === null);
    expect(focused).toBe(true);
    await page.focus('#tab-results');
    await page.keyboard.press('ArrowRight');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tab-events');
    await expect(page.locator('#panel-events').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowLeft');
  });

  it('offers a quick fix for a misspelt name, which clears the error', async () => {
    await openEditor(page, harness.baseUrl, log);
    await selectText(page, 'requires manager-review within 10');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'requires manager-revie'.length; i++) await page.keyboard.press('ArrowRight');
    let before = await updates(page);
    await page.keyboard.press('Backspace'); // manager-revie|w → manager-revi|w
    await waitForUpdate(page, before);
    await page.waitForSelector('#editor .squiggly-error');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .action-item, .context-view .monaco-list-row', { hasText: "Change 'manager-reviw' to 'manager-review'" });
    await fix.first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#problems-summary')?.textContent === 'No problems');
    expect((await visibleLines(page)).join('\n')).toContain('requires manager-review within 10 working days');
  });

  it('goes to the definition of an inherited event in the baseline, and back', async () => {
    await openEditor(page, harness.baseUrl, log);
    await selectText(page, 'starts at first referral');
    await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'starts at first ref'.length; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('F12');
    await page.waitForSelector('#reference-banner:not([hidden])');
    await expect(page.locator('#reference-text').textContent()).resolves.toContain('policies/england/working-together-2013.wt');
    expect((await visibleLines(page)).join('\n')).toContain('event referral "Referral received by children\'s social care"');
    await page.click('#reference-back');
    await page.waitForSelector('#reference-banner[hidden]', { state: 'attached' });
  });

  it('formats the document', async () => {
    await openEditor(page, harness.baseUrl, log);
    const messy = 'policy   tidy-me extends working-together-2013 {\n effective 2024-04-01\n      title "Tidy"\n}\n';
    let before = await updates(page);
    await page.setInputFiles('#open-policy', { name: 'messy.wt', mimeType: 'text/plain', buffer: Buffer.from(messy) });
    await waitForUpdate(page, before);
    before = await updates(page);
    await page.click('#format-document');
    await waitForUpdate(page, before);
    const lines = await visibleLines(page);
    expect(lines.slice(0, 4)).toEqual(['policy tidy-me extends working-together-2013 {', '  title "Tidy"', '  effective 2024-04-01', '}']);
  });

  it('shows the YAML form’s schema errors as markers', async () => {
    await openEditor(page, harness.baseUrl, log);
    await page.selectOption('#template-select', 'policies/local/kestrel-vale.yaml');
    let before = await updates(page);
    await page.click('#open-template');
    await waitForUpdate(page, before);
    await expect(page.locator('#language-label').textContent()).resolves.toBe('YAML form (.yaml)');
    await expect(page.locator('#problems-summary').textContent()).resolves.toBe('No problems');
    await selectText(page, '  area: Kestrel Vale');
    await page.keyboard.press('End');
    before = await updates(page);
    await page.keyboard.press('Enter');
    // Type the key, close the key completion it opens, then the value.
    await page.keyboard.type('colour');
    await page.keyboard.press('Escape');
    await page.keyboard.type(': blue');
    await waitForUpdate(page, before);
    await page.waitForSelector('#editor .squiggly-error');
    // Typing may be analysed half-way (`  c` is not yet a key): wait for the analysis of the whole line.
    await page.waitForFunction(() => document.querySelector('#problems-list')?.textContent?.includes('WT502'));
    await expect(page.locator('#problems-list').textContent()).resolves.toContain('WT502');
  });

  it('completes and explains the YAML form’s keys from its schema', async () => {
    await openEditor(page, harness.baseUrl, log);
    await page.selectOption('#template-select', 'policies/local/kestrel-vale.yaml');
    const before = await updates(page);
    await page.click('#open-template');
    await waitForUpdate(page, before);
    await selectText(page, '  area: Kestrel Vale');
    await page.keyboard.press('Home'); // to `area`, after the indentation
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover').filter({ hasText: 'The local area the policy is for' });
    await hover.waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('un');
    await page.keyboard.press('Control+Space');
    // The header has every key but `until`; the schema offers it, with what it holds.
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.filter({ hasText: 'until' }).first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await visibleLines(page)).join('\n')).toContain('  until: ');
  });

  it('starts a new local protocol from the statutory baseline', async () => {
    await openEditor(page, harness.baseUrl, log);
    const before = await updates(page);
    await page.click('#new-local');
    await waitForUpdate(page, before);
    const text = (await visibleLines(page)).join('\n');
    expect(text).toContain('policy my-area extends working-together-2013 {');
    await expect(page.locator('#problems-summary').textContent()).resolves.toBe('No problems');
    // It inherits every statutory timescale: C-01's assessment is due 45 working days after Mon 2024-03-04.
    // Mar 5–8 (4), 11–15 (9), 18–22 (14), 25–28 (18), Apr 2–5 (22), 8–12 (27), 15–19 (32), 22–26 (37), Apr 29–May 3 (42), May 7–9 (45;
    // Mon 05-06 is the early May bank holiday) → Thu 2024-05-09.
    await page.selectOption('#case-select', 'C-01-assessment-met');
    await page.waitForFunction(() => document.querySelector('#results tr[data-rule="assessment"] td.due')?.textContent === '2024-05-09');
  });
  it('makes no request outside its own origin, breaks none of its strict CSP, and loads a measured amount of JavaScript', async () => {
    const html = await readFile(join(harness.outDir, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    expect(cspViolations).toEqual([]);
    const origin = new URL(harness.baseUrl).origin;
    const outside = log.requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(log.requests.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    const scripts = [...new Set(log.requests.filter((url) => url.endsWith('.js')))];
    let raw = 0;
    let gzipped = 0;
    for (const url of scripts) {
      const file = await readFile(join(harness.outDir, new URL(url).pathname));
      raw += file.length;
      gzipped += gzipSync(file, { level: 9 }).length;
    }
    console.log(`MEASURED JavaScript the page loads: ${scripts.length} files, ${(raw / 1024).toFixed(0)} KiB, ${(gzipped / 1024).toFixed(0)} KiB gzip`);
    expect(log.errors).toEqual([]);
  });
});
