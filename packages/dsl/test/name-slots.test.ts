import { describe, expect, it } from 'vitest';
import { completionContextAt } from '../src/content-assist.js';
import { comparedName, eventOfFilter, nameSlots, tokensBefore } from '../src/name-slots.js';

function slotsAtEnd(text: string): string[] {
  return nameSlots(completionContextAt(text, text.length)).map((slot) => `${slot.declares ? 'declares' : 'refers'} ${slot.kind}`);
}

function before(text: string) {
  return tokensBefore(text, text.length);
}

describe('nameSlots', () => {
  const header = 'policy p extends working-together-2013 {\n}\n';

  it('expects an event after requires, starts at, while and unless', () => {
    expect(slotsAtEnd(`${header}timescale a {\n  requires `)).toEqual(['refers event']);
    expect(slotsAtEnd(`${header}timescale a {\n  starts at first `)).toEqual(['refers event']);
    expect(slotsAtEnd(`${header}timescale a {\n  while `)).toEqual(['refers event']);
    expect(slotsAtEnd(`${header}timescale a {\n  unless `)).toEqual(['refers event']);
  });

  it('expects a fact in thresholds, an attribute in a where filter, a value after a comparison', () => {
    expect(slotsAtEnd(`${header}thresholds t {\n  level 4 "x" when `)).toEqual(['refers fact']);
    expect(slotsAtEnd(`${header}timescale a {\n  starts at first strategy-discussion where `)).toEqual(['refers attribute']);
    expect(slotsAtEnd(`${header}thresholds t {\n  level 4 "x" when primary-need = `)).toEqual(['refers enum-value']);
  });

  it('expects a policy after extends, a calendar or a ladder in the header, a rule after remove', () => {
    expect(slotsAtEnd('policy p extends ')).toEqual(['refers policy']);
    expect(slotsAtEnd('policy p {\n  calendar ')).toEqual(['refers calendar']);
    expect(slotsAtEnd('policy p {\n  escalation ')).toEqual(['refers escalation']);
    expect(slotsAtEnd(`${header}remove timescale `)).toEqual(['refers rule']);
    expect(slotsAtEnd(`${header}calendar c extends `)).toEqual(['refers calendar']);
  });

  it('tells declarations from references', () => {
    expect(slotsAtEnd('policy ')).toEqual(['declares policy']);
    expect(slotsAtEnd(`${header}timescale `)).toEqual(['declares rule']);
    expect(slotsAtEnd(`${header}event `)).toEqual(['declares event']);
    expect(slotsAtEnd(`${header}event e { `)).toEqual(['declares attribute']);
    expect(slotsAtEnd(`${header}calendar `)).toEqual(['declares calendar']);
  });
});

describe('eventOfFilter and comparedName', () => {
  it('find the event a filter reads, and the name a value is compared with', () => {
    expect(eventOfFilter(before('starts at first strategy-discussion where s47 = true otherwise last icpc where '))).toBe('icpc');
    expect(eventOfFilter(before('starts at first icpc where a = 1 and (b or '))).toBe('icpc');
    expect(comparedName(before('when primary-need = N'))).toBe('primary-need');
    expect(comparedName(before('when primary-need != '))).toBe('primary-need');
    expect(comparedName(before('when primary-need in (N1, N'))).toBe('primary-need');
    expect(comparedName(before('when needs-score >= '))).toBeUndefined();
    expect(comparedName(before('when (a = 1) and b in (x) or c '))).toBeUndefined();
  });

  it('do not reach back past the condition being written', () => {
    expect(eventOfFilter(before('starts at first icpc where a = 1\n  requires '))).toBeUndefined();
    expect(eventOfFilter(before('unless x where a = 1\n}\nthresholds t {\n  level 1 "x" when '))).toBeUndefined();
  });
});
