/** Helpers that drive the editor page as a person would: keyboard in Monaco, the page's own controls. */
import type { Page } from 'playwright-core';

export interface PageLog {
  errors: string[];
  requests: string[];
}

export function watchPage(page: Page, log: PageLog): void {
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on('request', (request) => log.requests.push(request.url()));
}

/** Opens the editor with nothing saved in the browser, and waits until it has evaluated the caseload. */
export async function openEditor(page: Page, baseUrl: string, log: PageLog): Promise<void> {
  await page.goto(baseUrl);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  try {
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 20_000 });
    await page.waitForSelector('.monaco-editor .view-lines .view-line');
  } catch (error) {
    throw new Error(`The editor did not start: ${log.errors.join('\n') || String(error)}`);
  }
}

export async function updates(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset['updates'] ?? '0'));
}

/**
 * Waits until the page has re-analysed the draft more times than `after`, and has no update still to
 * come (the editor updates after each keystroke when updates are quick, so typing a word may update
 * it several times: the last one counts).
 */
export async function waitForUpdate(page: Page, after: number): Promise<void> {
  await page.waitForFunction(
    (n) => Number(document.body.dataset['updates'] ?? '0') > n && document.body.dataset['pendingUpdate'] === undefined,
    after,
  );
}

export async function focusEditor(page: Page): Promise<void> {
  await page.locator('#editor .monaco-editor textarea').first().focus();
}

/**
 * Selects the first occurrence of `needle` in the draft with the keyboard (Ctrl+Home, then Monaco's
 * find widget, then Escape, which leaves the match selected).
 */
export async function selectText(page: Page, needle: string): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+F');
  const input = page.locator('#editor .find-widget textarea, #editor .find-widget input').first();
  await input.waitFor();
  await input.fill(needle);
  await page.waitForFunction(() => /^1 of/.test(document.querySelector('#editor .find-widget .matchesCount')?.textContent ?? ''));
  await page.keyboard.press('Escape');
  // Keys pressed before the find widget has closed and handed focus back would not reach the text.
  await page.waitForFunction(
    () => !document.querySelector('#editor .find-widget.visible') && document.activeElement?.closest('#editor .monaco-editor') != null,
  );
}

export async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
}

/** The lines Monaco shows, in order (it reuses line elements, so their order in the DOM is not the text's). */
export async function visibleLines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#editor .view-lines .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')),
  );
}
