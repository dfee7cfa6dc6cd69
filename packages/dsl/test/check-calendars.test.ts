import { describe, expect, it } from 'vitest';
import type { Weekday } from '../src/ir.js';
import { checkIr, checkText, checkTexts, codesOf, emptyIr, only, rangeOf } from './support/check-texts.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

function calendars(declarations: string): string {
  return `policy p {
  effective 2024-04-01
  calendar c
}
${declarations}
`;
}

describe('calendars', () => {
  it('refuses a calendar whose weekend is the whole week', () => {
    const source = calendars('calendar c { weekend monday tuesday wednesday thursday friday saturday sunday }');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT601',
        message: 'calendar `c` has no working days: all seven days are weekend days',
        range: rangeOf(source, 'calendar c { weekend monday tuesday wednesday thursday friday saturday sunday }'),
        file: 'policy.wt',
        hint: 'a weekend is usually `weekend saturday sunday`',
      },
    ]);
    expect(checkText(calendars('calendar c { weekend friday saturday sunday }')).diagnostics).toEqual([]);
  });

  it('refuses a closure date listed twice, in one calendar or along the extends chain', () => {
    const source = calendars('calendar c { closed 2024-12-24 "Office closure" 2024-12-24 }');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT602',
        message: '2024-12-24 is listed as a closure day twice',
        range: rangeOf(source, '2024-12-24', 2),
        file: 'policy.wt',
        related: [{ message: 'already listed here', range: rangeOf(source, '2024-12-24 "Office closure"') }],
      },
    ]);
    const local = `policy borough extends working-together-2013 {
  effective 2024-04-01
  calendar borough
}
calendar borough extends england { closed 2013-12-24 }
`;
    const inherited = only(checkTexts({ [BASE_FILE]: BASE, 'borough.wt': local }), 'WT602');
    expect(inherited.range).toEqual(rangeOf(local, '2013-12-24'));
    expect(inherited.related).toEqual([
      { message: 'already a closure day of calendar `england`', range: rangeOf(BASE, '2013-12-24'), file: BASE_FILE },
    ]);
  });

  it('refuses an unknown holiday region, listing the regions', () => {
    const source = calendars('calendar c { holidays "GB-WLS" }');
    expect(checkText(source).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT603',
        message: 'there are no bank holidays for region "GB-WLS"',
        range: rangeOf(source, 'holidays "GB-WLS"'),
        file: 'policy.wt',
        hint: 'regions: "GB-ENG", "GB-SCT", "GB-NIR" (England and Wales, Scotland, Northern Ireland)',
      },
    ]);
    for (const region of ['GB-ENG', 'GB-SCT', 'GB-NIR']) {
      expect(checkText(calendars(`calendar c { holidays "${region}" }`)).diagnostics).toEqual([]);
    }
  });

  it('refuses an unknown GOV.UK division', () => {
    const source = calendars('calendar c { holidays file "bank-holidays.json" division "wales" }');
    expect(only(checkText(source), 'WT606').message).toBe('a GOV.UK bank-holidays file has no division "wales"');
    expect(checkText(source.replace('"wales"', '"england-and-wales"')).diagnostics).toEqual([]);
  });

  it('refuses a day that is not a weekday (the YAML form can write one)', () => {
    const loc = { line: 3, column: 3, endLine: 5, endColumn: 20 };
    const result = checkIr(emptyIr('p', { calendar: 'c', calendars: [{ id: 'c', weekend: ['saturday', 'sundy' as Weekday], loc }] }));
    expect(result.diagnostics).toEqual([
      { severity: 'error', code: 'WT604', message: '`sundy` is not a day of the week', range: loc, file: 'policy.yaml', hint: 'did you mean `sunday`?' },
    ]);
  });

  it('refuses a closure date that does not exist (the YAML form can write one), with the shared date code WT301', () => {
    const loc = { line: 4, column: 7, endLine: 4, endColumn: 19 };
    const result = checkIr(emptyIr('p', { calendar: 'c', calendars: [{ id: 'c', closed: [{ date: '2023-02-29', loc }] }] }));
    expect(only(result, 'WT301')).toMatchObject({ message: '`2023-02-29` is not a date', range: loc });
  });

  it('refuses a calendar that extends itself, directly or through another', () => {
    const itself = calendars('calendar c extends c { closed 2024-12-24 }');
    expect(checkText(itself).diagnostics).toEqual([
      {
        severity: 'error',
        code: 'WT605',
        message: 'calendar `c` extends itself',
        range: rangeOf(itself, 'calendar c extends c { closed 2024-12-24 }'),
        file: 'policy.wt',
        hint: 'a calendar may extend only a calendar that does not extend it',
      },
    ]);
    const circle = calendars('calendar c extends d { }\ncalendar d extends c { }');
    const result = checkText(circle);
    expect(codesOf(result)).toEqual(['WT605', 'WT605']);
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'calendar `c` extends itself through `c` → `d` → `c`',
      'calendar `d` extends itself through `d` → `c` → `d`',
    ]);
    // The policy still resolves, on the weekends-only calendar.
    expect(result.resolved!.calendar.id).toBe('weekends-only');
  });
});
