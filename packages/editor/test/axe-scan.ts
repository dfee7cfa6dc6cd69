/** axe-core in the page under test, for accessibility scans. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EDITOR_ROOT } from './browser-harness.js';

export interface AxeViolation {
  id: string;
  impact: string;
  targets: string[];
}

/** The page's CSP refuses inline scripts (as it should), so axe goes in through the DevTools protocol. */
export async function injectAxe(page: Page): Promise<void> {
  const source = readFileSync(join(EDITOR_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(`${source}\n;true`);
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}
