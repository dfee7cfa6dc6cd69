/**
 * The statutory-floor status of a changed rule: does the NEW rule keep to the floor that the policy
 * which made it statutory sets? The comparison follows the checker's statutory floor (@wt/dsl
 * `statutory-floor.ts`): the same start (or `first` for `last`), the same completing event (a
 * narrower filter allowed), a duration no longer in the same unit, no new `unless`, no new `while`.
 * When the rule is statutory in the policy being diffed (a statutory baseline), that rule is the floor.
 */
import { compareWithStatutory, type ResolvedPolicy, type ResolvedRule } from '@wt/dsl';
import { durationPhrase } from './diff-wording.js';
import { compareFilters, meaningKey, sameMeaning } from './diff-same-meaning.js';
import type { FloorVerdict } from './policy-diff-types.js';

/** Finds the resolved policy that made a rule statutory, by its id. */
export type FloorPolicyLookup = (policyId: string) => ResolvedPolicy | undefined;

export interface FloorContext {
  oldPolicy: ResolvedPolicy;
  newPolicy: ResolvedPolicy;
  floorPolicy?: FloorPolicyLookup;
}

export function floorVerdict(oldRule: ResolvedRule | undefined, newRule: ResolvedRule | undefined, context: FloorContext): FloorVerdict {
  const statutoryIn = newRule?.statutory ? newRule.statutoryIn : oldRule?.statutory ? oldRule.statutoryIn : undefined;
  if (statutoryIn === undefined) {
    if (newRule !== undefined && newRule.statutoryIn !== undefined && !newRule.statutory) return againstBase(oldRule, newRule, newRule.statutoryIn, context);
    return { status: 'not-statutory', text: 'not statutory' };
  }
  if (newRule === undefined) return removedVerdict(statutoryIn, context);
  if (statutoryIn === context.newPolicy.id) {
    return { status: 'statutory-baseline', policy: statutoryIn, text: `statutory in ${statutoryIn}, which sets the floor` };
  }
  return againstBase(oldRule, newRule, statutoryIn, context);
}

function removedVerdict(statutoryIn: string, context: FloorContext): FloorVerdict {
  if (context.newPolicy.chain.includes(statutoryIn)) {
    return { status: 'breaks-floor', policy: statutoryIn, text: `breaks the statutory floor: the rule is statutory in ${statutoryIn} and may not be removed` };
  }
  if (statutoryIn === context.oldPolicy.id) {
    return { status: 'statutory-baseline', policy: statutoryIn, text: `was statutory in ${statutoryIn}; ${context.newPolicy.id} does not have it` };
  }
  return { status: 'not-comparable', policy: statutoryIn, text: `was statutory in ${statutoryIn}, which ${context.newPolicy.id} does not extend` };
}

function againstBase(oldRule: ResolvedRule | undefined, newRule: ResolvedRule, statutoryIn: string, context: FloorContext): FloorVerdict {
  const floor = context.floorPolicy?.(statutoryIn)?.rules.find((rule) => rule.id === newRule.id);
  if (floor === undefined) {
    return { status: 'unknown', policy: statutoryIn, text: `statutory in ${statutoryIn}, which was not available to check against` };
  }
  const problem = floorProblem(newRule, floor);
  const floorText = `${durationPhrase(floor.requires.within)} (${statutoryIn})`;
  if (problem === undefined) {
    const same = oldRule !== undefined && sameMeaning(floor.requires.within, newRule.requires.within);
    return { status: 'within-floor', policy: statutoryIn, text: `${same ? 'at' : 'within'} the statutory floor of ${floorText}` };
  }
  if (problem.comparable) return { status: 'breaks-floor', policy: statutoryIn, text: `breaks the statutory floor of ${floorText}: ${problem.text}` };
  return { status: 'not-comparable', policy: statutoryIn, text: `cannot be checked against the statutory floor of ${floorText}: ${problem.text}` };
}

function floorProblem(rule: ResolvedRule, floor: ResolvedRule): { comparable: boolean; text: string } | undefined {
  if (!rule.statutory) return { comparable: true, text: 'it is no longer statutory' };
  const start = rule.start;
  const floorStart = floor.start;
  const sameStartEvent = start.event === floorStart.event && sameMeaning(start.where, floorStart.where) && sameMeaning(start.fallback, floorStart.fallback);
  if (!sameStartEvent) return { comparable: false, text: 'it starts at another event' };
  if (start.which !== floorStart.which && !(floorStart.which === 'last' && start.which === 'first')) {
    return { comparable: true, text: `it starts at the ${start.which} occurrence, not the ${floorStart.which}` };
  }
  if (rule.requires.event !== floor.requires.event) return { comparable: false, text: 'another event completes it' };
  const filter = compareFilters(floor.requires.where, rule.requires.where);
  if (filter !== 'same' && filter !== 'narrower') return { comparable: true, text: 'it drops a condition on what completes it' };
  const duration = compareWithStatutory(rule.requires.within, floor.requires.within);
  if (duration === 'longer') return { comparable: true, text: `${durationPhrase(rule.requires.within)} is longer` };
  if (duration === 'other-unit' || duration === 'other-rounding') return { comparable: false, text: `${durationPhrase(rule.requires.within)} is in another unit or rounding` };
  const floorCancels = new Set((floor.unless ?? []).map(meaningKey));
  if ((rule.unless ?? []).some((cancel) => !floorCancels.has(meaningKey(cancel)))) return { comparable: true, text: 'it adds a way to cancel it' };
  if (rule.while !== undefined && !sameMeaning(rule.while, floor.while)) return { comparable: true, text: 'it limits when it applies' };
  return undefined;
}
