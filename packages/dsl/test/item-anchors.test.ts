import { describe, expect, it } from 'vitest';
import { findItemAnchors } from '../src/item-anchors.js';
import { parseText } from '../src/parse-text.js';

const source = [
  'policy p {',
  '  title "T" effective 2024-04-01',
  '  calendar c',
  '}',
  'calendar c {',
  '  weekend saturday sunday',
  '  closed 2024-12-24 "title" counting exclusive',
  '}',
  'timescale t {',
  '  starts at first cites where escalation = cites',
  '  cites "one"',
  '  escalation statutory',
  '  cites "two"',
  '}',
  '',
].join('\n');

describe('findItemAnchors', () => {
  const anchors = findItemAnchors(source, parseText(source).ir);

  it('finds the lines of a policy header, several on one line', () => {
    expect(anchors.get('policy/title')).toEqual({ line: 2, column: 3 });
    expect(anchors.get('policy/effective')).toEqual({ line: 2, column: 13 });
    expect(anchors.get('policy/calendar')).toEqual({ line: 3, column: 3 });
  });

  it('finds calendar keywords, not strings spelt like them', () => {
    expect(anchors.get('calendar/0/weekend')).toEqual({ line: 6, column: 3 });
    expect(anchors.get('calendar/0/closed')).toEqual({ line: 7, column: 3 });
    expect(anchors.get('calendar/0/counting')).toEqual({ line: 7, column: 29 });
    expect(anchors.get('calendar/0/title')).toBeUndefined();
  });

  it('finds `cites` and `escalation` lines, not the same words inside a condition', () => {
    expect(anchors.get('rule/0/cites/0')).toEqual({ line: 11, column: 3 });
    expect(anchors.get('rule/0/cites/1')).toEqual({ line: 13, column: 3 });
    expect(anchors.get('rule/0/escalation')).toEqual({ line: 12, column: 3 });
  });
});
