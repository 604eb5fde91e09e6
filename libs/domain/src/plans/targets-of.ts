import type { PlanTarget, ProgrammePlan } from './programme-plan';

/** The targets of one period of a plan, in plan order. */
export function targetsOf(plan: ProgrammePlan, period: string): PlanTarget[] {
  return plan.targets.filter((target) => target.period === period);
}
