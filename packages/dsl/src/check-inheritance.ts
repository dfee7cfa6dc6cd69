/**
 * What a policy may do with what it inherits: redeclare an event or fact only as it was; override a
 * rule only with the same kind; remove only a rule that its base has (and only when it has a base).
 * The statutory floor (statutory-floor.ts) says what it may do with statutory rules.
 */
import type { CheckContext } from './check-context.js';
import { didYouMeanHint } from './closest-name.js';
import type { EventIR, FactIR, RemovalIR, RuleIR, RuleKind } from './ir.js';
import { typeText } from './message-text.js';
import { sameAttributes } from './resolve-policy.js';
import { sameStructure } from './same-structure.js';
import type { ChecksByKind } from './validation-registry.js';

function checkEventRedeclaration(event: EventIR, context: CheckContext): void {
  const inherited = context.base?.events.get(event.id);
  if (inherited === undefined || sameAttributes(inherited.node, event)) return;
  const attributes = inherited.node.attributes.map((attribute) => `${attribute.name}: ${typeText(attribute.type)}`);
  context.error('WT218', `event \`${event.id}\` is declared in \`${inherited.origin.policy}\` with other attributes`, event.loc, {
    hint:
      attributes.length === 0
        ? `there it has no attributes; leave this declaration out to use it as it is`
        : `there its attributes are ${attributes.join(', ')}; leave this declaration out to use it as it is`,
    related: [context.relatedAt(`\`${event.id}\` as declared in \`${inherited.origin.policy}\``, inherited.node.loc, inherited.origin)],
  });
}

function checkFactRedeclaration(fact: FactIR, context: CheckContext): void {
  const inherited = context.base?.facts.get(fact.id);
  if (inherited === undefined || sameStructure(inherited.node.type, fact.type)) return;
  context.error(
    'WT219',
    `fact \`${fact.id}\` is ${typeText(inherited.node.type)} in \`${inherited.origin.policy}\`, not ${typeText(fact.type)}`,
    fact.loc,
    {
      hint: 'leave this declaration out to use the inherited fact, or give the new fact another name',
      related: [context.relatedAt(`\`${fact.id}\` as declared in \`${inherited.origin.policy}\``, inherited.node.loc, inherited.origin)],
    },
  );
}

function checkOverrideKind(rule: RuleIR, context: CheckContext): void {
  const inherited = context.base?.rules.get(rule.id);
  if (inherited === undefined || inherited.rule.kind === rule.kind) return;
  reportKindMismatch(rule.id, rule.kind, inherited.rule.kind, rule.loc, context, inherited.declaredIn.policy);
}

function checkRemoval(removal: RemovalIR, context: CheckContext): void {
  const base = context.base;
  if (base === undefined) {
    context.error('WT406', `\`remove ${removal.kind} ${removal.id}\`: this policy extends no other, so there is nothing to remove`, removal.loc, {
      hint: 'delete the rule itself, or add `extends <base policy>` to the policy header',
    });
    return;
  }
  const inherited = base.rules.get(removal.id);
  if (inherited === undefined) {
    context.error('WT206', `there is no rule \`${removal.id}\` in \`${base.origin.policy}\` to remove`, removal.loc, {
      hint: didYouMeanHint(removal.id, base.rules.keys()),
    });
  } else if (inherited.rule.kind !== removal.kind) {
    reportKindMismatch(removal.id, removal.kind, inherited.rule.kind, removal.loc, context, inherited.declaredIn.policy);
  }
  const declared = context.document.ir.rules.find((rule) => rule.id === removal.id);
  if (declared !== undefined) {
    context.error('WT421', `rule \`${removal.id}\` is both removed and declared in this policy`, removal.loc, {
      hint: 'to change an inherited rule, keep only the declaration: it overrides the inherited rule',
      related: [context.relatedAt(`\`${removal.id}\` is declared here`, declared.loc)],
    });
  }
}

function reportKindMismatch(
  id: string,
  written: RuleKind,
  inherited: RuleKind,
  range: RuleIR['loc'],
  context: CheckContext,
  declaredIn: string,
): void {
  context.error('WT420', `\`${id}\` is a ${inherited} in \`${declaredIn}\`, not a ${written}`, range, {
    hint: `write \`${inherited} ${id}\``,
  });
}

export const inheritanceChecks: ChecksByKind = {
  event: [checkEventRedeclaration],
  fact: [checkFactRedeclaration],
  rule: [checkOverrideKind],
  removal: [checkRemoval],
};
