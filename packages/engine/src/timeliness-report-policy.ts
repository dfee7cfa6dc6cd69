/** What a timeliness report needs from a policy (or the versions of a policy set): rules and calendars. */
import type { AnchorIR, ResolvedPolicy } from '@wt/dsl';
import { buildCalendar, type BuildCalendarOptions } from './build-calendar.js';
import { durationWords } from './duration-words.js';
import type { ReportRuleInfo } from './timeliness-report-types.js';
import type { WorkingCalendar } from './working-calendar.js';

function anchorEvents(anchor: AnchorIR | undefined): string[] {
  const events: string[] = [];
  for (let step = anchor; step !== undefined; step = step.fallback) if (!events.includes(step.event)) events.push(step.event);
  return events;
}

/**
 * The rules of the versions, in the order they are declared; a rule in several versions is described
 * as the latest version has it.
 */
export function reportRules(versions: readonly ResolvedPolicy[]): ReportRuleInfo[] {
  const rules = new Map<string, ReportRuleInfo>();
  for (const version of versions) {
    for (const rule of version.rules) {
      rules.set(rule.id, {
        id: rule.id,
        title: rule.title ?? rule.id,
        kind: rule.kind,
        statutory: rule.statutory,
        within: durationWords(rule.requires.within.amount, rule.requires.within.unit),
        startEvents: anchorEvents(rule.start),
        requiredEvent: rule.requires.event,
      });
    }
  }
  return [...rules.values()];
}

/** The working calendar of each version, by version id; a calendar that cannot be built is left out (and named in `errors`). */
export function reportCalendars(
  versions: readonly ResolvedPolicy[],
  options: BuildCalendarOptions = {},
): { calendars: Map<string, WorkingCalendar>; errors: string[] } {
  const calendars = new Map<string, WorkingCalendar>();
  const errors: string[] = [];
  for (const version of versions) {
    const built = buildCalendar(version.calendar, options);
    if (built.calendar !== undefined) calendars.set(version.id, built.calendar);
    else errors.push(...built.errors);
  }
  return { calendars, errors };
}
