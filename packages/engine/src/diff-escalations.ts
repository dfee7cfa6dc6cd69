/**
 * What changed in the escalation ladders. Steps are matched by action and role. A step that warns
 * earlier, or notifies someone sooner after the due date, is stricter; a new step is stricter and a
 * dropped step looser. When the policy's default ladder changes, the two defaults are compared too,
 * so that "the Director is now told at 10 working days overdue" shows even though the ladder has a
 * new name (and the new default ladder is not also listed as added, nor the old one as removed).
 */
import type { EscalationIR, EscalationStepIR, ResolvedPolicy } from '@wt/dsl';
import { compareDurations } from './duration-compare.js';
import { durationPhrase } from './diff-wording.js';
import { sameMeaning } from './diff-same-meaning.js';
import type { Direction, EscalationDiff, ItemChange } from './policy-diff-types.js';

export function diffEscalations(oldPolicy: ResolvedPolicy, newPolicy: ResolvedPolicy): EscalationDiff[] {
  const diffs: EscalationDiff[] = [];
  const defaults = defaultLadders(oldPolicy, newPolicy);
  const newById = new Map(newPolicy.escalations.map((ladder) => [ladder.id, ladder]));
  const oldById = new Map(oldPolicy.escalations.map((ladder) => [ladder.id, ladder]));
  for (const ladder of oldPolicy.escalations) {
    const next = newById.get(ladder.id);
    if (next === undefined) {
      if (ladder === defaults?.[0]) continue;
      diffs.push(withTitle({ id: ladder.id, change: 'removed', changes: ladder.steps.map((step) => stepChange('removed', step)) }, ladder));
      continue;
    }
    const changes = diffSteps(ladder, next);
    if (changes.length > 0 || (ladder.title ?? '') !== (next.title ?? '')) diffs.push(withTitle({ id: ladder.id, change: 'changed', changes }, next));
  }
  for (const ladder of newPolicy.escalations) {
    if (!oldById.has(ladder.id) && ladder !== defaults?.[1]) diffs.push(withTitle({ id: ladder.id, change: 'added', changes: ladder.steps.map((step) => stepChange('added', step)) }, ladder));
  }
  if (defaults !== undefined) {
    const [oldDefault, newDefault] = defaults;
    diffs.push({ id: `${oldDefault.id} → ${newDefault.id}`, change: 'changed', title: 'The default ladder', changes: diffSteps(oldDefault, newDefault) });
  }
  return diffs;
}

/** The old and new default ladders, when the default changed from one ladder to another. */
function defaultLadders(oldPolicy: ResolvedPolicy, newPolicy: ResolvedPolicy): [EscalationIR, EscalationIR] | undefined {
  const oldDefault = oldPolicy.escalations.find((ladder) => ladder.id === oldPolicy.defaultEscalation);
  const newDefault = newPolicy.escalations.find((ladder) => ladder.id === newPolicy.defaultEscalation);
  if (oldDefault === undefined || newDefault === undefined || oldDefault.id === newDefault.id) return undefined;
  return [oldDefault, newDefault];
}

function withTitle(diff: EscalationDiff, ladder: EscalationIR): EscalationDiff {
  if (ladder.title !== undefined) diff.title = ladder.title;
  return diff;
}

/** "warn Allocated social worker 2 working days before due", "notify Head of service when 5 working days overdue". */
export function stepText(step: EscalationStepIR): string {
  if (step.when === 'before-due') return `${step.action} ${step.role} ${durationPhrase(step.offset)} before due`;
  return step.offset.amount === 0 ? `${step.action} ${step.role} once overdue` : `${step.action} ${step.role} when ${durationPhrase(step.offset)} overdue`;
}

function stepChange(change: 'added' | 'removed', step: EscalationStepIR): ItemChange {
  return change === 'added'
    ? { change, subject: stepText(step), direction: 'stricter', reason: 'a new step' }
    : { change, subject: stepText(step), direction: 'looser', reason: 'a step dropped' };
}

function stepKey(step: EscalationStepIR): string {
  return `${step.action}\u0000${step.role}`;
}

function diffSteps(oldLadder: EscalationIR, newLadder: EscalationIR): ItemChange[] {
  const changes: ItemChange[] = [];
  const unmatched = [...newLadder.steps];
  for (const step of oldLadder.steps) {
    const position = unmatched.findIndex((candidate) => stepKey(candidate) === stepKey(step));
    if (position === -1) {
      changes.push(stepChange('removed', step));
      continue;
    }
    const next = unmatched.splice(position, 1)[0]!;
    if (sameMeaning({ when: step.when, offset: step.offset }, { when: next.when, offset: next.offset })) continue;
    const { direction, reason } = compareSteps(step, next);
    changes.push({ change: 'changed', subject: `${step.action} ${step.role}`, old: stepText(step), new: stepText(next), direction, reason });
  }
  for (const step of unmatched) changes.push(stepChange('added', step));
  return changes;
}

function compareSteps(oldStep: EscalationStepIR, newStep: EscalationStepIR): { direction: Direction; reason: string } {
  if (oldStep.when !== newStep.when) return { direction: 'not-comparable', reason: 'before the due date in one, after it in the other' };
  const { order, note } = compareDurations(oldStep.offset, newStep.offset);
  const because = note === undefined ? '' : ` (${note})`;
  if (order === 'not-comparable') return { direction: 'not-comparable', reason: note ?? 'the offsets cannot be compared' };
  if (order === 'same') return { direction: 'neutral', reason: `the same time${because}` };
  const earlier = oldStep.when === 'before-due' ? order === 'longer' : order === 'shorter';
  return earlier ? { direction: 'stricter', reason: `sooner${because}` } : { direction: 'looser', reason: `later${because}` };
}
