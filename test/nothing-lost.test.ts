/**
 * Nothing lost: every input record is either in the output or in the error report, and the counts
 * add up — for `wt eval` on NDJSON, JSON and CSV files with bad records scattered through them, and
 * for `wt import cin` on a census return with bad episodes. And output files are written atomically:
 * a CLI killed while it writes `--out FILE` leaves FILE absent or as it was, never half-written.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './fuzz/support/corpus.js';
import { runWtInProcess } from './support/run-wt-in-process.js';

const scratch = mkdtempSync(join(tmpdir(), 'wt-nothing-lost-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const POLICY = join(REPO_ROOT, 'test/bad-inputs/shared/policy.wt');

type Kind = 'good' | 'not-json' | 'no-id' | 'duplicate-id' | 'bad-date' | 'unknown-event' | 'bad-attribute' | 'bad-fact' | 'not-an-object';
const KINDS: readonly Kind[] = ['not-json', 'no-id', 'duplicate-id', 'bad-date', 'unknown-event', 'bad-attribute', 'bad-fact', 'not-an-object'];
/** What each bad record breaks in a CSV file (the others cannot be written in CSV). */
const CSV_KINDS: readonly Kind[] = ['bad-date', 'unknown-event', 'bad-attribute', 'bad-fact'];

function record(kind: Kind, index: number): unknown {
  const id = `C-${index}`;
  const events: Record<string, unknown>[] = [
    { type: 'referral', date: '2024-05-02' },
    { type: 'strategy-discussion', date: '2024-05-03', s47: index % 2 === 0 },
  ];
  const facts: Record<string, unknown> = { 'needs-score': index % 5 };
  switch (kind) {
    case 'no-id':
      return { events, facts };
    case 'duplicate-id':
      return { id: 'C-0', events, facts };
    case 'bad-date':
      events[0]!['date'] = '2023-02-30';
      break;
    case 'unknown-event':
      events[1]!['type'] = 'home-visit';
      break;
    case 'bad-attribute':
      events[1]!['s47'] = 'SECRET-maybe';
      break;
    case 'bad-fact':
      facts['needs-score'] = 'SECRET-high';
      break;
    case 'not-an-object':
      return [id];
  }
  return { id, events, facts };
}

function ndjsonLine(kind: Kind, index: number): string {
  return kind === 'not-json' ? `{"id":"C-${index}","events":[{"type":"referral"` : JSON.stringify(record(kind, index));
}

function csvRows(kind: Kind, index: number): string[] {
  const value = record(kind, index) as { id: string; events: Record<string, unknown>[]; facts: Record<string, unknown> };
  return value.events.map((event, n) => [value.id, event['type'], event['date'], event['s47'] ?? '', n === 0 ? value.facts['needs-score'] : ''].join(','));
}

/** The file, and for each record the line it starts on and whether it is good. */
function caseFile(format: 'ndjson' | 'json' | 'csv', kinds: readonly Kind[]): { text: string; records: { line: number; id: string; good: boolean }[] } {
  const records: { line: number; id: string; good: boolean }[] = [];
  if (format === 'csv') {
    const lines = ['case,event,date,s47,fact:needs-score'];
    kinds.forEach((kind, index) => {
      records.push({ line: lines.length + 1, id: `C-${index}`, good: kind === 'good' });
      lines.push(...csvRows(kind, index));
    });
    return { text: `${lines.join('\n')}\n`, records };
  }
  const lines = kinds.map((kind, index) => {
    records.push({ line: index + (format === 'json' ? 2 : 1), id: `C-${index}`, good: kind === 'good' });
    return ndjsonLine(kind, index);
  });
  return { text: format === 'json' ? `[\n${lines.join(',\n')}\n]\n` : `${lines.join('\n')}\n`, records };
}

/** Records: mostly good, bad ones of every kind scattered among them (the first is always good: C-0). */
const kindsOf = (format: 'ndjson' | 'json' | 'csv') =>
  fc
    .array(fc.oneof({ weight: 4, arbitrary: fc.constant<Kind>('good') }, { weight: 1, arbitrary: fc.constantFrom(...(format === 'csv' ? CSV_KINDS : KINDS)) }), { minLength: 5, maxLength: 60 })
    .map((kinds) => ['good' as Kind, ...kinds.filter((kind) => format !== 'json' || kind !== 'not-json')]);

describe('nothing lost by wt eval', () => {
  for (const format of ['ndjson', 'json', 'csv'] as const) {
    it(`${format}: every record is in the output or in the error report, and read = evaluated + rejected`, async () => {
      await fc.assert(
        fc.asyncProperty(kindsOf(format), async (kinds) => {
          const { text, records } = caseFile(format, kinds);
          const file = join(scratch, `cases.${format}`);
          writeFileSync(file, text);
          const run = await runWtInProcess(['eval', '--policy', POLICY, '--cases', file, '--as-of', '2024-06-03', '--format', 'ndjson'], { cwd: scratch });
          const evaluated = run.stdout.split('\n').filter((line) => line !== '').map((line) => (JSON.parse(line) as { case: string }).case);
          const rejectedLines = new Set([...run.stderr.matchAll(/^cases\.\w+:(\d+): error WT\d{3} /gm)].map((match) => Number(match[1])));
          const summary = /read (\d+) records?: (\d+) evaluated, (\d+) rejected/.exec(run.stderr);
          expect(summary, run.stderr).not.toBeNull();
          const [read, evaluatedCount, rejectedCount] = summary!.slice(1).map(Number) as [number, number, number];
          expect(read).toBe(records.length);
          expect(evaluatedCount + rejectedCount).toBe(read);
          expect(evaluated).toEqual(records.filter((r) => r.good).map((r) => r.id));
          expect(evaluatedCount).toBe(evaluated.length);
          // A CSV row names the line of the problem, which is the record's first or second row.
          const expectedLines = records.filter((r) => !r.good).map((r) => r.line);
          const reported = [...rejectedLines].map((line) => (format === 'csv' && !expectedLines.includes(line) ? line - 1 : line));
          expect(reported.sort((a, b) => a - b)).toEqual(expectedLines);
          expect(rejectedCount).toBe(expectedLines.length);
          expect(run.code).toBe(expectedLines.length > 0 ? 1 : 0);
        }),
        { numRuns: 12 },
      );
    }, 120_000);
  }
});

const CIN_SAMPLE = new URL('../../shared/data/cin/samples/d2i-fake_CIN_data.xml', import.meta.url);
const haveCin = existsSync(CIN_SAMPLE);
if (!haveCin) {
  if (process.env['CI'] === 'true') throw new Error('../shared/data/cin/samples/d2i-fake_CIN_data.xml is missing');
  console.warn('skipping the wt import cin test: ../shared/data/cin/samples/d2i-fake_CIN_data.xml is missing');
}

describe.skipIf(!haveCin)('nothing lost by wt import cin', () => {
  it('every episode is in the output or rejected in the report, and the summary says how many', async () => {
    // Every 25th episode gets a referral date that is not a date (and a distinctive value, which must not be quoted).
    let seen = 0;
    const broken: number[] = [];
    const source = readFileSync(CIN_SAMPLE, 'utf8');
    const text = source.replace(/<CINreferralDate>[^<]*<\/CINreferralDate>/g, (element, offset: number) => {
      seen++;
      if (seen % 25 !== 0) return element;
      broken.push(source.slice(0, offset).split('\n').length);
      return '<CINreferralDate>SECRET-2021-02-30</CINreferralDate>';
    });
    const episodes = source.split('<CINdetails>').length - 1;
    const file = join(scratch, 'census.xml');
    writeFileSync(file, text);
    const run = await runWtInProcess(['import', 'cin', file], { cwd: scratch });
    const output = run.stdout.split('\n').filter((line) => line !== '');
    const errorLines = [...run.stderr.matchAll(/^census\.xml:(\d+): error WT\d{3} /gm)].map((match) => Number(match[1]));
    expect(broken.length).toBeGreaterThan(5);
    expect(errorLines).toEqual(broken);
    expect(output.length + broken.length).toBe(episodes);
    expect(run.stderr).toContain(`${episodes} episodes (${broken.length} rejected)`);
    expect(run.stderr).not.toContain('SECRET');
    expect(run.code).toBe(1);
  }, 120_000);
});

describe('atomic output files', () => {
  const MAIN = fileURLToPath(new URL('../packages/cli/src/main.ts', import.meta.url));
  const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const bigCases = join(scratch, 'big.ndjson');
  const line = (i: number) => `{"id":"B-${i}","events":[{"type":"referral","date":"2024-05-02"},{"type":"decision","date":"2024-05-03"}],"facts":{"needs-score":${i % 5}}}`;

  /** Starts `wt eval … --out target`, kills it (SIGKILL) once its temporary file holds `killAt` bytes. */
  async function killWhileWriting(target: string, killAt: number): Promise<{ killed: boolean; temporaries: string[] }> {
    const child = spawn(process.execPath, ['--import', TSX, MAIN, 'eval', '--policy', POLICY, '--cases', bigCases, '--as-of', '2024-06-03', '--format', 'ndjson', '--out', target, '--quiet'], {
      cwd: scratch,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const prefix = `.${target.split('/').pop()}.`;
    let killed = false;
    while (child.exitCode === null && !killed) {
      const temporary = readdirSync(scratch).find((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
      if (temporary !== undefined && statSync(join(scratch, temporary), { throwIfNoEntry: false })?.size! >= killAt) {
        killed = child.kill('SIGKILL');
      } else {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    await exited;
    return { killed, temporaries: readdirSync(scratch).filter((name) => name.startsWith(prefix)) };
  }

  it('a kill mid-write leaves the previous content of --out FILE, whole', async () => {
    writeFileSync(bigCases, Array.from({ length: 400_000 }, (_, i) => line(i)).join('\n') + '\n');
    const target = join(scratch, 'results.ndjson');
    const previous = `${line(-1)}\n`;
    writeFileSync(target, previous);
    const { killed, temporaries } = await killWhileWriting(target, 2 * 1024 * 1024);
    expect(killed).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe(previous);
    // The half-written output stays in the hidden temporary file beside it, never in FILE.
    expect(temporaries.length).toBeLessThanOrEqual(1);
  }, 120_000);

  it('a kill mid-write leaves no --out FILE when there was none', async () => {
    const target = join(scratch, 'fresh.ndjson');
    const { killed } = await killWhileWriting(target, 2 * 1024 * 1024);
    expect(killed).toBe(true);
    expect(existsSync(target)).toBe(false);
  }, 120_000);
});
