import { describe, expect, it } from 'vitest';
import { yamlCompletionsAt } from '../src/yaml-completions.js';
import { withCursor } from './support/cursor.js';

function labels(marked: string): string[] {
  const { source, offset } = withCursor(marked);
  return yamlCompletionsAt(source, offset).map((item) => item.label);
}

const HEADER = 'policy:\n  id: local\n  extends: working-together-2013\n';

describe('yamlCompletionsAt', () => {
  it('offers the sections at the top, leaving out those already written', () => {
    expect(labels('|')).toEqual(['policy', 'calendars', 'events', 'facts', 'rules', 'remove', 'escalations', 'thresholds']);
    expect(labels(`${HEADER}ru|`)).toEqual(['calendars', 'events', 'facts', 'rules', 'remove', 'escalations', 'thresholds']);
  });

  it('offers the keys of the policy header that are not written yet', () => {
    expect(labels(`${HEADER}  |`)).toEqual(['title', 'version', 'area', 'effective', 'until', 'calendar', 'escalation', 'source']);
  });

  it('offers the keys of a list item, as YAML reads the indentation', () => {
    expect(labels(`${HEADER}rules:\n  - |`)).toEqual([
      'timescale', 'review-point', 'decision-point', 'title', 'starts-at', 'requires', 'within', 'while', 'unless', 'statutory', 'cites', 'warn', 'escalation',
    ]);
    // Once a rule says `timescale:`, it is no review point or decision point.
    expect(labels(`${HEADER}rules:\n  - timescale: assessment\n    requires: assessment-complete\n    |`)).toEqual([
      'title', 'starts-at', 'within', 'while', 'unless', 'statutory', 'cites', 'warn', 'escalation',
    ]);
    expect(labels(`${HEADER}rules:\n  - timescale: a\n  - |`)).toContain('review-point');
  });

  it('offers the keys of nested mappings: an escalation step, a one-of type, a holidays file', () => {
    expect(labels(`${HEADER}escalations:\n  - id: e\n    steps:\n      - warn: Social worker\n        |`)).toEqual(['before-due']);
    expect(labels(`${HEADER}events:\n  - id: closed\n    attributes:\n      outcome:\n        |`)).toEqual(['one-of']);
    expect(labels(`${HEADER}calendars:\n  - id: c\n    holidays:\n      |`)).toEqual(['file', 'division']);
  });

  it('gives each key its description, what it expects, and the text to insert over the typed part', () => {
    const { source, offset } = withCursor(`${HEADER}rules:\n  - timescale: a\n    wi|`);
    const within = yamlCompletionsAt(source, offset).find((item) => item.label === 'within');
    expect(within).toEqual({
      label: 'within',
      kind: 'key',
      detail: 'a duration such as 45 working days, 10 days, 2 weeks or 3 months',
      documentation: expect.stringContaining('How long after the start the required event is due'),
      insertText: 'within: ',
      // Line 6 is `    wi`: the key starts at column 5, the cursor is at column 7.
      replaceRange: { line: 6, column: 5, endLine: 6, endColumn: 7 },
    });
  });

  it('offers nothing in a value, or where the file cannot hold a key', () => {
    expect(labels(`${HEADER}  title: Loc|`)).toEqual([]);
    expect(labels(`${HEADER}  # a comm|ent`)).toEqual([]);
    expect(labels(`${HEADER}rules:\n  - unless: [a, |]`)).toEqual([]);
  });
});
