/**
 * A table for people, one block per case: a line naming the case, one row per obligation, then its
 * threshold levels, active escalations and warnings.
 */
import type { CaseResult, ObligationResult } from '@wt/engine';
import type { Style } from '../io/terminal.js';

/** What the `*` after a due date means. */
export const PROVISIONAL_NOTE = 'provisional: counted with bank holidays beyond the official GOV.UK data, so it may change when that data is published';

export function tableRecord(result: CaseResult, style: Style, ruleWidth: number): string {
  const width = Math.max(ruleWidth, 4);
  const lines: string[] = [];
  const version = result.policy.version ? ` ${result.policy.version}` : '';
  lines.push(`${style.bold(result.case)}  ${style.dim(`as of ${result.asOf}, ${result.policy.id}${version}`)}`);
  if (result.obligations.length === 0) {
    lines.push(style.dim('  no obligations'));
  } else {
    lines.push(style.dim(`  ${'rule'.padEnd(width)}  ${'start'.padEnd(10)}  ${'due'.padEnd(10)}  ${'completed'.padEnd(10)}  status`));
  }
  for (const o of result.obligations) {
    const provisional = o.provisional ? '*' : ' ';
    lines.push(`  ${o.rule.padEnd(width)}  ${o.start.padEnd(10)}  ${(o.due ?? '-').padEnd(10)}${provisional} ${(o.completed ?? '-').padEnd(10)}  ${statusText(o, style)}`);
  }
  if (result.obligations.some((o) => o.provisional)) lines.push(style.dim(`  * ${PROVISIONAL_NOTE}`));
  for (const t of result.thresholds) {
    const decided = t.level !== null ? `level ${t.level} ${t.label ?? ''}`.trim() : (t.undecided?.reason ?? 'cannot decide');
    lines.push(`  ${style.dim('thresholds')} ${t.thresholds}: ${decided}`);
  }
  for (const e of result.escalations) {
    lines.push(`  ${style.dim('escalation')} ${e.action} ${e.role} (${e.rule} from ${e.start}, since ${e.since})`);
  }
  for (const warning of result.warnings) lines.push(`  ${style.yellow('warning')} ${warning}`);
  return `${lines.join('\n')}\n`;
}

function statusText(o: ObligationResult, style: Style): string {
  switch (o.status) {
    case 'met':
      return style.green('met');
    case 'late':
      return style.yellow(`late by ${days(o.lateBy)}`);
    case 'overdue':
      return style.red(`overdue by ${days(o.overdueBy)}`);
    case 'due-soon':
      return style.yellow('due soon');
    case 'cancelled':
      return style.dim(`cancelled${o.cancelledOn ? ` on ${o.cancelledOn}` : ''}${o.cancelledBy ? ` by ${o.cancelledBy}` : ''}`);
    default:
      return o.status;
  }
}

function days(count: number | null): string {
  if (count === null) return '? working days';
  return `${count} working day${count === 1 ? '' : 's'}`;
}
