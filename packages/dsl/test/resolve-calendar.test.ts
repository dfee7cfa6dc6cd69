import { describe, expect, it } from 'vitest';
import type { CalendarIR } from '../src/ir.js';
import { resolveCalendar } from '../src/resolve-calendar.js';

function lookupIn(calendars: CalendarIR[]) {
  const byId = new Map(calendars.map((calendar) => [calendar.id, calendar]));
  return (id: string) => byId.get(id);
}

describe('resolveCalendar', () => {
  it('applies defaults: Saturday and Sunday off, exclusive counting, no holidays, no closures', () => {
    expect(resolveCalendar('plain', lookupIn([{ id: 'plain' }]))).toEqual({
      ok: true,
      calendar: { id: 'plain', weekend: ['saturday', 'sunday'], closed: [], counting: 'exclusive', chain: ['plain'] },
    });
  });

  it('inherits the nearest weekend, holidays and counting; accumulates closures; keeps its own title', () => {
    const calendars: CalendarIR[] = [
      { id: 'root', title: 'Root', weekend: ['sunday'], holidays: { kind: 'region', region: 'GB-SCT' }, closed: [{ date: '2024-01-02' }] },
      { id: 'middle', extends: 'root', counting: 'inclusive', closed: [{ date: '2024-12-24', label: 'Closure' }] },
      { id: 'leaf', extends: 'middle', weekend: ['friday', 'saturday'], closed: [{ date: '2024-12-24' }, { date: '2024-06-01' }] },
    ];
    const resolution = resolveCalendar('leaf', lookupIn(calendars));
    expect(resolution).toEqual({
      ok: true,
      calendar: {
        id: 'leaf',
        weekend: ['friday', 'saturday'],
        holidays: { kind: 'region', region: 'GB-SCT' },
        counting: 'inclusive',
        // 2024-12-24 is listed twice along the chain: kept once, with the label of the first listing.
        closed: [{ date: '2024-01-02' }, { date: '2024-06-01' }, { date: '2024-12-24', label: 'Closure' }],
        chain: ['root', 'middle', 'leaf'],
      },
    });
  });

  it('reports a missing calendar and a cycle instead of looping', () => {
    expect(resolveCalendar('a', lookupIn([{ id: 'a', extends: 'b' }]))).toEqual({ ok: false, problem: 'missing', chain: ['a', 'b'] });
    expect(resolveCalendar('a', lookupIn([{ id: 'a', extends: 'b' }, { id: 'b', extends: 'a' }]))).toEqual({
      ok: false,
      problem: 'cycle',
      chain: ['a', 'b', 'a'],
    });
    expect(resolveCalendar('__proto__', lookupIn([]))).toEqual({ ok: false, problem: 'missing', chain: ['__proto__'] });
  });
});
