/**
 * Deterministic: the same inputs give byte-identical outputs whatever the machine's time zone and
 * locale. The CLI's commands (eval in every format, explain, export, diff, import) run under UTC and
 * the C locale, under Pacific/Auckland (UTC+12/13, the date line side) in Turkish (whose dotted and
 * dotless i break naive case mapping), and under America/St_Johns (UTC−3:30, a half-hour offset);
 * the engine's date code runs in this process under each zone in turn.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dayText, parseIsoDate, type CaseRecordInput } from '@wt/engine';
import { afterEach, describe, expect, it } from 'vitest';
import { readRepoFile } from '../examples/policy-loading.js';
import { compiledPolicy } from './fuzz/support/bundled-policies.js';
import { DETERMINISM_COMMANDS } from './support/determinism-commands.js';

const DRIVER = fileURLToPath(new URL('./support/determinism-driver.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const ENVIRONMENTS = [
  { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
  { TZ: 'Pacific/Auckland', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  { TZ: 'America/St_Johns', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' },
];

interface DriverOutput {
  environment: { tz: string; lang: string };
  outputs: Record<string, { stdout: string; stderr: string; code: number }>;
}

function runDriver(env: Record<string, string>): DriverOutput {
  const text = execFileSync(process.execPath, ['--import', TSX, DRIVER], { env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return JSON.parse(text) as DriverOutput;
}

describe('the same outputs in every time zone and locale', () => {
  it('for eval, explain, export, diff and import, byte for byte', () => {
    const runs = ENVIRONMENTS.map(runDriver);
    expect(runs.map((run) => run.environment.tz)).toEqual(ENVIRONMENTS.map((env) => env.TZ));
    const [first, ...others] = runs;
    for (const args of DETERMINISM_COMMANDS) {
      const key = args.join(' ');
      const output = first!.outputs[key]!;
      expect(output.stdout.length, key).toBeGreaterThan(100);
      expect([0, 1], `${key}: ${output.stderr}`).toContain(output.code);
      for (const other of others) expect(other.outputs[key], `${key} under ${other.environment.tz}`).toEqual(output);
    }
  }, 180_000);
});

describe('the engine’s dates in this process, under each time zone in turn', () => {
  const original = process.env['TZ'];
  afterEach(() => {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  });

  const cases = JSON.parse(readRepoFile('examples/caseloads/hand-made.json')) as CaseRecordInput[];
  // Dates around the clocks changing in England, New Zealand and Newfoundland, and leap days.
  const dates = ['2024-03-31', '2024-04-01', '2024-04-07', '2024-09-29', '2024-10-27', '2024-11-03', '2024-02-29', '2000-02-29', '1900-03-01', '2100-12-31'];

  function evaluateAll(): string {
    const policy = compiledPolicy('policies/local/northmere.wt');
    const day = parseIsoDate('2024-06-28')!;
    return JSON.stringify(cases.map((input, index) => policy.evaluateInput(input, day, { index }, { explain: true })));
  }

  it('gives the same day numbers, dates and evaluations', () => {
    const results = ['UTC', 'Pacific/Auckland', 'America/St_Johns', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((zone) => {
      process.env['TZ'] = zone;
      // Node reads TZ again when it changes: this process's local time is now in `zone`.
      expect(new Date(Date.UTC(2024, 5, 1, 12)).getTimezoneOffset() === 0).toBe(zone === 'UTC');
      return { days: dates.map((date) => [parseIsoDate(date), dayText(parseIsoDate(date)!)]), evaluation: evaluateAll() };
    });
    for (const result of results.slice(1)) {
      expect(result.days).toEqual(results[0]!.days);
      expect(result.evaluation).toBe(results[0]!.evaluation);
    }
    expect(results[0]!.days.map(([, text]) => text)).toEqual(dates);
  });
});
