import type { AnchorIR, EventMatchIR, RuleIR } from './ir.js';

/** Every event match a rule writes: its anchor and fallbacks, `requires`, `while` and `unless`. */
export function ruleMatches(rule: RuleIR): EventMatchIR[] {
  const matches: EventMatchIR[] = [];
  for (let anchor: AnchorIR | undefined = rule.start; anchor !== undefined; anchor = anchor.fallback) {
    matches.push(anchor);
  }
  if (rule.requires !== undefined) matches.push(rule.requires);
  if (rule.while !== undefined) matches.push(rule.while.from, rule.while.to);
  matches.push(...(rule.unless ?? []));
  return matches;
}
