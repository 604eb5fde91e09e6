import type { PlanTarget } from './programme-plan';

/**
 * Whether an actual figure reaches a target, for dashboards: at least the value for 'exactly',
 * 'about' and 'at-least' (doing more than planned still meets the plan), above it for
 * 'more-than', at least `min` for a range. `undefined` for a target without a figure.
 */
export function isTargetReached(target: PlanTarget, actual: number): boolean | undefined {
  const { value } = target;
  if (value === null) return undefined;
  if (typeof value !== 'number') return actual >= value.min;
  return target.comparator === 'more-than' ? actual > value : actual >= value;
}
