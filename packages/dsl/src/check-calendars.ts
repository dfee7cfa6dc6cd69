/**
 * Calendars: real weekdays, at least one working day in the week, a known holiday region (or GOV.UK
 * division), closure dates that exist and are listed once (along the whole `extends` chain), and no
 * cycle in `extends`.
 */
import type { CheckContext } from './check-context.js';
import { didYouMeanHint } from './closest-name.js';
import type { CalendarIR, ClosureIR, Weekday } from './ir.js';
import { isIsoDate } from './iso-date.js';
import type { Origin } from './policy-scope.js';
import { resolveCalendar } from './resolve-calendar.js';
import type { ChecksByKind } from './validation-registry.js';

export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const HOLIDAY_REGIONS: readonly string[] = ['GB-ENG', 'GB-SCT', 'GB-NIR'];
export const GOVUK_DIVISIONS: readonly string[] = ['england-and-wales', 'scotland', 'northern-ireland'];

function checkWeekend(calendar: CalendarIR, context: CheckContext): void {
  for (const day of calendar.weekend ?? []) {
    if ((WEEKDAYS as readonly string[]).includes(day)) continue;
    context.error('WT604', `\`${day}\` is not a day of the week`, calendar.loc, {
      hint: didYouMeanHint(day, WEEKDAYS) ?? `days: ${WEEKDAYS.join(', ')}`,
    });
  }
  const weekend = calendar.weekend;
  if (weekend !== undefined && WEEKDAYS.every((day) => weekend.includes(day))) {
    context.error('WT601', `calendar \`${calendar.id}\` has no working days: all seven days are weekend days`, calendar.loc, {
      hint: 'a weekend is usually `weekend saturday sunday`',
    });
  }
}

function checkHolidays(calendar: CalendarIR, context: CheckContext): void {
  const holidays = calendar.holidays;
  if (holidays === undefined) return;
  const range = holidays.loc ?? calendar.loc;
  if (holidays.kind === 'region' && !HOLIDAY_REGIONS.includes(holidays.region)) {
    context.error('WT603', `there are no bank holidays for region "${holidays.region}"`, range, {
      hint: `regions: ${HOLIDAY_REGIONS.map((region) => `"${region}"`).join(', ')} (England and Wales, Scotland, Northern Ireland)`,
    });
  }
  if (holidays.kind === 'govuk-file' && !GOVUK_DIVISIONS.includes(holidays.division)) {
    context.error('WT606', `a GOV.UK bank-holidays file has no division "${holidays.division}"`, range, {
      hint: `divisions: ${GOVUK_DIVISIONS.map((division) => `"${division}"`).join(', ')}`,
    });
  }
}

function checkClosures(calendar: CalendarIR, context: CheckContext): void {
  const listed = new Map<string, ListedClosure>();
  for (const inherited of inheritedClosures(calendar, context)) {
    if (!listed.has(inherited.closure.date)) listed.set(inherited.closure.date, inherited);
  }
  for (const closure of calendar.closed ?? []) {
    const range = closure.loc ?? calendar.loc;
    if (!isIsoDate(closure.date)) {
      context.error('WT301', `\`${closure.date}\` is not a date`, range, { hint: 'write a date as YYYY-MM-DD, e.g. 2024-12-24' });
      continue;
    }
    const earlier = listed.get(closure.date);
    if (earlier === undefined) {
      listed.set(closure.date, { closure });
      continue;
    }
    const where = earlier.calendar === undefined ? 'already listed here' : `already a closure day of calendar \`${earlier.calendar}\``;
    context.error('WT602', `${closure.date} is listed as a closure day twice`, range, {
      related: [context.relatedAt(where, earlier.closure.loc, earlier.origin)],
    });
  }
}

interface ListedClosure {
  closure: ClosureIR;
  /** For an inherited closure: the calendar that lists it and where that calendar is. */
  calendar?: string;
  origin?: Origin;
}

/** Closure days of the calendars this one extends, with where they were written. */
function inheritedClosures(calendar: CalendarIR, context: CheckContext): ListedClosure[] {
  const closures: ListedClosure[] = [];
  const seen = new Set<string>([calendar.id]);
  let baseId = calendar.extends;
  while (baseId !== undefined && !seen.has(baseId)) {
    seen.add(baseId);
    const base = context.scope.calendars.get(baseId);
    if (base === undefined) break;
    for (const closure of base.node.closed ?? []) closures.push({ closure, calendar: baseId, origin: base.origin });
    baseId = base.node.extends;
  }
  return closures;
}

function checkCalendarCycle(calendar: CalendarIR, context: CheckContext): void {
  if (calendar.extends === undefined) return;
  const resolution = resolveCalendar(calendar.id, (id) => context.scope.calendars.get(id)?.node);
  if (resolution.ok || resolution.problem !== 'cycle') return;
  const cycleStart = resolution.chain.indexOf(resolution.chain[resolution.chain.length - 1]!);
  const cycle = resolution.chain.slice(cycleStart);
  if (!cycle.includes(calendar.id)) return;
  const message =
    calendar.extends === calendar.id
      ? `calendar \`${calendar.id}\` extends itself`
      : `calendar \`${calendar.id}\` extends itself through ${cycle.map((id) => `\`${id}\``).join(' → ')}`;
  context.error('WT605', message, calendar.loc, { hint: 'a calendar may extend only a calendar that does not extend it' });
}

export const calendarChecks: ChecksByKind = {
  calendar: [checkWeekend, checkHolidays, checkClosures, checkCalendarCycle],
};
