import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatIsoDate } from '../src/day-number.js';
import { holidaysFromGovUk } from '../src/govuk-holidays.js';

const OFFICIAL_FILE = fileURLToPath(new URL('../../../../shared/data/uk-bank-holidays.json', import.meta.url));
const officialPresent = existsSync(OFFICIAL_FILE);
if (!officialPresent) {
  if (process.env.CI === 'true') throw new Error(`The official GOV.UK list is missing: ${OFFICIAL_FILE}`);
  console.warn(`SKIPPED: reading the official GOV.UK file, ${OFFICIAL_FILE} is absent.`);
}

const small = {
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      { title: 'Christmas Day', date: '2030-12-25', notes: '', bunting: true },
      { title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true },
      { title: 'Boxing Day', date: '2030-12-26', notes: 'Substitute day', bunting: true },
    ],
  },
};

describe('holidaysFromGovUk', () => {
  it.skipIf(!officialPresent)('reads the official file: 140 England & Wales holidays, 2012-01-01 to 2028-12-31', () => {
    const json: unknown = JSON.parse(readFileSync(OFFICIAL_FILE, 'utf8'));
    const result = holidaysFromGovUk(json, 'england-and-wales');
    if ('error' in result) throw new Error(result.error);
    expect(result.holidays).toHaveLength(140);
    expect(formatIsoDate(result.from)).toBe('2012-01-01');
    expect(formatIsoDate(result.until)).toBe('2028-12-31');
    // The first event is Mon 2012-01-02, New Year's Day substitute for Sunday 1 January.
    expect(result.holidays[0]).toEqual({ day: 15341, name: 'New Year’s Day (substitute day)' });
    expect(formatIsoDate(15341)).toBe('2012-01-02');
    const scotland = holidaysFromGovUk(json, 'scotland');
    expect('holidays' in scotland && scotland.holidays.length).toBe(158);
  });

  it('sorts the events, adds notes to the name, and spans whole years', () => {
    const result = holidaysFromGovUk(small, 'england-and-wales');
    if ('error' in result) throw new Error(result.error);
    expect(result.holidays.map((h) => [formatIsoDate(h.day), h.name])).toEqual([
      ['2029-01-01', 'New Year’s Day'],
      ['2030-12-25', 'Christmas Day'],
      ['2030-12-26', 'Boxing Day (substitute day)'],
    ]);
    expect(formatIsoDate(result.from)).toBe('2029-01-01');
    expect(formatIsoDate(result.until)).toBe('2030-12-31');
  });

  it('rejects files in a bad shape with a clear message', () => {
    const cases: Array<[unknown, string, RegExp]> = [
      [null, 'england-and-wales', /JSON object of divisions/],
      [[], 'england-and-wales', /JSON object of divisions/],
      ['text', 'england-and-wales', /JSON object of divisions/],
      [small, 'scotland', /no division "scotland" \(it has: "england-and-wales"\)/],
      [{ scotland: { events: 'none' } }, 'scotland', /no "events" list/],
      [{ scotland: { events: [] } }, 'scotland', /no events/],
      [{ scotland: { events: [42] } }, 'scotland', /Event 1 .* not an object/],
      [{ scotland: { events: [{ title: 'X', date: '25/12/2030' }] } }, 'scotland', /date "25\/12\/2030"; expected "YYYY-MM-DD"/],
      [{ scotland: { events: [{ title: 'X', date: '2030-02-30' }] } }, 'scotland', /does not exist/],
      [{ scotland: { events: [{ title: 'X', date: '2030-12-25T00:00:00Z' }] } }, 'scotland', /expected "YYYY-MM-DD"/],
      [{ scotland: { events: [{ date: '2030-12-25' }] } }, 'scotland', /no title/],
      [{ scotland: { events: [{ title: 'X', date: '2030-12-25', notes: 3 }] } }, 'scotland', /notes that are not text/],
    ];
    for (const [json, division, message] of cases) {
      const result = holidaysFromGovUk(json, division);
      expect('error' in result && result.error, JSON.stringify(json)).toMatch(message);
    }
  });

  it('does not take inherited keys for divisions', () => {
    expect(holidaysFromGovUk({}, '__proto__')).toHaveProperty('error');
    expect(holidaysFromGovUk({}, 'constructor')).toHaveProperty('error');
    expect(holidaysFromGovUk(JSON.parse('{"__proto__": {"events": []}}'), '__proto__')).toEqual({
      error: 'Division "__proto__" of the GOV.UK bank holidays file has no events.',
    });
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (json, division) => {
        const result = holidaysFromGovUk(json, division);
        expect('error' in result || 'holidays' in result).toBe(true);
      }),
    );
  });
});
