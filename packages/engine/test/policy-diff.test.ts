import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileThresholds, diffPolicies, diffPolicySets, nameTypes, type PolicyDiff, type RuleDiff } from '../src/index.js';
import { floorPolicy, NORTHMERE, NORTHMERE_DRAFT, resolvedDespiteErrors, tinyPolicy, WT2010, WT2013 } from './policy-diff-fixtures.js';
import { policyFile, policyFromText } from './policy-from-text.js';

function rule(diff: PolicyDiff, id: string): RuleDiff {
  const found = diff.rules.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no diff for rule ${id}`);
  return found;
}

function changed(diff: PolicyDiff, id: string) {
  const found = rule(diff, id);
  if (found.change !== 'changed') throw new Error(`rule ${id} is ${found.change}`);
  return found;
}

const ruleX = (clauses: string) => `timescale x "Do the thing" {\n${clauses}\n}`;

function diffTiny(oldRule: string, newRule: string): PolicyDiff {
  return diffPolicies(policyFromText(tinyPolicy('tiny', ruleX(oldRule))), policyFromText(tinyPolicy('tiny', ruleX(newRule))));
}

describe('diffPolicies: Working Together 2010 → 2013', () => {
  const diff = diffPolicies(WT2010, WT2013);

  it('says in plain words that the initial and core assessments were replaced by one assessment', () => {
    expect(diff.equal).toBe(false);
    expect(diff.replacements).toEqual([
      {
        removed: ['initial-assessment', 'core-assessment'],
        added: ['assessment'],
        sentence:
          'The initial and core assessments (within 10 working days of the referral, and within 35 working days of the ' +
          'core-assessment-start event) were replaced by one assessment within 45 working days of the referral.',
      },
    ]);
    expect(diff.summary[0]).toBe(diff.replacements[0]!.sentence);
  });

  it('lists the removed and added rules with their statutory status, and the rest as wording only', () => {
    expect(rule(diff, 'initial-assessment')).toMatchObject({ change: 'removed', direction: 'looser', floor: { status: 'statutory-baseline', policy: 'working-together-2010' } });
    expect(rule(diff, 'assessment')).toMatchObject({ change: 'added', direction: 'stricter', floor: { status: 'statutory-baseline', policy: 'working-together-2013' } });
    // The seven rules both editions share changed only their citations.
    const shared = diff.rules.filter((entry) => entry.change === 'changed');
    expect(shared.map((entry) => entry.id)).toEqual(['referral-decision', 'icpc', 'first-core-group', 'first-review', 'later-reviews', 'transfer-in-conference', 'lado-report']);
    for (const entry of shared) expect(entry.direction).toBe('neutral');
    expect(diff.summary[1]).toBe(
      'Only wording, citations or warning windows changed in 7 rules (neutral: no due date moves): referral-decision, icpc, ' +
        'first-core-group, first-review, later-reviews, transfer-in-conference and lado-report.',
    );
  });

  it('names both fingerprints and the events that came and went', () => {
    expect(diff.old.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(diff.new.hash).not.toBe(diff.old.hash);
    expect(diff.events.map((event) => `${event.change} ${event.subject}`)).toEqual([
      'removed event initial-assessment-complete',
      'removed event core-assessment-start',
      'removed event core-assessment-complete',
      'added event assessment-complete',
    ]);
    expect(diff.header.find((item) => item.subject === 'until')).toMatchObject({ change: 'removed', old: '2013-04-14' });
  });
});

describe('diffPolicies: a local protocol and a draft that loosens a timescale and changes a threshold', () => {
  const diff = diffPolicies(NORTHMERE, NORTHMERE_DRAFT, { floorPolicy });

  it('classes 35 → 40 working days as looser, still within the statutory floor of 45', () => {
    const assessment = changed(diff, 'assessment');
    expect(assessment.direction).toBe('looser');
    expect(assessment.clauses[0]).toEqual({ clause: 'within', old: '35 working days', new: '40 working days', direction: 'looser', reason: 'due later' });
    expect(assessment.floor).toEqual({
      status: 'within-floor',
      policy: 'working-together-2013',
      text: 'within the statutory floor of 45 working days (working-together-2013)',
    });
    expect(diff.summary[0]).toBe(
      'assessment is looser: within 35 working days → 40 working days; within the statutory floor of 45 working days (working-together-2013).',
    );
  });

  it('cannot give the floor status without the base that sets it', () => {
    expect(changed(diffPolicies(NORTHMERE, NORTHMERE_DRAFT), 'assessment').floor.status).toBe('unknown');
  });

  it('shows the changed early-help criteria with a witness that gets another level under each', () => {
    expect(diff.thresholds).toHaveLength(1);
    const thresholds = diff.thresholds[0]!;
    expect(thresholds.changes).toEqual([
      {
        change: 'changed',
        subject: 'level 2 (Early help) criteria',
        old: 'significant-harm is not true and disabled is not true and needs-score is at least 3 and needs-score is less than 6 and age is at least 1',
        new: 'significant-harm is not true and disabled is not true and needs-score is at least 5 and needs-score is less than 6 and age is at least 1',
        direction: 'not-comparable',
        reason: 'some cases get another level (see the witness)',
      },
    ]);
    const witness = thresholds.witness!.witness!;
    const types = nameTypes(NORTHMERE.facts.map((fact) => [fact.id, fact.type] as const));
    // Verify the witness on both documents: level 2 (early help) under 2024, level 1 under the draft.
    expect(compileThresholds(NORTHMERE.thresholds[0]!, { types }).evaluate(witness.facts).level).toBe(2);
    expect(compileThresholds(NORTHMERE_DRAFT.thresholds[0]!, { types }).evaluate(witness.facts).level).toBe(1);
    expect(diff.summary[1]).toContain('For example, a case with significant-harm = false, disabled = false, needs-score = 3 and age = 1 gets level 2 (Early help) under the old policy and level 1 (Universal services) under the new one');
  });

  it('breaks the statutory floor when a draft lengthens a statutory timescale', () => {
    const loosened = resolvedDespiteErrors(
      readExample('policies/loosened-assessment.wt'),
      policyFile('england/working-together-2013.wt'),
    );
    const floor = changed(diffPolicies(WT2013, loosened, { floorPolicy }), 'assessment').floor;
    expect(floor).toEqual({
      status: 'breaks-floor',
      policy: 'working-together-2013',
      text: 'breaks the statutory floor of 45 working days (working-together-2013): 50 working days is longer',
    });
  });
});

function readExample(path: string): string {
  return readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8');
}

describe('diffPolicies: clause by clause', () => {
  const base = '  starts at first a\n  requires b within 10 working days';

  it('tightening a duration is stricter, loosening looser', () => {
    expect(changed(diffTiny(base, '  starts at first a\n  requires b within 8 working days'), 'x').clauses).toEqual([
      { clause: 'within', old: '10 working days', new: '8 working days', direction: 'stricter', reason: 'due sooner' },
    ]);
    expect(changed(diffTiny(base, '  starts at first a\n  requires b within 12 working days'), 'x').direction).toBe('looser');
  });

  it('working days against weeks are not comparable; days against weeks are, and it says so', () => {
    const unit = changed(diffTiny(base, '  starts at first a\n  requires b within 2 weeks'), 'x');
    expect(unit.direction).toBe('not-comparable');
    expect(unit.clauses[0]!.reason).toBe('working days and weeks cannot be compared: how many calendar days a span of working days or months covers depends on the start date');
    const same = changed(diffTiny('  starts at first a\n  requires b within 14 days', '  starts at first a\n  requires b within 2 weeks'), 'x');
    expect(same.clauses[0]).toMatchObject({ direction: 'neutral', reason: 'the same time (2 weeks = 14 days (1 week = 7 days))' });
  });

  it('moving the start: first → last is looser, last → first stricter, first → each stricter', () => {
    expect(changed(diffTiny(base, '  starts at last a\n  requires b within 10 working days'), 'x').clauses[0]).toMatchObject({
      clause: 'start',
      old: 'the first start event',
      new: 'the last start event',
      direction: 'looser',
    });
    expect(changed(diffTiny('  starts at last a\n  requires b within 10 working days', base), 'x').direction).toBe('stricter');
    expect(changed(diffTiny(base, '  starts at each a\n  requires b within 10 working days'), 'x').direction).toBe('stricter');
    expect(changed(diffTiny(base, '  starts at first c\n  requires b within 10 working days'), 'x').direction).toBe('not-comparable');
  });

  it('a new way to cancel is looser, a dropped one stricter; statutory added is stricter', () => {
    expect(changed(diffTiny(base, `${base}\n  unless c`), 'x').clauses[0]).toMatchObject({
      clause: 'unless',
      new: 'cancelled by the cancel event',
      direction: 'looser',
    });
    expect(changed(diffTiny(`${base}\n  unless c`, base), 'x').direction).toBe('stricter');
    expect(changed(diffTiny(base, `${base}\n  statutory`), 'x').clauses[0]).toMatchObject({ clause: 'statutory', direction: 'stricter' });
  });

  it('a warning window or a title changes no due date: neutral', () => {
    const warned = changed(diffTiny(base, `${base}\n  warn 2 working days before due`), 'x');
    expect(warned.direction).toBe('neutral');
    expect(warned.clauses[0]).toMatchObject({ clause: 'warn', old: 'no warning window', new: 'warn 2 working days before due' });
  });

  it('a rule added or removed is stricter or looser', () => {
    const withY = tinyPolicy('tiny', `${ruleX(base)}\nreview-point y "Check" {\n  starts at first a\n  requires c within 5 working days\n}`);
    const diff = diffPolicies(policyFromText(tinyPolicy('tiny', ruleX(base))), policyFromText(withY));
    expect(rule(diff, 'y')).toMatchObject({ change: 'added', direction: 'stricter', new: { sentence: 'Check within 5 working days of the start event.' } });
    expect(rule(diffPolicies(policyFromText(withY), policyFromText(tinyPolicy('tiny', ruleX(base)))), 'y')).toMatchObject({ change: 'removed', direction: 'looser' });
  });
});

describe('diffPolicies: calendars, escalation, equality', () => {
  const rules = ruleX('  starts at first a\n  requires b within 10 working days');

  it('closure days added are looser (working-day deadlines move later), removed stricter', () => {
    const open = policyFromText(tinyPolicy('tiny', rules));
    const closed = policyFromText(tinyPolicy('tiny', rules).replace('weekend saturday sunday', 'weekend saturday sunday\n  closed 2024-12-24 "Christmas Eve" 2024-12-27'));
    const diff = diffPolicies(open, closed);
    expect(diff.calendar!.changes).toEqual([
      { change: 'added', subject: 'closure day 2024-12-24 (Christmas Eve)', direction: 'looser', reason: 'working-day deadlines that cross it move a day later' },
      { change: 'added', subject: 'closure day 2024-12-27', direction: 'looser', reason: 'working-day deadlines that cross it move a day later' },
    ]);
    expect(diff.summary).toContain(
      'The calendar adds 2 closure days (looser: working-day deadlines that cross them move later): 2024-12-24 (Christmas Eve) and 2024-12-27.',
    );
    expect(diffPolicies(closed, open).calendar!.changes.map((change) => change.direction)).toEqual(['stricter', 'stricter']);
  });

  it('an escalation step that notifies sooner is stricter; a new step is stricter', () => {
    const ladder = (steps: string) => `${rules}\nescalation standard "Standard" {\n${steps}\n}`;
    const withLadder = (steps: string) => policyFromText(tinyPolicy('tiny', ladder(steps), '  escalation standard\n'));
    const before = withLadder('  notify "Team manager" when overdue 1 working day\n  notify "Head of service" when overdue 5 working days');
    const after = withLadder(
      '  notify "Team manager" when overdue 1 working day\n  notify "Head of service" when overdue 3 working days\n  notify "Director" when overdue 10 working days',
    );
    const escalation = diffPolicies(before, after).escalations;
    expect(escalation).toEqual([
      {
        id: 'standard',
        change: 'changed',
        title: 'Standard',
        changes: [
          {
            change: 'changed',
            subject: 'notify Head of service',
            old: 'notify Head of service when 5 working days overdue',
            new: 'notify Head of service when 3 working days overdue',
            direction: 'stricter',
            reason: 'sooner',
          },
          { change: 'added', subject: 'notify Director when 10 working days overdue', direction: 'stricter', reason: 'a new step' },
        ],
      },
    ]);
  });

  it('compares the default ladders when a local protocol brings its own (WT2013 → Northmere)', () => {
    const diff = diffPolicies(WT2013, NORTHMERE, { floorPolicy });
    expect(diff.escalations).toEqual([
      {
        id: 'standard → northmere',
        change: 'changed',
        title: 'The default ladder',
        changes: [{ change: 'added', subject: "notify Director of Children's Services when 10 working days overdue", direction: 'stricter', reason: 'a new step' }],
      },
    ]);
    expect(changed(diff, 'assessment')).toMatchObject({ direction: 'stricter', floor: { status: 'within-floor' } });
  });

  it('a policy diffed with itself is equal, and the summary says so', () => {
    const diff = diffPolicies(NORTHMERE, NORTHMERE);
    expect(diff.equal).toBe(true);
    expect(diff.rules).toEqual([]);
    expect(diff.summary).toEqual([`The two policies are the same: both have the fingerprint ${diff.new.hash}.`]);
  });
});

describe('diffPolicySets', () => {
  it('pairs versions by id, and the only unpaired version on each side with each other', () => {
    const sets = diffPolicySets([WT2010, WT2013], [WT2013]);
    expect(sets.equal).toBe(false);
    expect(sets.versions.map((version) => `${version.old.id}→${version.new.id}:${version.equal}`)).toEqual(['working-together-2013→working-together-2013:true']);
    expect(sets.removedVersions.map((version) => version.id)).toEqual(['working-together-2010']);
    const single = diffPolicySets([WT2010], [WT2013]);
    expect(single.versions[0]!.replacements).toHaveLength(1);
  });
});
