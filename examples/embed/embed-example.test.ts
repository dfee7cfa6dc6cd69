import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runEmbedExample } from './embed-example.js';

describe('the embedding example', () => {
  const lines = runEmbedExample();

  it('evaluates the cases as of Fri 2024-05-31', () => {
    // 15 working days after Tue 2024-05-07, skipping Mon 27 May (Spring bank holiday): Wed 2024-05-29.
    // C-2 has no conference: (Wed 29, Fri 31 May] = Thu 30, Fri 31 → overdue by 2.
    expect(lines.filter((line) => !line.startsWith('  '))).toEqual([
      'C-1 icpc: start 2024-05-07, due 2024-05-29, met',
      'C-2 icpc: start 2024-05-07, due 2024-05-29, overdue by 2',
      // warn 2 working days before Wed 29 May: Tue 28 (1), Fri 24 (2); overdue by 1 from Thu 30 May.
      'C-2 warn Allocated social worker since 2024-05-24',
      'C-2 notify Team manager since 2024-05-30',
      'record 2, case C-3: /events/0/date is not a valid date (YYYY-MM-DD) [WT704]',
    ]);
  });

  it('explains the overdue obligation step by step', () => {
    const explanation = lines.filter((line) => line.startsWith('  '));
    expect(explanation.map((line) => line.trim().split(':')[0])).toEqual(['rule', 'anchor', 'calendar', 'completion', 'status']);
    expect(explanation[4]).toBe(
      '  status: Overdue by 2 working days: not completed by the due date, Wed 2024-05-29, and the as-of date is Fri 2024-05-31.',
    );
  });

  it('is quoted verbatim in docs/embedding.md (with the package imports a developer writes)', () => {
    const source = readFileSync(new URL('./embed-example.ts', import.meta.url), 'utf8')
      .replace("'@wt/dsl'", "'@wt/dsl'")
      .replace("'@wt/engine'", "'@wt/engine'");
    const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
    const block = /```ts example=examples\/embed\/embed-example\.ts\n([\s\S]*?)```/.exec(doc);
    expect(block?.[1]).toBe(source);
  });
});
