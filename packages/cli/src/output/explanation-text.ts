/** One case's results with their explanations, in plain English, for `wt explain`. */
import type { CaseResult, ExplanationStep, ObligationResult } from '@wt/engine';
import type { Style } from '../io/terminal.js';

export function explanationText(result: CaseResult, style: Style): string {
  const lines: string[] = [];
  const version = result.policy.version ? ` ${result.policy.version}` : '';
  lines.push(style.bold(`Case ${result.case}, as of ${result.asOf}`));
  lines.push(style.dim(`policy ${result.policy.id}${version} (${result.policy.hash})`));
  lines.push('');
  if (result.obligations.length === 0) lines.push('No obligations.');
  for (const o of result.obligations) {
    const qualities = [o.kind, o.statutory ? 'statutory' : undefined, o.version !== result.policy.id ? `version ${o.version}` : undefined]
      .filter((quality) => quality !== undefined)
      .join(', ');
    lines.push(`${style.bold(o.rule)}: ${o.title} (${qualities})`);
    lines.push(`  ${statusLine(o)}`);
    pushSteps(lines, o.explanation);
    lines.push('');
  }
  if (result.thresholds.length > 0) {
    lines.push(style.bold('Thresholds'));
    for (const t of result.thresholds) {
      const decided = t.level !== null ? `level ${t.level}${t.label ? ` "${t.label}"` : ''}` : (t.undecided?.reason ?? 'cannot decide');
      lines.push(`  ${t.thresholds}: ${decided}`);
      pushSteps(lines, t.explanation, '    ');
    }
    lines.push('');
  }
  if (result.escalations.length > 0) {
    lines.push(style.bold('Escalations'));
    for (const e of result.escalations) {
      lines.push(`  ${e.rule} (started ${e.start}): ${e.action} ${e.role} since ${e.since} (step ${e.step} of ${e.ladder})`);
    }
    lines.push('');
  }
  if (result.warnings.length > 0) {
    lines.push(style.bold('Warnings'));
    for (const warning of result.warnings) lines.push(`  ${warning}`);
    lines.push('');
  }
  return lines.join('\n');
}

function statusLine(o: ObligationResult): string {
  const due = o.due === null ? 'no due date' : `due ${o.due}${o.provisional ? ' (provisional: beyond the official bank-holiday data)' : ''}`;
  switch (o.status) {
    case 'met':
      return `met on ${o.completed}, ${due}`;
    case 'late':
      return `late: done on ${o.completed}, ${o.lateBy ?? '?'} working day${o.lateBy === 1 ? '' : 's'} after it was ${due}`;
    case 'overdue':
      return `overdue by ${o.overdueBy ?? '?'} working day${o.overdueBy === 1 ? '' : 's'}: ${due}, not done`;
    case 'due-soon':
      return `due soon: ${due}, not done yet`;
    case 'open':
      return `open: ${due}, not done yet`;
    case 'cancelled':
      return `cancelled${o.cancelledOn ? ` on ${o.cancelledOn}` : ''}${o.cancelledBy ? ` by ${o.cancelledBy}` : ''} (${due})`;
  }
}

function pushSteps(lines: string[], steps: readonly ExplanationStep[], indent = '  '): void {
  for (const step of steps) lines.push(`${indent}- ${step.text}`);
}
