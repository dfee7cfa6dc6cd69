/**
 * The shape of a rule once its overrides are applied: it needs a start and a requirement; a `while`
 * state must open and close on different events; and `starts at first X` requiring X again is suspect
 * (the anchor completes nothing but itself; `each X` requiring X, the recurring chain, is fine).
 */
import type { CheckContext } from './check-context.js';
import { didYouMeanHint } from './closest-name.js';
import type { RuleIR } from './ir.js';
import { matchText } from './message-text.js';
import type { RuleDraft } from './policy-scope.js';
import { sameStructure } from './same-structure.js';
import type { ChecksByKind } from './validation-registry.js';

/** The rule in force for a declaration of this document (undefined for an ignored duplicate). */
function draftOf(rule: RuleIR, context: CheckContext): RuleDraft | undefined {
  const first = context.document.ir.rules.find((other) => other.id === rule.id);
  const draft = context.scope.rules.get(rule.id);
  return first === rule && draft?.definedIn === context.scope.origin ? draft : undefined;
}

function checkComplete(rule: RuleIR, context: CheckContext): void {
  const draft = draftOf(rule, context);
  if (draft === undefined) return;
  const missing = [
    draft.rule.start === undefined ? '`starts at`' : undefined,
    draft.rule.requires === undefined ? '`requires`' : undefined,
  ].filter((item) => item !== undefined);
  if (missing.length === 0) return;
  const base = context.base;
  if (base !== undefined && draft.declaredIn === context.scope.origin) {
    const baseId = base.origin.policy;
    context.error(
      'WT404',
      `no rule \`${rule.id}\` to override in \`${baseId}\`; a new rule needs \`starts at\` and \`requires\``,
      rule.loc,
      { hint: didYouMeanHint(rule.id, base.rules.keys()) },
    );
    return;
  }
  context.error('WT342', `rule \`${rule.id}\` has no ${missing.join(' and no ')}`, rule.loc, {
    hint: 'a rule needs `starts at <event>` and `requires <event> within <duration>`',
  });
}

function checkWhileState(rule: RuleIR, context: CheckContext): void {
  const state = rule.while;
  if (state === undefined) return;
  if (state.from.event === state.to.event && sameStructure(state.from.where, state.to.where)) {
    context.error('WT340', `\`while ${matchText(state.from)} .. ${matchText(state.to)}\` opens and closes on the same event`, state.loc ?? rule.loc, {
      hint: 'name the event that starts the state and the one that ends it, e.g. `while plan-start .. plan-end`',
    });
  }
}

function checkSelfCompletingAnchor(rule: RuleIR, context: CheckContext): void {
  const draft = draftOf(rule, context);
  const start = draft?.rule.start;
  const requires = draft?.rule.requires;
  if (start === undefined || requires === undefined || start.which !== 'first') return;
  if (start.event !== requires.event || !sameStructure(start.where, requires.where)) return;
  context.warning(
    'WT341',
    `\`starts at first ${matchText(start)}\` and \`requires ${matchText(requires)}\`: the first one starts the clock and only a later one can meet it`,
    rule.start?.loc ?? rule.requires?.loc ?? rule.loc,
    { hint: 'for a recurring event (a review every 6 months) write `starts at each …`' },
  );
}

export const ruleChecks: ChecksByKind = {
  rule: [checkComplete, checkWhileState, checkSelfCompletingAnchor],
};
