/**
 * What changed in the working-day calendar. A closure day or weekend day added makes every working-day
 * deadline that crosses it a day later (looser); one removed makes it sooner (stricter). Inclusive
 * counting (the start counts as day 1) is stricter than exclusive. Another bank-holiday source is not
 * comparable. Calendar-day, week and month deadlines do not use the calendar.
 */
import type { ResolvedCalendar } from '@wt/dsl';
import type { CalendarDiff, ItemChange } from './policy-diff-types.js';
import { sameMeaning } from './diff-same-meaning.js';

export function diffCalendars(oldCalendar: ResolvedCalendar, newCalendar: ResolvedCalendar): CalendarDiff | undefined {
  const changes: ItemChange[] = [];
  if ((oldCalendar.title ?? '') !== (newCalendar.title ?? '')) {
    changes.push({ change: 'changed', subject: 'title', old: oldCalendar.title ?? '(none)', new: newCalendar.title ?? '(none)', direction: 'neutral', reason: 'the wording only' });
  }
  for (const day of newCalendar.weekend.filter((day) => !oldCalendar.weekend.includes(day))) {
    changes.push({ change: 'added', subject: `weekend day ${day}`, direction: 'looser', reason: 'no longer a working day: working-day deadlines move later' });
  }
  for (const day of oldCalendar.weekend.filter((day) => !newCalendar.weekend.includes(day))) {
    changes.push({ change: 'removed', subject: `weekend day ${day}`, direction: 'stricter', reason: 'now a working day: working-day deadlines come sooner' });
  }
  if (!sameMeaning(oldCalendar.holidays, newCalendar.holidays)) {
    changes.push({
      change: 'changed',
      subject: 'bank holidays',
      old: holidaysText(oldCalendar),
      new: holidaysText(newCalendar),
      direction: 'not-comparable',
      reason: 'another list of bank holidays',
    });
  }
  if (oldCalendar.counting !== newCalendar.counting) {
    const stricter = newCalendar.counting === 'inclusive';
    changes.push({
      change: 'changed',
      subject: 'day counting',
      old: countingText(oldCalendar.counting),
      new: countingText(newCalendar.counting),
      direction: stricter ? 'stricter' : 'looser',
      reason: stricter ? 'a working start day now counts as day 1: due a working day sooner' : 'the start day no longer counts: due a working day later',
    });
  }
  const oldClosures = new Map(oldCalendar.closed.map((closure) => [closure.date, closure.label]));
  const newClosures = new Map(newCalendar.closed.map((closure) => [closure.date, closure.label]));
  const dates = [...new Set([...oldClosures.keys(), ...newClosures.keys()])].sort();
  for (const date of dates) {
    const before = oldClosures.has(date);
    const after = newClosures.has(date);
    if (before && after) {
      if ((oldClosures.get(date) ?? '') === (newClosures.get(date) ?? '')) continue;
      changes.push({
        change: 'changed',
        subject: `closure day ${date}`,
        old: oldClosures.get(date) ?? '(no name)',
        new: newClosures.get(date) ?? '(no name)',
        direction: 'neutral',
        reason: 'its name only',
      });
    } else if (after) {
      changes.push({ change: 'added', subject: `closure day ${closureText(date, newClosures.get(date))}`, direction: 'looser', reason: 'working-day deadlines that cross it move a day later' });
    } else {
      changes.push({ change: 'removed', subject: `closure day ${closureText(date, oldClosures.get(date))}`, direction: 'stricter', reason: 'working-day deadlines that cross it come a day sooner' });
    }
  }
  if (changes.length === 0 && oldCalendar.id === newCalendar.id) return undefined;
  return { oldId: oldCalendar.id, newId: newCalendar.id, changes };
}

function closureText(date: string, label: string | undefined): string {
  return label === undefined || label === '' ? date : `${date} (${label})`;
}

function holidaysText(calendar: ResolvedCalendar): string {
  const source = calendar.holidays;
  if (source === undefined) return 'none';
  return source.kind === 'region' ? `region ${source.region}` : `file ${source.path} (${source.division})`;
}

function countingText(counting: ResolvedCalendar['counting']): string {
  return counting === 'exclusive' ? 'exclusive (the start date is day 0)' : 'inclusive (a working start date is day 1)';
}
