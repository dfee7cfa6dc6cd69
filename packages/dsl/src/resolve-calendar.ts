/**
 * A calendar with its own `extends` chain applied. Along the chain, `weekend`, `holidays` and `counting`
 * are inherited from the nearest calendar that gives them (the title is the calendar's own); `closed` accumulates (the base's
 * closure days, then each descendant's, a date listed twice kept once). Defaults: weekend Saturday and
 * Sunday, no holidays, `counting exclusive`.
 */
import type { CalendarIR, ClosureIR, Weekday } from './ir.js';
import type { ResolvedCalendar } from './resolved-policy.js';

export type CalendarLookup = (id: string) => CalendarIR | undefined;

export type CalendarResolution =
  | { ok: true; calendar: ResolvedCalendar }
  /** `chain` runs from the calendar asked for towards its root, ending where the problem is. */
  | { ok: false; problem: 'missing' | 'cycle'; chain: string[] };

export const DEFAULT_WEEKEND: readonly Weekday[] = ['saturday', 'sunday'];

/** The calendar of a policy that names none: weekends only. */
export const WEEKENDS_ONLY_CALENDAR: ResolvedCalendar = {
  id: 'weekends-only',
  title: 'Weekends only (the policy names no calendar)',
  weekend: [...DEFAULT_WEEKEND],
  closed: [],
  counting: 'exclusive',
  chain: ['weekends-only'],
};

export function resolveCalendar(id: string, lookup: CalendarLookup): CalendarResolution {
  const leafToRoot: CalendarIR[] = [];
  const seen = new Set<string>();
  let nextId: string | undefined = id;
  while (nextId !== undefined) {
    if (seen.has(nextId)) return { ok: false, problem: 'cycle', chain: [...leafToRoot.map((c) => c.id), nextId] };
    const calendar = lookup(nextId);
    if (calendar === undefined) return { ok: false, problem: 'missing', chain: [...leafToRoot.map((c) => c.id), nextId] };
    seen.add(nextId);
    leafToRoot.push(calendar);
    nextId = calendar.extends;
  }
  return { ok: true, calendar: mergeCalendars(leafToRoot.reverse()) };
}

function mergeCalendars(rootToLeaf: CalendarIR[]): ResolvedCalendar {
  const resolved: ResolvedCalendar = {
    id: '',
    weekend: [...DEFAULT_WEEKEND],
    closed: [],
    counting: 'exclusive',
    chain: [],
  };
  const closedDates = new Set<string>();
  for (const calendar of rootToLeaf) {
    resolved.id = calendar.id;
    resolved.chain.push(calendar.id);
    if (calendar.title !== undefined) resolved.title = calendar.title;
    else delete resolved.title;
    if (calendar.weekend !== undefined) resolved.weekend = [...new Set(calendar.weekend)];
    if (calendar.holidays !== undefined) resolved.holidays = calendar.holidays;
    if (calendar.counting !== undefined) resolved.counting = calendar.counting;
    for (const closure of calendar.closed ?? []) addClosure(resolved.closed, closedDates, closure);
  }
  resolved.closed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return resolved;
}

function addClosure(closed: ClosureIR[], dates: Set<string>, closure: ClosureIR): void {
  if (dates.has(closure.date)) return;
  dates.add(closure.date);
  closed.push(closure);
}
