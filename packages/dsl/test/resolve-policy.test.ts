import { describe, expect, it } from 'vitest';
import { checkTexts } from './support/check-texts.js';
import { BASE, BASE_FILE } from './support/statutory-base.js';

const LOCAL = `policy example-borough extends working-together-2013 {
  title "Example Borough protocol"
  effective 2024-04-01
  calendar borough
}
calendar borough extends england { closed 2024-12-27 2024-12-24 }
timescale assessment {
  requires assessment-complete within 35 working days
  cites "Example Borough protocol 3.1"
}
review-point manager-review {
  statutory
}
review-point case-audit "Audit the case" {
  starts at first referral
  requires assessment-complete within 20 working days
}
escalation standard {
  notify "Head of service" when overdue 5 working days
}
`;

describe('resolution of the extends chain', () => {
  const result = checkTexts({ [BASE_FILE]: BASE, 'example-borough.wt': LOCAL });
  const resolved = result.resolved!;
  const rule = (id: string) => resolved.rules.find((candidate) => candidate.id === id)!;

  it('resolves without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(resolved.chain).toEqual(['working-together-2013', 'example-borough']);
  });

  it('keeps the policy its own identity: title and dates are not inherited', () => {
    expect(resolved).toMatchObject({ id: 'example-borough', title: 'Example Borough protocol', effective: '2024-04-01' });
  });

  it('merges an override field by field: what it leaves out is inherited; `cites` replaces the base list', () => {
    const assessment = rule('assessment');
    expect(assessment.requires.within).toMatchObject({ amount: 35, unit: 'working-days' });
    expect(assessment.start).toMatchObject({ event: 'referral', which: 'first' });
    expect(assessment.unless).toMatchObject([{ event: 'referral-closed' }]);
    expect(assessment.cites).toEqual(['Example Borough protocol 3.1']);
    expect(assessment).toMatchObject({
      kind: 'timescale',
      title: 'Complete the assessment',
      statutory: true,
      declaredIn: 'working-together-2013',
      definedIn: 'example-borough',
      statutoryIn: 'working-together-2013',
    });
  });

  it('lets a local protocol make an inherited rule statutory, recording where', () => {
    expect(rule('manager-review')).toMatchObject({ statutory: true, statutoryIn: 'example-borough', declaredIn: 'working-together-2013' });
  });

  it('keeps inherited rules untouched and in order, then the new rules', () => {
    expect(resolved.rules.map((candidate) => candidate.id)).toEqual(['assessment', 'icpc', 'later-reviews', 'manager-review', 'case-audit']);
    expect(rule('icpc')).toMatchObject({ definedIn: 'working-together-2013', cites: [], statutory: true });
    expect(rule('case-audit')).toMatchObject({ declaredIn: 'example-borough', definedIn: 'example-borough', statutory: false });
    expect(rule('case-audit').statutoryIn).toBeUndefined();
  });

  it('resolves the calendar along its own chain: settings inherited, closures accumulated and sorted', () => {
    expect(resolved.calendar).toMatchObject({
      id: 'borough',
      chain: ['england', 'borough'],
      weekend: ['saturday', 'sunday'],
      holidays: { kind: 'region', region: 'GB-ENG' },
      counting: 'exclusive',
    });
    expect(resolved.calendar.closed.map((closure) => closure.date)).toEqual(['2013-12-24', '2024-12-24', '2024-12-27']);
  });

  it('replaces a whole escalation ladder of the same id, and inherits the default ladder', () => {
    expect(resolved.escalations).toHaveLength(1);
    expect(resolved.escalations[0]!.steps.map((step) => step.role)).toEqual(['Head of service']);
    expect(resolved.defaultEscalation).toBe('standard');
  });

  it('merges events and facts from the whole chain', () => {
    expect(resolved.events.map((event) => event.id)).toContain('review-conference');
    expect(resolved.facts.map((fact) => fact.id)).toEqual(['needs-score']);
  });

  it('inherits the base calendar when the policy names none, and replaces `unless` when an override gives it', () => {
    const local = `policy quiet extends working-together-2013 {
  effective 2024-04-01
}
timescale assessment {
  unless referral-closed where outcome = nfa and outcome != transferred
}
`;
    const other = checkTexts({ [BASE_FILE]: BASE, 'quiet.wt': local });
    expect(other.diagnostics).toEqual([]);
    expect(other.resolved!.calendar.id).toBe('england');
    const assessment = other.resolved!.rules.find((candidate) => candidate.id === 'assessment')!;
    expect(assessment.unless).toHaveLength(1);
    expect(assessment.unless![0]!.where).toMatchObject({ op: 'and' });
  });
});
