/** What a policy change does to a caseload, as a document (blocks) for the diff renderings. */
import type { ObligationResult } from './case-result.js';
import type { ImpactExample, ImpactReport, ObligationState } from './caseload-impact-types.js';
import { countOf } from './diff-wording.js';
import { tone, type Block, type Line, type Tone } from './render-blocks.js';

const MAX_CASES_SHOWN = 50;

/** Red for a case that becomes late or overdue, green for one that no longer is; a moved due date is stricter or looser. */
function kindTone(kind: string): Tone {
  if (/→ (overdue|late)$|^newly required \((overdue|late)\)/.test(kind)) return 'bad';
  if (/^(overdue|late) → |^no longer required \(was (overdue|late)\)/.test(kind)) return 'good';
  if (kind.startsWith('due earlier')) return 'stricter';
  if (kind.startsWith('due later')) return 'looser';
  return 'changed';
}

function stateText(state: ObligationState | undefined): string {
  if (state === undefined) return 'no obligation';
  return `${state.status}, due ${state.due ?? 'none'}${state.completed ? `, done ${state.completed}` : ''}`;
}

export function impactDocument(impact: ImpactReport): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 2, text: [`Impact on the caseload as of ${impact.asOf}`] }];
  blocks.push({
    kind: 'paragraph',
    text: [
      tone(`${impact.changedCases} of ${countOf(impact.evaluated, 'case')}`, 'strong'),
      ` change: ${countOf(impact.changedObligations, 'obligation')} change due date or status`,
      thresholdChanges(impact),
      '.',
      impact.rejected > 0 ? ` ${countOf(impact.rejected, 'record')} could not be evaluated under both policies and ${impact.rejected === 1 ? 'is' : 'are'} not counted.` : '',
    ],
  });
  const ignored: string[] = [];
  if (impact.ignoredEvents.old > 0) ignored.push(`${countOf(impact.ignoredEvents.old, 'event')} of types the old policy does not declare were left out under it`);
  if (impact.ignoredEvents.new > 0) ignored.push(`${countOf(impact.ignoredEvents.new, 'event')} of types the new policy does not declare were left out under it`);
  if (ignored.length > 0) blocks.push({ kind: 'paragraph', text: [tone(`${ignored.join('; ')}.`, 'muted')] });
  blocks.push({ kind: 'pairs', pairs: [['Old policy', [impact.old.id, ' ', tone(impact.old.hash, 'code')]], ['New policy', [impact.new.id, ' ', tone(impact.new.hash, 'code')]]] });
  if (impact.byRule.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: ['Changed obligations by rule and kind of change'] });
    blocks.push({
      kind: 'table',
      head: ['Rule', 'Kind of change', 'Obligations'],
      rows: impact.byRule.map((entry) => [[tone(entry.rule, 'code')], [tone(entry.kind, kindTone(entry.kind))], [String(entry.count)]]),
    });
    blocks.push({ kind: 'bars', caption: 'Changed obligations by kind of change', bars: impact.byKind.map((entry) => ({ label: entry.kind, value: entry.count, tone: kindTone(entry.kind) })) });
  }
  if (impact.thresholds.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: ['Threshold levels that change'] });
    blocks.push({
      kind: 'table',
      head: ['Thresholds', 'Old level', 'New level', 'Cases'],
      rows: impact.thresholds.map((entry) => [[tone(entry.thresholds, 'code')], [entry.old], [entry.new], [String(entry.count)]]),
    });
  }
  if (impact.changed.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: ['Cases that change'] });
    const shown = impact.changed.slice(0, MAX_CASES_SHOWN);
    blocks.push({
      kind: 'table',
      head: ['Case', 'What changes'],
      rows: shown.map((entry) => [
        [tone(entry.case, 'code')],
        [
          ...entry.obligations.map((change): Line => [tone(change.rule, 'code'), ` from ${change.start}: `, tone(change.kind, kindTone(change.kind)), ` (${stateText(change.old)} → ${stateText(change.new)})`]),
          ...entry.thresholds.map((change): Line => [tone(change.thresholds, 'code'), `: ${change.old} → ${change.new}`]),
        ],
      ]),
    });
    const more = impact.changedCases - shown.length;
    if (more > 0) blocks.push({ kind: 'paragraph', text: [tone(`and ${countOf(more, 'more case')} (see the JSON output for all of them).`, 'muted')] });
  }
  if (impact.examples.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: ['Examples, side by side'] });
    for (const example of impact.examples) blocks.push(...exampleBlocks(example));
  }
  return blocks;
}

function thresholdChanges(impact: ImpactReport): string {
  const count = impact.thresholds.reduce((sum, entry) => sum + entry.count, 0);
  if (count === 0) return '';
  return `, and ${countOf(count, 'threshold level')} ${count === 1 ? 'changes' : 'change'}`;
}

function obligationLines(obligation: ObligationResult | undefined): Line[] {
  if (obligation === undefined) return [['No obligation under this policy.']];
  const lines: Line[] = [[tone(`${obligation.status}`, 'strong'), `: due ${obligation.due ?? 'none'}`, obligation.completed ? `, done ${obligation.completed}` : '']];
  for (const step of obligation.explanation) lines.push([step.text]);
  return lines;
}

function exampleBlocks(example: ImpactExample): Block[] {
  return [
    { kind: 'heading', level: 4, text: [tone(example.case, 'code'), ' — ', tone(example.rule, 'code'), ` from ${example.start}: `, tone(example.kind, kindTone(example.kind))] },
    { kind: 'side-by-side', left: { heading: 'Old policy', lines: obligationLines(example.old) }, right: { heading: 'New policy', lines: obligationLines(example.new) } },
  ];
}
