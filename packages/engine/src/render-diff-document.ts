/** The policy diff as a document (blocks), shared by the text, Markdown and HTML renderings. */
import { directionWords, factsWords, levelWords, witnessSentence } from './diff-summary.js';
import { countOf } from './diff-wording.js';
import type { ItemChange, PolicyDiff, PolicySetDiff, PolicySummary, RuleDiff, ThresholdsDiff } from './policy-diff-types.js';
import { directionTone, tone, type Block, type Line } from './render-blocks.js';

type HeadingLevel = 2 | 3 | 4;

function policyName(summary: PolicySummary): string {
  return summary.title ?? summary.id;
}

function summaryLine(summary: PolicySummary): Line {
  const parts = [summary.id, summary.version ? `version ${summary.version}` : '', summary.effective ? `effective ${summary.effective}` : ''].filter(Boolean);
  return [parts.join(', '), ' — ', tone(summary.hash, 'code')];
}

function direction(text: string): Line[number] {
  return tone(directionWords(text), directionTone(text));
}

export function isPolicySetDiff(diff: PolicyDiff | PolicySetDiff): diff is PolicySetDiff {
  return Array.isArray((diff as PolicySetDiff).versions);
}

export function diffTitle(diff: PolicyDiff | PolicySetDiff): string {
  return `What changed: ${policyName(diff.old)} → ${policyName(diff.new)}`;
}

export function diffDocument(diff: PolicyDiff | PolicySetDiff): Block[] {
  const blocks: Block[] = [
    { kind: 'title', text: [diffTitle(diff)] },
    { kind: 'pairs', pairs: [['Old', summaryLine(diff.old)], ['New', summaryLine(diff.new)]] },
    { kind: 'paragraph', text: diff.equal ? [tone('The two policies are the same.', 'good')] : [tone('The policies differ.', 'strong')] },
  ];
  if (!isPolicySetDiff(diff)) {
    blocks.push(...policyDiffBlocks(diff, 2));
    return blocks;
  }
  if (diff.removedVersions.length > 0) blocks.push({ kind: 'paragraph', text: [`Versions only in the old set: ${diff.removedVersions.map((version) => version.id).join(', ')}.`] });
  if (diff.addedVersions.length > 0) blocks.push({ kind: 'paragraph', text: [`Versions only in the new set: ${diff.addedVersions.map((version) => version.id).join(', ')}.`] });
  for (const version of diff.versions) {
    blocks.push({ kind: 'heading', level: 2, text: [`Version ${version.old.id} → ${version.new.id}`] });
    blocks.push({ kind: 'pairs', pairs: [['Old', summaryLine(version.old)], ['New', summaryLine(version.new)]] });
    blocks.push(...policyDiffBlocks(version, 3));
  }
  return blocks;
}

function policyDiffBlocks(diff: PolicyDiff, level: HeadingLevel): Block[] {
  const sub = Math.min(4, level + 1) as HeadingLevel;
  const blocks: Block[] = [{ kind: 'heading', level, text: ['Summary'] }, { kind: 'list', items: diff.summary.map((sentence) => [sentence]) }];
  if (diff.equal) return blocks;
  const wordingOnly = diff.rules.filter((rule) => rule.change === 'changed' && rule.direction === 'neutral');
  const substantive = diff.rules.filter((rule) => !wordingOnly.includes(rule));
  if (substantive.length > 0) {
    blocks.push({ kind: 'heading', level, text: ['Timescales, review points and decision points'] });
    blocks.push({ kind: 'table', head: ['Rule', 'Change', 'Direction', 'What changed', 'Statutory floor'], rows: substantive.map(ruleRow) });
  }
  if (wordingOnly.length > 0) {
    blocks.push({ kind: 'heading', level, text: ['Wording, citations and warning windows (no due date moves)'] });
    blocks.push({ kind: 'table', head: ['Rule', 'What changed'], rows: wordingOnly.map(wordingRow) });
  }
  if (diff.calendar !== undefined && diff.calendar.changes.length > 0) {
    const name = diff.calendar.oldId === diff.calendar.newId ? diff.calendar.newId : `${diff.calendar.oldId} → ${diff.calendar.newId}`;
    blocks.push({ kind: 'heading', level, text: [`Working-day calendar (${name})`] }, itemTable(diff.calendar.changes));
  }
  if (diff.escalations.some((ladder) => ladder.changes.length > 0 || ladder.change !== 'changed')) {
    blocks.push({ kind: 'heading', level, text: ['Escalation'] });
    for (const ladder of diff.escalations) {
      blocks.push({ kind: 'heading', level: sub, text: [`${ladder.title ?? 'Ladder'} (${ladder.id}): `, tone(ladder.change, ladder.change)] });
      if (ladder.changes.length > 0) blocks.push(itemTable(ladder.changes));
    }
  }
  if (diff.thresholds.length > 0) {
    blocks.push({ kind: 'heading', level, text: ['Thresholds'] });
    for (const doc of diff.thresholds) blocks.push(...thresholdBlocks(doc, sub));
  }
  const other = [...diff.header, ...diff.events, ...diff.facts];
  if (other.length > 0) blocks.push({ kind: 'heading', level, text: ['Header, events and facts'] }, itemTable(other));
  return blocks;
}

function ruleRow(rule: RuleDiff): Line[][] {
  const name: Line[] = [[tone(rule.id, 'code')], [tone(ruleKind(rule), 'muted')]];
  const change: Line[] = [[tone(rule.change, rule.change)]];
  const floor: Line[] = [[rule.floor.text]];
  switch (rule.change) {
    case 'added':
      return [name, change, [[direction(rule.direction)]], [[rule.new.sentence]], floor];
    case 'removed':
      return [name, change, [[direction(rule.direction)]], [[rule.old.sentence]], floor];
    case 'changed':
      return [
        name,
        change,
        [[direction(rule.direction)]],
        rule.clauses.map((clause): Line => [
          tone(clause.clause, 'strong'),
          `: ${clause.old ?? '(none)'} → ${clause.new ?? '(none)'} `,
          tone(`(${directionWords(clause.direction)}: ${clause.reason})`, directionTone(clause.direction)),
        ]),
        floor,
      ];
  }
}

function wordingRow(rule: RuleDiff): Line[][] {
  if (rule.change !== 'changed') return [];
  const lines = rule.clauses.map((clause): Line =>
    clause.clause === 'cites'
      ? [tone('cites', 'strong'), `: the sources cited changed (now: ${clause.new ?? 'none'})`]
      : [tone(clause.clause, 'strong'), `: ${clause.old ?? '(none)'} → ${clause.new ?? '(none)'} (${clause.reason})`],
  );
  return [[[tone(rule.id, 'code')]], lines];
}

function ruleKind(rule: RuleDiff): string {
  return (rule.change === 'removed' ? rule.old.kind : rule.new.kind).replace('-', ' ');
}

function itemTable(items: readonly ItemChange[]): Block {
  return {
    kind: 'table',
    head: ['What', 'Change', 'Before', 'After', 'Direction'],
    rows: items.map((item) => [
      [item.subject],
      [tone(item.change, item.change)],
      [item.old ?? ''],
      [item.new ?? ''],
      [direction(item.direction), ` — ${item.reason}`],
    ]),
  };
}

function thresholdBlocks(doc: ThresholdsDiff, level: HeadingLevel): Block[] {
  const blocks: Block[] = [
    { kind: 'heading', level, text: [`${doc.title ?? 'Threshold document'} (${doc.id}): `, tone(doc.change, doc.change)] },
    {
      kind: 'table',
      head: ['Level', 'Change', 'Before', 'After'],
      rows: doc.changes.map((item) => [[item.subject], [tone(item.change, item.change)], [item.old ?? ''], [item.new ?? '']]),
    },
  ];
  const witness = doc.witness;
  if (witness === undefined) return blocks;
  if (!witness.found || witness.witness === undefined) {
    blocks.push({ kind: 'paragraph', text: [tone('No difference found. ', 'strong'), witnessSentence(witness)] });
    return blocks;
  }
  const found = witness.witness;
  blocks.push({ kind: 'paragraph', text: [tone('Witness: ', 'strong'), `a case with ${factsWords(found)} gets different levels.`] });
  blocks.push({
    kind: 'table',
    head: ['Fact', 'Value'],
    rows: [
      ...Object.keys(found.facts).map((fact) => [[tone(fact, 'code')], [String(found.facts[fact])]]),
      ...found.missing.map((fact) => [[tone(fact, 'code')], [tone('missing', 'muted')]]),
    ],
  });
  blocks.push({
    kind: 'pairs',
    pairs: [
      ['Old policy', [levelWords(found.old)]],
      ['New policy', [levelWords(found.new)]],
    ],
  });
  const search = witness.search === 'exhaustive' ? 'every combination of the boundary values' : 'a seeded random sample';
  blocks.push({
    kind: 'paragraph',
    text: [
      `Searched ${search}: ${witness.differing} of ${countOf(witness.tried, witness.search === 'exhaustive' ? 'combination' : 'try', witness.search === 'exhaustive' ? 'combinations' : 'tries')} get a different level ` +
        `(${witness.higher} higher under the new policy, ${witness.lower} lower, ${witness.decidedUnderOneOnly} decided under only one).`,
    ],
  });
  return blocks;
}
