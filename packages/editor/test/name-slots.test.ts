import { describe, expect, it } from 'vitest';
import { completionContextAt } from '@wt/dsl';
import { comparedName, eventBeforeWhere, slotKinds } from '../src/name-slots.js';

function kindsAtEnd(text: string): string[] {
  return [...slotKinds(completionContextAt(text, text.length))];
}

describe('slotKinds', () => {
  const header = 'policy p extends working-together-2013 {\n}\n';

  it('expects an event after requires, starts at, while and unless', () => {
    expect(kindsAtEnd(`${header}timescale a {\n  requires `)).toEqual(['event']);
    expect(kindsAtEnd(`${header}timescale a {\n  starts at first `)).toEqual(['event']);
    expect(kindsAtEnd(`${header}timescale a {\n  while `)).toEqual(['event']);
    expect(kindsAtEnd(`${header}timescale a {\n  unless `)).toEqual(['event']);
  });

  it('expects a fact in thresholds and an attribute in a where filter', () => {
    expect(kindsAtEnd(`${header}thresholds t {\n  level 4 "x" when `)).toEqual(['fact']);
    expect(kindsAtEnd(`${header}timescale a {\n  starts at first strategy-discussion where `)).toEqual(['attribute']);
  });

  it('expects a value of a one-of type after a comparison', () => {
    expect(kindsAtEnd(`${header}thresholds t {\n  level 4 "x" when primary-need = `)).toEqual(['enum-value']);
  });

  it('expects a policy after extends, a calendar or a ladder in the header, a rule after remove', () => {
    expect(kindsAtEnd('policy p extends ')).toEqual(['policy']);
    expect(kindsAtEnd('policy p {\n  calendar ')).toEqual(['calendar']);
    expect(kindsAtEnd('policy p {\n  escalation ')).toEqual(['escalation']);
    expect(kindsAtEnd(`${header}remove timescale `)).toEqual(['rule']);
    expect(kindsAtEnd(`${header}calendar c extends `)).toEqual(['calendar']);
  });
});

describe('eventBeforeWhere and comparedName', () => {
  it('find the event a filter reads, and the name a value is compared with', () => {
    expect(eventBeforeWhere('starts at first strategy-discussion where s47 = true otherwise last icpc where ')).toBe('icpc');
    expect(comparedName('when primary-need = N')).toBe('primary-need');
    expect(comparedName('when primary-need in (N1, N')).toBe('primary-need');
    expect(comparedName('when needs-score >= ')).toBeUndefined();
  });
});
