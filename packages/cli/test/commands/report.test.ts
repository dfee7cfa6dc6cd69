/**
 * `wt report` on census data, its figures recomputed independently: from the XML with regular
 * expressions, and with working days counted one by one over the GOV.UK bank holidays (see
 * ../cin/independent-days.ts), sharing no code with the engine.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMonths, IndependentDays, median } from '../cin/independent-days.js';
import { SAMPLES, SAMPLES_FROM_ROOT, SHARED_DATA, skipWithout } from '../cin/shared-data.js';
import { censusXml, syntheticEpisodes, type SyntheticEpisode } from '../cin/synthetic-census.js';
import { runWt } from '../run-wt.js';

const CENSUS_POLICY = 'policies/cin-census/cin-census.wt';
const HOLIDAYS = `${SHARED_DATA}uk-bank-holidays.json`;
const skip = skipWithout(`${SAMPLES}d2i-fake_CIN_data.xml`) || skipWithout(HOLIDAYS);

interface RuleJson {
  rule: string;
  measured: boolean;
  notRecorded: string[];
  due: number;
  met: number;
  late: number;
  open: number;
  overdue: number;
  cancelled: number;
  daysTaken: { median: number | null };
}
interface ReportJson {
  policy: { hash: string };
  period: { from: string; to: string };
  asOf: string;
  cases: number;
  rules: RuleJson[];
}

const tally = () => ({ due: 0, met: 0, late: 0, open: 0, overdue: 0, cancelled: 0, taken: [] as number[] });
type Tally = ReturnType<typeof tally>;

/**
 * What becomes of one obligation, the engine's semantics restated: completion is the first required
 * date on or after the start (and not after as-of); a stop (cancelling event, or the end of the
 * state) before the completion ends it: cancelled when on or before the due date, else overdue.
 */
function settle(t: Tally, days: IndependentDays, start: string, due: string, done: string | undefined, stop: string | undefined, asOf: string, period: { from: string; to: string }) {
  if (due < period.from || due > period.to) return;
  const completed = done !== undefined && done <= asOf ? done : undefined;
  const stopped = stop !== undefined && stop <= asOf && (completed === undefined || stop < completed) ? stop : undefined;
  if (stopped !== undefined && stopped <= due) {
    t.cancelled++;
    return;
  }
  t.due++;
  if (stopped !== undefined) t.overdue++;
  else if (completed !== undefined) {
    if (completed <= due) t.met++;
    else t.late++;
    t.taken.push(days.workingDaysBetween(start, completed));
  } else if (asOf > due) t.overdue++;
  else t.open++;
}

const brief = (rule: RuleJson) => ({ due: rule.due, met: rule.met, late: rule.late, open: rule.open, overdue: rule.overdue, cancelled: rule.cancelled });
const briefTally = (t: Tally) => ({ due: t.due, met: t.met, late: t.late, open: t.open, overdue: t.overdue, cancelled: t.cancelled });

describe.skipIf(skip)('wt report on a census return', () => {
  it('d2i-fake_CIN_data.xml: the assessment and referral-decision figures a scan of the XML predicts', async () => {
    const run = await runWt(['report', '--policy', CENSUS_POLICY, '--cases', `${SAMPLES_FROM_ROOT}/d2i-fake_CIN_data.xml`, '--as-of', '2022-07-21', '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;
    // As of the ReferenceDate 2022-07-21: the census year 2021-07-22 to 2022-07-21.
    expect(report.period).toEqual({ from: '2021-07-22', to: '2022-07-21' });
    expect(report.cases).toBe(402);

    const days = new IndependentDays(HOLIDAYS);
    const text = readFileSync(`${SAMPLES}d2i-fake_CIN_data.xml`, 'utf8');
    const assessment = tally();
    const decision = tally();
    for (const [, block] of text.matchAll(/<CINdetails>([\s\S]*?)<\/CINdetails>/g)) {
      const referral = /<CINreferralDate>([^<]+)</.exec(block!)![1]!;
      if (referral > report.asOf) continue;
      const closureDate = /<CINclosureDate>([^<]+)</.exec(block!)?.[1];
      const nfa = /<ReferralNFA>(true|1)</.test(block!);
      // A closure before the referral (bad data) cancels nothing: a stop counts from the start on.
      const closure = closureDate ?? (nfa ? referral : undefined);
      const stop = closure !== undefined && closure >= referral ? closure : undefined;
      // No Assessments in this file: nothing completes an assessment, nothing records a decision.
      settle(assessment, days, referral, days.addWorkingDays(referral, 45), undefined, stop, report.asOf, report.period);
      settle(decision, days, referral, days.addWorkingDays(referral, 1), undefined, undefined, report.asOf, report.period);
    }
    const rule = (id: string) => report.rules.find((entry) => entry.rule === id)!;
    expect(brief(rule('assessment'))).toEqual(briefTally(assessment));
    expect(brief(rule('referral-decision'))).toEqual(briefTally(decision));
    expect(assessment.due).toBeGreaterThan(0);
    expect(rule('assessment').met).toBe(0);
    // The file records no authorisation and no decision: both rules are flagged as not measured.
    expect([rule('assessment').notRecorded, rule('referral-decision').notRecorded]).toEqual([['assessment-complete'], ['decision']]);
  });

  it('a synthetic return: assessment, census-icpc and first-review figures recomputed from the episodes', async () => {
    const asOf = '2023-03-31';
    const period = { from: '2022-04-01', to: '2023-03-31' };
    const episodes = syntheticEpisodes(20240531, 400, '2022-01-03', 440);
    const directory = mkdtempSync(join(tmpdir(), 'wt-report-'));
    const file = join(directory, 'synthetic-census.xml');
    writeFileSync(file, censusXml(episodes, asOf));
    const run = await runWt(['report', '--policy', CENSUS_POLICY, '--cases', file, '--period', `${period.from}..${period.to}`, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as ReportJson;
    expect(report.asOf).toBe(asOf);

    const days = new IndependentDays(HOLIDAYS);
    const assessment = tally();
    const icpc = tally();
    const firstReview = tally();
    const closureOf = (episode: SyntheticEpisode) => episode.closure ?? (episode.nfa ? episode.referral : undefined);
    for (const episode of episodes) {
      if (episode.referral > asOf) continue;
      const closure = closureOf(episode);
      settle(assessment, days, episode.referral, days.addWorkingDays(episode.referral, 45), episode.assessment?.authorised, closure, asOf, period);
      const s47 = episode.s47;
      if (s47 !== undefined && s47.start <= asOf) {
        // ICPCnotRequired is dated at the enquiry's start: it stops the clock on its first day.
        const stop = s47.notRequired ? s47.start : closure;
        settle(icpc, days, s47.start, days.addWorkingDays(s47.start, 15), s47.icpc, stop, asOf, period);
      }
      const plan = episode.plan;
      if (plan !== undefined && plan.start <= asOf) {
        // Reviews are after the plan's start; the plan's end stops the obligation when it is later than the start.
        settle(firstReview, days, plan.start, addMonths(plan.start, 3), plan.reviews[0], plan.end, asOf, period);
      }
    }
    const rule = (id: string) => report.rules.find((entry) => entry.rule === id)!;
    for (const [id, expected] of [['assessment', assessment], ['census-icpc', icpc], ['first-review', firstReview]] as const) {
      expect(brief(rule(id)), id).toEqual(briefTally(expected));
      expect(rule(id).daysTaken.median, id).toBe(median(expected.taken));
      expect(rule(id).measured, id).toBe(true);
    }
    expect(assessment.met).toBeGreaterThan(20);
    expect(assessment.late).toBeGreaterThan(5);
    expect(icpc.cancelled + icpc.met + icpc.late).toBeGreaterThan(10);
    expect(firstReview.due).toBeGreaterThan(5);
    // Strategy discussions, decisions and core groups are not in the census.
    expect(report.rules.filter((entry) => !entry.measured).map((entry) => entry.rule)).toEqual([
      'referral-decision',
      'icpc',
      'first-core-group',
      'transfer-in-conference',
      'lado-report',
    ]);
  });
});

describe('wt report formats and options', () => {
  const handMade = ['report', '--policy', 'policies/england', '--cases', 'examples/caseloads/hand-made.json', '--as-of', '2024-06-28'];

  it('carries the policy hash in every format', async () => {
    const json = JSON.parse((await runWt([...handMade, '--format', 'json'])).stdout) as ReportJson;
    expect(json.policy.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const format of ['table', 'markdown', 'csv', 'html']) {
      const run = await runWt([...handMade, '--format', format]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout, format).toContain(json.policy.hash);
    }
  });

  it('writes a self-contained HTML page, its format taken from --out', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'wt-report-'));
    const out = join(directory, 'board.html');
    const run = await runWt([...handMade, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(html.match(/<svg /g)!.length).toBeGreaterThanOrEqual(2);
  });

  it('escapes case ids in the HTML page', async () => {
    // Referral Thu 2 May 2024, decision Tue 7 May: late (due Fri 3 May), so the case is listed.
    const hostile = JSON.stringify({ id: '<img src=x onerror=alert(1)>', events: [{ type: 'referral', date: '2024-05-02' }, { type: 'decision', date: '2024-05-07' }] });
    const run = await runWt(['report', '--policy', 'policies/england', '--cases', '-', '--cases-format', 'ndjson', '--as-of', '2024-06-28', '--format', 'html'], { input: `${hostile}\n` });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(run.stdout).not.toContain('<img');
  });

  it('reports only the rules asked for', async () => {
    const run = await runWt([...handMade, '--format', 'json', '--rule', 'assessment', '--rule', 'icpc']);
    expect((JSON.parse(run.stdout) as ReportJson).rules.map((rule) => rule.rule)).toEqual(['icpc', 'assessment']);
  });

  it('refuses a bad period, an as-of date before it, an unknown rule', async () => {
    for (const extra of [['--period', '2024-04-01'], ['--period', '2024-04-01..2024-02-30'], ['--period', '2024-04-01..2024-06-30', '--as-of', '2024-03-01'], ['--rule', 'nope'], ['--worst', 'x']]) {
      const run = await runWt(['report', '--policy', 'policies/england', '--cases', 'examples/caseloads/hand-made.json', ...extra]);
      expect(run.code, extra.join(' ')).toBe(2);
    }
  });

  it('still writes the report when records are rejected, and exits 1', async () => {
    const input = [JSON.stringify({ id: 'ok', events: [{ type: 'referral', date: '2024-05-02' }] }), '{"id": "bad", "events": [{"type": "referral", "date": "2024-02-30"}]}'].join('\n');
    const run = await runWt(['report', '--policy', 'policies/england', '--cases', '-', '--cases-format', 'ndjson', '--as-of', '2024-06-28', '--format', 'json'], { input });
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as ReportJson).cases).toBe(1);
    expect(run.stderr).toContain('<stdin>:2: error WT704 case bad: /events/0/date is not a valid date (YYYY-MM-DD)');
  });
});
