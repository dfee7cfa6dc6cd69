/** Edits of the Northmere example protocol that the end-to-end tests make. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './browser-harness.js';
import { selectText, updates, waitForUpdate } from './editor-page.js';

export function northmere(): string {
  return readFileSync(join(REPO_ROOT, 'policies/local/northmere.wt'), 'utf8');
}

/** Northmere with 130 more review points: over 1,000 lines. */
export function largePolicy(): string {
  const extra: string[] = [];
  for (let i = 1; i <= 130; i++) {
    extra.push(
      `review-point extra-check-${i} "Extra check ${i}" {`,
      '  starts at first referral',
      `  requires manager-review within ${5 + (i % 20)} working days`,
      '  unless referral-closed',
      '  warn 2 working days before due',
      '}',
      '',
    );
  }
  return `${northmere()}\n${extra.join('\n')}`;
}

/** Northmere's assessment: 35 working days → 30, typed in the editor. */
export async function shortenAssessmentTo30(page: Page): Promise<void> {
  await selectText(page, 'within 35 working days');
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'within 35'.length; i++) await page.keyboard.press('ArrowRight');
  const before = await updates(page);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('30');
  await waitForUpdate(page, before);
}

