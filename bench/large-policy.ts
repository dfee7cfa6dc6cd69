/**
 * A generator of large, realistic local protocols for the compile benchmark: a protocol that extends
 * WT2013 and adds, block after block, the things real protocols add — events with attributes, facts,
 * review and decision points with `where` filters, `unless`, `while` states, warning windows, their
 * own escalation ladders and threshold documents, with comments and citations. Deterministic.
 *
 *   largeLocalProtocol(10_000)  // at least 10,000 lines
 */

function block(i: number): string[] {
  const team = `team-${i}`;
  const lines = [
    `// Block ${i}: the ${team} pathway. Each block adds its own events, rules, escalation and thresholds,`,
    '// as a protocol with many local pathways would.',
    `event ${team}-referral "Referral to ${team}" {`,
    '  route: one of (standard, urgent, complex),',
    '  interpreter-needed: boolean,',
    '  siblings: number',
    '}',
    `event ${team}-visit "Home visit by ${team}" { announced: boolean }`,
    `event ${team}-plan-agreed "Plan agreed with the family by ${team}"`,
    `event ${team}-case-closed "Case closed by ${team}" { outcome: one of (resolved, stepped-down, transferred) }`,
    '',
    `fact ${team}-score "Needs score recorded by ${team}, 0 to 10" number`,
    `fact ${team}-risk "Risk flagged by ${team}" boolean`,
    '',
    `review-point ${team}-first-visit "First home visit for ${team}" {`,
    `  starts at first ${team}-referral where route = urgent otherwise first ${team}-referral`,
    `  requires ${team}-visit within ${2 + (i % 5)} working days`,
    `  unless ${team}-case-closed where outcome != transferred`,
    '  unless referral-closed',
    `  cites "Local protocol s.${i}.1: a home visit within ${2 + (i % 5)} working days of a referral to ${team}"`,
    '  warn 1 working day before due',
    `  escalation ${team}-ladder`,
    '}',
    '',
    `decision-point ${team}-plan "Agree a plan with the family (${team})" {`,
    `  starts at first ${team}-visit where not announced or announced = true`,
    `  requires ${team}-plan-agreed within ${10 + (i % 11)} working days`,
    `  unless ${team}-case-closed`,
    `  cites "Local protocol s.${i}.2: a plan agreed within ${10 + (i % 11)} working days of the first visit"`,
    '  warn 3 working days before due',
    '}',
    '',
    `review-point ${team}-revisit "Visit again while the plan is in force (${team})" {`,
    `  starts at each ${team}-visit`,
    `  requires ${team}-visit within ${4 + (i % 3)} weeks`,
    '  while plan-start .. plan-end',
    `  unless ${team}-case-closed`,
    `  cites "Local protocol s.${i}.3: visits at least every ${4 + (i % 3)} weeks while the child has a plan"`,
    '}',
    '',
    `escalation ${team}-ladder "Escalation for ${team}" {`,
    '  warn "Allocated worker" 2 working days before due',
    `  notify "${team} manager" when overdue 1 working day`,
    '  notify "Head of service" when overdue 5 working days',
    '}',
    '',
  ];
  if (i % 4 === 0) {
    lines.push(
      `thresholds ${team}-need "${team} continuum of need" {`,
      `  level 4 "Protection (${team})" when ${team}-risk and significant-harm`,
      `  level 3 "Child in need (${team})" when not ${team}-risk and (${team}-score >= 6 or disabled)`,
      `  level 2 "Early help (${team})" when not ${team}-risk and ${team}-score >= 3 and ${team}-score < 6`,
      '  otherwise level 1 "Universal services"',
      '}',
      '',
    );
  }
  return lines;
}

const HEADER = [
  '// A generated local protocol for the compile benchmark (bench/large-policy.ts). Fictional.',
  'policy generated-protocol extends working-together-2013 {',
  '  title "Generated protocol for the compile benchmark"',
  '  version "1"',
  '  area "Generated"',
  '  effective 2024-04-01',
  '  calendar generated',
  '}',
  '',
  'calendar generated extends england-and-wales {',
  '  title "Generated working days"',
  '  closed',
  '    2024-12-24 "Closure (Christmas Eve)"',
  '    2024-12-27 "Closure"',
  '}',
  '',
  'fact significant-harm "Reasonable cause to suspect significant harm" boolean',
  'fact disabled "The child is disabled" boolean',
  '',
];

/** A protocol of at least `minLines` lines (whole blocks, so a little more). */
export function largeLocalProtocol(minLines: number): string {
  const lines = [...HEADER];
  for (let i = 1; lines.length < minLines; i++) lines.push(...block(i));
  return `${lines.join('\n')}\n`;
}
