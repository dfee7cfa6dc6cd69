/**
 * Threshold levels are tried from the top; the first whose condition holds gives the level. So a level
 * after one that always holds (or after one with the very same condition) can never be reached, nor can
 * a level whose condition is always false. Levels read from the highest need down, and a case matching
 * no level gets "no level" unless there is an `otherwise`.
 */
import type { CheckContext } from './check-context.js';
import type { ConditionIR, ThresholdLevelIR, ThresholdsIR } from './ir.js';
import { sameStructure } from './same-structure.js';
import type { ChecksByKind } from './validation-registry.js';

/** The value of a condition that does not depend on the case, or undefined when it does. */
export function constantValue(condition: ConditionIR): boolean | undefined {
  switch (condition.op) {
    case 'constant':
      return condition.value;
    case 'not': {
      const value = constantValue(condition.arg);
      return value === undefined ? undefined : !value;
    }
    case 'and':
    case 'or': {
      const decisive = condition.op === 'or';
      const values = condition.args.map(constantValue);
      if (values.includes(decisive)) return decisive;
      return values.every((value) => value === !decisive) ? !decisive : undefined;
    }
    default:
      return undefined;
  }
}

function checkReachability(thresholds: ThresholdsIR, context: CheckContext): void {
  let alwaysHolds: ThresholdLevelIR | undefined;
  const earlier: ThresholdLevelIR[] = [];
  for (const level of thresholds.levels) {
    const same = earlier.find((previous) => sameStructure(previous.when, level.when));
    if (alwaysHolds !== undefined) {
      context.warning('WT330', `level ${level.level} can never be reached: level ${alwaysHolds.level} always applies first`, level.loc, {
        related: [context.relatedAt(`level ${alwaysHolds.level} always applies`, alwaysHolds.loc)],
      });
    } else if (same !== undefined) {
      context.warning('WT330', `level ${level.level} can never be reached: level ${same.level} has the same condition and comes first`, level.loc, {
        related: [context.relatedAt(`level ${same.level} has the same condition`, same.loc)],
      });
    } else if (constantValue(level.when) === false) {
      context.warning('WT331', `level ${level.level} can never be reached: its condition is always false`, level.when.loc ?? level.loc);
    }
    if (alwaysHolds === undefined && constantValue(level.when) === true) alwaysHolds = level;
    earlier.push(level);
  }
  const otherwise = thresholds.otherwise;
  if (otherwise !== undefined && alwaysHolds !== undefined) {
    context.warning('WT330', `\`otherwise level ${otherwise.level}\` can never be reached: level ${alwaysHolds.level} always applies first`, otherwise.loc ?? thresholds.loc, {
      related: [context.relatedAt(`level ${alwaysHolds.level} always applies`, alwaysHolds.loc)],
    });
  }
  if (otherwise === undefined && alwaysHolds === undefined && thresholds.levels.length > 0) {
    context.warning('WT333', `\`${thresholds.id}\` has no \`otherwise\`: a case that matches no level gets no level`, thresholds.loc, {
      hint: 'add a last line such as `otherwise level 1 "Universal services"`',
    });
  }
}

function checkDescendingOrder(thresholds: ThresholdsIR, context: CheckContext): void {
  const levels: { level: number; loc?: ThresholdLevelIR['loc'] }[] = [...thresholds.levels];
  if (thresholds.otherwise !== undefined) levels.push(thresholds.otherwise);
  for (let index = 1; index < levels.length; index++) {
    const previous = levels[index - 1]!;
    const current = levels[index]!;
    if (current.level > previous.level) {
      context.warning('WT332', `level ${current.level} comes after level ${previous.level}: list levels from the highest down`, current.loc ?? thresholds.loc, {
        related: [context.relatedAt(`level ${previous.level}`, previous.loc)],
      });
    }
  }
}

export const thresholdChecks: ChecksByKind = {
  thresholds: [checkReachability, checkDescendingOrder],
};
