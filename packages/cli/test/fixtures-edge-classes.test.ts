import type { ResolvedCalendar, ResolvedRule } from '@wt/dsl';
import { buildCalendar, parseIsoDate, type CaseRecord, type ObligationResult, type WorkingCalendar } from '@wt/engine';
import { describe, expect, it } from 'vitest';
import { edgeClassesOf } from '../src/fixtures/edge-classes.js';

const CALENDAR: ResolvedCalendar = {
  id: 'test',
  weekend: ['saturday', 'sunday'],
  holidays: { kind: 'region', region: 'GB-ENG' },
  closed: [{ date: '2024-12-24', label: 'Council closure' }],
  counting: 'exclusive',
  chain: ['test'],
};
const calendar: WorkingCalendar = buildCalendar(CALENDAR).calendar!;

function rule(unit: 'working-days' | 'months', requires = 'done'): ResolvedRule {
  return {
    kind: 'timescale',
    id: 'r',
    start: { which: 'first', event: 'start' },
    requires: { event: requires, within: { amount: 1, unit } },
    statutory: false,
    cites: [],
    declaredIn: 'p',
    definedIn: 'p',
  };
}

function obligation(start: string, due: string, fields: Partial<ObligationResult> = {}): ObligationResult {
  return {
    rule: 'r',
    kind: 'timescale',
    title: 'r',
    start,
    due,
    completed: null,
    status: 'open',
    lateBy: null,
    overdueBy: null,
    provisional: false,
    version: 'p',
    statutory: false,
    explanation: [],
    ...fields,
  };
}

function record(events: { type: string; date: string }[] = []): CaseRecord {
  return {
    id: 'c',
    events: events.map((event, index) => ({ type: event.type, day: parseIsoDate(event.date)!, index, attributes: {} })),
    eventsByType: new Map(),
    facts: {},
    warnings: [],
  };
}

const classes = (o: ObligationResult, r: ResolvedRule, asOf: string, events: { type: string; date: string }[] = []) =>
  [...edgeClassesOf(o, r, calendar, record(events), parseIsoDate(asOf)!)].sort();

describe('edgeClassesOf', () => {
  it('a Saturday start, and a bank holiday among the working days counted', () => {
    // Sat 2024-05-25 + 1 working day: Sun, then Mon 05-27 is the Spring bank holiday → Tue 05-28.
    expect(classes(obligation('2024-05-25', '2024-05-28'), rule('working-days'), '2024-05-28')).toEqual(['bank-holiday-crossed', 'weekend-start']);
    // Mon 2024-06-03 + 1 → Tue 06-04: an ordinary week.
    expect(classes(obligation('2024-06-03', '2024-06-04'), rule('working-days'), '2024-06-04')).toEqual([]);
  });

  it('a closure day crossed: Mon 2024-12-23 + 1 skips the closure on Tue 24 and Christmas', () => {
    expect(classes(obligation('2024-12-23', '2024-12-27'), rule('working-days'), '2024-12-27')).toEqual(['bank-holiday-crossed', 'closure-day-crossed']);
  });

  it('holidays counted in "overdue by" count even for a month rule', () => {
    // Wed 2024-04-24 + 1 month = Fri 2024-05-24; overdue at Tue 05-28 by 1 (Mon 27 is the Spring bank holiday).
    const overdue = obligation('2024-04-24', '2024-05-24', { status: 'overdue', overdueBy: 1 });
    expect(classes(overdue, rule('months'), '2024-05-28')).toEqual(['bank-holiday-crossed']);
    // A month rule's own span reads no holidays: 2024-03-15 + 3 months = 2024-06-15, met on time.
    expect(classes(obligation('2024-03-15', '2024-06-15', { status: 'met' }), rule('months'), '2024-06-28')).toEqual([]);
  });

  it('a month-end clamp, and a leap day as the due date', () => {
    // 30 November 2023 + 3 months = 29 February 2024: clamped, and a leap day.
    expect(classes(obligation('2023-11-30', '2024-02-29'), rule('months'), '2024-01-01')).toEqual(['leap-day', 'month-end-clamp']);
    // 30 November 2022 + 3 months = 28 February 2023: clamped; no leap day in 2023.
    expect(classes(obligation('2022-11-30', '2023-02-28'), rule('months'), '2023-01-01')).toEqual(['month-end-clamp']);
  });

  it('a leap day between start and due', () => {
    // Tue 2024-02-20 + 10 working days: Feb 21–23 (3), 26–29 (7), Mar 1 (8), 4–5 (10) → Tue 03-05.
    expect(classes(obligation('2024-02-20', '2024-03-05'), rule('working-days'), '2024-02-21')).toEqual(['leap-day']);
  });

  it('an as-of cut-off: an event the rule reads dated after the as-of date', () => {
    const events = [
      { type: 'start', date: '2024-06-03' },
      { type: 'done', date: '2024-06-05' },
      { type: 'unrelated', date: '2024-06-06' },
    ];
    expect(classes(obligation('2024-06-03', '2024-06-04'), rule('working-days'), '2024-06-04', events)).toEqual(['as-of-cut-off']);
    expect(classes(obligation('2024-06-03', '2024-06-04'), rule('working-days'), '2024-06-05', events)).toEqual([]);
  });
});
