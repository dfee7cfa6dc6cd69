/**
 * Shows the semantic diff from @wt/engine's `diffPolicies`: an overall verdict, its summary
 * sentences, and each changed rule with its direction (stricter, looser) and statutory verdict.
 */
import type { PolicyDiff, RuleDiff } from '@wt/engine';
import { clear, h } from './dom.js';

/** The overall direction of the rule changes: a broken floor first, then looser, then stricter. */
export function overallVerdict(diff: PolicyDiff): string {
  if (diff.equal) return 'the same meaning';
  const rules = diff.rules;
  if (rules.some((rule) => rule.floor.status === 'breaks-floor')) return 'breaks the statutory floor';
  const directions = new Set(rules.map((rule) => rule.direction));
  const looser = directions.has('looser') || directions.has('mixed');
  if (looser) return directions.has('stricter') ? 'mixed: stricter and looser' : 'looser';
  if (directions.has('stricter')) return 'stricter';
  return rules.length === 0 ? 'no change to the rules' : 'neutral';
}

function changeText(rule: RuleDiff): string {
  if (rule.change === 'added') return `added: ${rule.new.sentence}`;
  if (rule.change === 'removed') return `removed: ${rule.old.sentence}`;
  return rule.clauses.map((clause) => clause.reason).join('; ');
}

function ruleTitle(rule: RuleDiff): string {
  return rule.change === 'removed' ? rule.old.title : rule.new.title;
}

export function renderPolicyDiff(container: HTMLElement, diff: PolicyDiff): void {
  clear(container);
  container.append(h('p', {}, ['Verdict: ', h('span', { class: 'verdict', id: 'compare-verdict', text: overallVerdict(diff) })]));
  if (diff.summary.length > 0) container.append(h('ul', { class: 'diff-summary' }, diff.summary.map((line) => h('li', { text: line }))));
  if (diff.rules.length === 0) return;
  container.append(
    h('table', { class: 'rule-diff' }, [
      h('caption', { text: 'Rules that change' }),
      h('thead', {}, [h('tr', {}, ['Rule', 'What changes', 'Direction', 'Statutory floor'].map((name) => h('th', { scope: 'col', text: name })))]),
      h(
        'tbody',
        {},
        diff.rules.map((rule) =>
          h('tr', { 'data-rule': rule.id, 'data-direction': rule.direction }, [
            h('td', { text: ruleTitle(rule) || rule.id }),
            h('td', { text: changeText(rule) }),
            h('td', { text: rule.direction }),
            h('td', { text: rule.floor.text }),
          ]),
        ),
      ),
    ]),
  );
}
