import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The engine reads bank holidays for the GB regions only (GB-ENG, GB-SCT, GB-NIR), but date-holidays
 * bundles every country's rules (800 kB). For the page, its data module is cut down to GB; the rules
 * kept are exactly the package's own, so the holidays are the same.
 */
export function gbHolidaysOnly(): Plugin {
  return {
    name: 'wt-gb-holidays-only',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0] ?? id;
      if (!/[\\/]date-holidays[\\/]src[\\/]data\.js$/.test(path)) return null;
      const source = readFileSync(path, 'utf8');
      const data = JSON.parse(source.replace(/^\s*export const data = /, '').replace(/;?\s*$/, '')) as { holidays: Record<string, unknown> };
      const holidays = { GB: data.holidays['GB'] };
      if (holidays.GB === undefined) this.error('date-holidays has no GB data');
      return `export const data = ${JSON.stringify({ ...data, holidays })};\n`;
    },
  };
}
