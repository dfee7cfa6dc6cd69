import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../src/build-calendar.js';
import { formatIsoDate, parseIsoDate, type DayNumber } from '../src/day-number.js';
import { subtractWorkingDays } from '../src/subtract-working-days.js';

// The DfE CIN census validator (data-to-insight/csc-validator-be-cin, see ../shared/data/cin-date-rules.md)
// computes "ReferenceDate − N working days" as ReferenceDate − CustomBusinessDay(n = N − 1) over the
// England & Wales bank holidays: the reference date counts as day 1. A start date strictly before the
// threshold is flagged; a start on the threshold passes.
const built = buildCalendar({
  id: 'cin-census',
  weekend: ['saturday', 'sunday'],
  holidays: { kind: 'region', region: 'GB-ENG' },
  closed: [],
  counting: 'inclusive',
  chain: ['cin-census'],
});
const cin = built.calendar!;
const d = (iso: string): DayNumber => parseIsoDate(iso)!;
const flagged = (start: string, threshold: DayNumber) => d(start) < threshold;

describe('subtractWorkingDays reproduces the CIN census validator', () => {
  it('8670Q: open assessment older than 45 working days at ReferenceDate 2023-03-31', () => {
    // Fri 2023-03-31 is day 1. E&W bank holidays near: Mon 2 Jan and Good Friday 7 Apr 2023, both
    // outside (2 Jan, 31 Mar), so only weekends are skipped. Working days before 31 March:
    // March 1–30: 1–3 (3), 6–10 (5), 13–17 (5), 20–24 (5), 27–30 (4) = 22;
    // February: 1–3 (3), 6–10, 13–17, 20–24 (15), 27–28 (2) = 20, so 42 back to Wed 1 Feb;
    // Tue 31 Jan is the 43rd and Mon 30 Jan the 44th: day 45 counting 31 March as day 1.
    const threshold = subtractWorkingDays(cin, d('2023-03-31'), 45);
    expect(formatIsoDate(threshold)).toBe('2023-01-30');
    // The validator's own vectors: 2022-10-15 flagged, 2023-03-15 passes, 2023-01-29 flagged.
    expect(flagged('2022-10-15', threshold)).toBe(true);
    expect(flagged('2023-03-15', threshold)).toBe(false);
    expect(flagged('2023-01-29', threshold)).toBe(true);
    expect(flagged('2023-01-30', threshold)).toBe(false);
  });
  it('8675Q: s47 with no ICPC after 15 working days at ReferenceDate 2022-03-31', () => {
    // Thu 2022-03-31 is day 1; no bank holiday in March 2022 (Good Friday is 15 April). Going back:
    // Wed 30 (2), Tue 29 (3), Mon 28 (4), Fri 25 (5), Thu 24 (6), Wed 23 (7), Tue 22 (8), Mon 21 (9),
    // Fri 18 (10), Thu 17 (11), Wed 16 (12), Tue 15 (13), Mon 14 (14), Fri 11 (15).
    const threshold = subtractWorkingDays(cin, d('2022-03-31'), 15);
    expect(formatIsoDate(threshold)).toBe('2022-03-11');
    expect(flagged('2022-01-29', threshold)).toBe(true);
    expect(flagged('2022-03-25', threshold)).toBe(false);
  });
  it('a reference date on a Sunday rolls forward first, as pandas does (census year 2023–24)', () => {
    // Sun 2024-03-31; Mon 1 Apr is Easter Monday, so Tue 2 Apr is day 1. Back from it: Thu 28 Mar is
    // day 2 (Good Friday 29 Mar skipped); March 1–28 has 20 working days (1, 4–8, 11–15, 18–22, 25–28), so
    // Fri 1 Mar is day 21; February 2024 has 21 (1–2, 5–9, 12–16, 19–23, 26–29), so Thu 1 Feb is day 42;
    // Wed 31 Jan day 43, Tue 30 Jan day 44, Mon 29 Jan day 45.
    expect(formatIsoDate(subtractWorkingDays(cin, d('2024-03-31'), 45))).toBe('2024-01-29');
  });
  it('"minus 1 working day" (8569Q) is the reference date itself, or the next working day', () => {
    expect(formatIsoDate(subtractWorkingDays(cin, d('2023-03-31'), 1))).toBe('2023-03-31');
    expect(formatIsoDate(subtractWorkingDays(cin, d('2024-03-31'), 1))).toBe('2024-04-02');
  });
});
