import { afterEach, describe, expect, it } from 'vitest';
import { todayInEngland } from '../../src/io/today-in-england.js';

describe('todayInEngland', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  it('is the date in England, whatever the machine’s time zone', () => {
    for (const zone of ['UTC', 'Pacific/Auckland', 'America/St_Johns', 'Pacific/Pago_Pago']) {
      process.env['TZ'] = zone;
      // 23:30 UTC on Mon 3 June 2024 is 00:30 on Tue 4 June in England (BST, UTC+1).
      expect(todayInEngland(new Date(Date.UTC(2024, 5, 3, 23, 30)))).toBe('2024-06-04');
      // 23:30 UTC on Mon 15 January 2024 is 23:30 the same day in England (GMT).
      expect(todayInEngland(new Date(Date.UTC(2024, 0, 15, 23, 30)))).toBe('2024-01-15');
      // The clocks go back at 01:00 UTC on Sun 27 October 2024: 00:30 UTC is 01:30 BST, still the 27th.
      expect(todayInEngland(new Date(Date.UTC(2024, 9, 27, 0, 30)))).toBe('2024-10-27');
    }
  });
});
