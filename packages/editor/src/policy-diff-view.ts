/**
 * Shows the semantic diff that @wt/engine's `diffPolicies` returns: its summary sentences, and each
 * changed rule with its direction (stricter, looser) and its statutory verdict. Read defensively: the
 * diff is data from another module, and only the fields shown here are relied on.
 */
import { clear, h } from './dom.js';

interface RuleDiffLike {
  change?: unknown;
  id?: unknown;
  direction?: unknown;
  floor?: { status?: unknown; text?: unknown };
  clauses?: { reason?: unknown }[];
  old?: { title?: unknown; sentence?: unknown };
  new?: { title?: unknown; sentence?: unknown };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** The overall direction: looser if any rule is looser or breaks its floor, else stricter if any is stricter. */
export function overallVerdict(rules: readonly RuleDiffLike[]): string {
  const directions = rules.map((rule) => text(rule.direction));
  if (rules.some((rule) => text(rule.floor?.status) === 'breaks-floor')) return 'breaks the statutory floor';
  if (directions.includes('looser') || directions.includes('mixed')) return directions.includes('stricter') ? 'mixed: stricter and looser' : 'looser';
  if (directions.includes('stricter')) return 'stricter';
  return rules.length === 0 ? 'no change to the rules' : 'neutral';
}

export function renderPolicyDiff(container: HTMLElement, diff: unknown): void {
  clear(container);
  const record = (typeof diff === 'object' && diff !== null ? diff : {}) as { equal?: unknown; summary?: unknown; rules?: unknown };
  const rules = Array.isArray(record.rules) ? (record.rules as RuleDiffLike[]) : [];
  const summary = Array.isArray(record.summary) ? record.summary.map(text) : [];
  container.append(h('p', {}, ['Verdict: ', h('span', { class: 'verdict', id: 'compare-verdict', text: record.equal === true ? 'the same meaning' : overallVerdict(rules) })]));
  if (summary.length > 0) container.append(h('ul', { class: 'diff-summary' }, summary.map((line) => h('li', { text: line }))));
  if (rules.length === 0) return;
  container.append(
    h('table', { class: 'rule-diff' }, [
      h('caption', { text: 'Rules' }),
      h('thead', {}, [h('tr', {}, ['Rule', 'Change', 'Direction', 'Statutory floor'].map((name) => h('th', { scope: 'col', text: name })))]),
      h(
        'tbody',
        {},
        rules.map((rule) =>
          h('tr', { 'data-rule': text(rule.id), 'data-direction': text(rule.direction) }, [
            h('td', { text: text(rule.new?.title ?? rule.old?.title ?? rule.id) }),
            h('td', { text: [text(rule.change), ...(rule.clauses ?? []).map((clause) => text(clause.reason))].filter(Boolean).join('; ') }),
            h('td', { text: text(rule.direction) }),
            h('td', { text: text(rule.floor?.text) }),
          ]),
        ),
      ),
    ]),
  );
}
