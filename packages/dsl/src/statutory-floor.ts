/**
 * The statutory floor: a rule that a base policy made statutory cannot be removed or loosened by a
 * policy that extends it. Each local override is compared, clause by clause, with the statutory rule as
 * its base resolves it (so a regional protocol that shortened a national timescale is the floor for a
 * borough that extends the region). Shortening is allowed and silent. Where two clauses cannot be
 * compared (a duration in another unit, another event) the override is refused: the author must say it
 * in the statutory terms. Errors point at the local clause, with the statutory clause as related.
 *
 * Calendars are deliberately not part of the floor. A local calendar may add closure days, which moves
 * working-day deadlines later in calendar time; that is accepted local practice (offices close between
 * Christmas and New Year) and is not flagged.
 */
import type { CheckContext } from './check-context.js';
import type { AnchorIR, ConditionIR, DurationIR, RemovalIR, RuleIR } from './ir.js';
import { anchorText, conditionText, durationText, matchText, unitText } from './message-text.js';
import type { RuleDraft, RuleField } from './policy-scope.js';
import { sameStructure } from './same-structure.js';
import type { SourceRange } from './source-range.js';
import type { ChecksByKind } from './validation-registry.js';

const FLOOR_HINT = 'a local protocol may shorten a statutory timescale, never lengthen, weaken or drop it';

function checkStatutoryRemoval(removal: RemovalIR, context: CheckContext): void {
  const statutory = statutoryRuleFor(removal.id, context);
  if (statutory === undefined) return;
  context.error('WT410', `\`${removal.id}\` is statutory in \`${statutory.statutoryIn!.policy}\`: a local protocol cannot remove it`, removal.loc, {
    hint: FLOOR_HINT,
    related: [statutoryClause(statutory, 'statutoryLoc', statutory.rule.statutoryLoc, 'made statutory here', context)],
  });
}

function checkStatutoryOverride(rule: RuleIR, context: CheckContext): void {
  if (context.document.ir.rules.find((other) => other.id === rule.id) !== rule) return;
  const statutory = statutoryRuleFor(rule.id, context);
  if (statutory === undefined) return;
  checkStaysStatutory(rule, statutory, context);
  if (rule.start !== undefined && statutory.rule.start !== undefined) checkAnchor(rule, rule.start, statutory, statutory.rule.start, context);
  if (rule.requires !== undefined && statutory.rule.requires !== undefined) checkRequirement(rule, statutory, context);
  checkNoNewUnless(rule, statutory, context);
  checkNoNewWhile(rule, statutory, context);
}

function statutoryRuleFor(id: string, context: CheckContext): RuleDraft | undefined {
  const inherited = context.base?.rules.get(id);
  return inherited?.statutoryIn === undefined ? undefined : inherited;
}

function statutoryClause(
  statutory: RuleDraft,
  field: RuleField,
  range: SourceRange | undefined,
  message: string,
  context: CheckContext,
) {
  if (range === undefined) return context.relatedAt(message, statutory.rule.loc, statutory.origins.loc ?? statutory.definedIn);
  return context.relatedAt(message, range, statutory.origins[field] ?? statutory.definedIn);
}

function basePolicy(context: CheckContext): string {
  return context.base?.origin.policy ?? '';
}

function checkStaysStatutory(rule: RuleIR, statutory: RuleDraft, context: CheckContext): void {
  if (rule.statutory !== false) return;
  context.error('WT418', `\`${rule.id}\` is statutory in \`${statutory.statutoryIn!.policy}\`: a local protocol cannot make it non-statutory`, rule.statutoryLoc ?? rule.loc, {
    hint: FLOOR_HINT,
    related: [statutoryClause(statutory, 'statutoryLoc', statutory.rule.statutoryLoc, 'made statutory here', context)],
  });
}

function checkAnchor(rule: RuleIR, local: AnchorIR, statutory: RuleDraft, floor: AnchorIR, context: CheckContext): void {
  const related = [statutoryClause(statutory, 'start', floor.loc, `the statutory start: \`starts at ${anchorText(floor)}\``, context)];
  const range = local.loc ?? rule.loc;
  const sameFallback = local.fallback === undefined ? floor.fallback === undefined : floor.fallback === undefined || sameStructure(local.fallback, floor.fallback);
  if (local.event !== floor.event || !sameStructure(local.where, floor.where) || !sameFallback) {
    context.error(
      'WT414',
      `\`starts at ${anchorText(local)}\` cannot be compared with the statutory \`starts at ${anchorText(floor)}\` of \`${rule.id}\``,
      range,
      { hint: 'a local protocol may not change the event that starts a statutory timescale; keep the statutory start', related },
    );
    return;
  }
  if (local.which === floor.which || (floor.which === 'last' && local.which === 'first')) return;
  const message =
    floor.which === 'first' && local.which === 'last'
      ? `\`starts at ${anchorText(local)}\` starts \`${rule.id}\` later than the statutory \`starts at ${anchorText(floor)}\``
      : `\`starts at ${anchorText(local)}\` is not the statutory \`starts at ${anchorText(floor)}\` of \`${rule.id}\`: a local protocol may only move a statutory start earlier (from \`last\` to \`first\`)`;
  context.error('WT413', message, range, { hint: FLOOR_HINT, related });
}

function checkRequirement(rule: RuleIR, statutory: RuleDraft, context: CheckContext): void {
  const local = rule.requires!;
  const floor = statutory.rule.requires!;
  const related = [statutoryClause(statutory, 'requires', floor.loc, `the statutory requirement: \`requires ${matchText(floor)} within ${durationText(floor.within)}\``, context)];
  if (local.event !== floor.event || !isNarrowerFilter(local.where, floor.where)) {
    const what =
      local.event !== floor.event
        ? `\`requires ${matchText(local)}\` cannot be compared with the statutory \`requires ${matchText(floor)}\` of \`${rule.id}\``
        : `\`requires ${matchText(local)}\` does not keep the statutory filter \`where ${conditionText(floor.where!)}\` of \`${rule.id}\``;
    context.error('WT417', what, local.loc ?? rule.loc, {
      hint: 'a local protocol may not change what completes a statutory timescale (it may only add a condition with `and`)',
      related,
    });
  }
  checkDuration(rule, local.within, statutory, floor.within, context);
}

/** A filter is narrower when it keeps every statutory condition (it may add more with `and`). */
function isNarrowerFilter(local: ConditionIR | undefined, floor: ConditionIR | undefined): boolean {
  if (floor === undefined || sameStructure(local, floor)) return true;
  if (local === undefined) return false;
  const localParts = local.op === 'and' ? local.args : [local];
  const floorParts = floor.op === 'and' ? floor.args : [floor];
  return floorParts.every((part) => localParts.some((candidate) => sameStructure(candidate, part)));
}

type DurationComparison = 'same' | 'shorter' | 'longer' | 'other-unit' | 'other-rounding';

export function compareWithStatutory(local: DurationIR, floor: DurationIR): DurationComparison {
  if (local.unit !== floor.unit) return 'other-unit';
  const months = local.unit === 'months';
  const localRounding = months ? (local.rounding ?? 'last-day') : 'last-day';
  const floorRounding = months ? (floor.rounding ?? 'last-day') : 'last-day';
  if (localRounding === 'refuse' && floorRounding !== 'refuse') return 'other-rounding';
  if (local.amount !== floor.amount) return local.amount < floor.amount ? 'shorter' : 'longer';
  if (localRounding === floorRounding) return 'same';
  if (floorRounding === 'refuse') return 'shorter';
  return localRounding === 'next-month-start' ? 'longer' : 'shorter';
}

function checkDuration(rule: RuleIR, local: DurationIR, statutory: RuleDraft, floor: DurationIR, context: CheckContext): void {
  const comparison = compareWithStatutory(local, floor);
  if (comparison === 'same' || comparison === 'shorter') return;
  const range = local.loc ?? rule.requires?.loc ?? rule.loc;
  const related = [statutoryClause(statutory, 'requires', floor.loc ?? statutory.rule.requires?.loc, `the statutory timescale: ${durationText(floor)}`, context)];
  const localText = durationText(local);
  const floorText = durationText(floor);
  if (comparison === 'longer') {
    context.error('WT411', `\`${localText}\` is longer than the statutory \`${floorText}\` for \`${rule.id}\``, range, { hint: FLOOR_HINT, related });
  } else if (comparison === 'other-unit') {
    context.error('WT412', `cannot compare \`${localText}\` with the statutory \`${floorText}\`: use the same unit`, range, {
      hint: `write it in ${unitText(floor.unit)}: \`${floorText}\` or fewer`,
      related,
    });
  } else {
    context.error('WT412', `cannot compare \`${localText}\` with the statutory \`${floorText}\`: \`rounding refuse\` gives no due date where the statutory rule gives one`, range, {
      hint: 'keep the statutory rounding',
      related,
    });
  }
}

function checkNoNewUnless(rule: RuleIR, statutory: RuleDraft, context: CheckContext): void {
  const floor = statutory.rule.unless ?? [];
  for (const cancel of rule.unless ?? []) {
    // Restating a statutory `unless`, or narrowing its filter with `and`, cancels in no more cases.
    if (floor.some((existing) => existing.event === cancel.event && isNarrowerFilter(cancel.where, existing.where))) continue;
    const related =
      floor.length === 0
        ? [statutoryClause(statutory, 'loc', undefined, `the statutory \`${rule.id}\` has no \`unless\``, context)]
        : floor.map((existing) => statutoryClause(statutory, 'unless', existing.loc, `the statutory \`unless ${matchText(existing)}\``, context));
    context.error('WT415', `\`unless ${matchText(cancel)}\` would cancel the statutory \`${rule.id}\` where \`${basePolicy(context)}\` does not`, cancel.loc ?? rule.loc, {
      hint: 'a local protocol may not add a way to cancel a statutory timescale',
      related,
    });
  }
}

function checkNoNewWhile(rule: RuleIR, statutory: RuleDraft, context: CheckContext): void {
  const local = rule.while;
  if (local === undefined) return;
  const floor = statutory.rule.while;
  if (floor !== undefined && sameStructure(local, floor)) return;
  const text = (state: NonNullable<RuleIR['while']>) => `while ${matchText(state.from)} .. ${matchText(state.to)}`;
  const [message, related] =
    floor === undefined
      ? [
          `\`${text(local)}\` would limit the statutory \`${rule.id}\`, which applies at all times in \`${basePolicy(context)}\``,
          statutoryClause(statutory, 'loc', undefined, `the statutory \`${rule.id}\` has no \`while\``, context),
        ]
      : [
          `\`${text(local)}\` cannot be compared with the statutory \`${text(floor)}\` of \`${rule.id}\``,
          statutoryClause(statutory, 'while', floor.loc, `the statutory \`${text(floor)}\``, context),
        ];
  context.error('WT416', message, local.loc ?? rule.loc, {
    hint: 'a local protocol may not narrow when a statutory timescale applies',
    related: [related],
  });
}

export const statutoryFloorChecks: ChecksByKind = {
  rule: [checkStatutoryOverride],
  removal: [checkStatutoryRemoval],
};
