import type { StepActor, ProcedureStep } from './procedure-definition';

/** How the decisions of a step's several deciders combine; only one rule so far. */
export const DECIDER_RULES = ['all-approve'] as const;
export type DeciderRule = (typeof DECIDER_RULES)[number];

/**
 * Several deciders of one step, each with a task of their own opened at once (e.g. Chi cục TĐC
 * with the sponsoring department; Sở KH&CN and Sở Tài chính). Under 'all-approve' the step takes
 * the `approve` outcome once every decider chose it; any other outcome by any one of them decides
 * the step at once (a return, a refusal) and cancels the tasks still open.
 */
export interface StepDeciders {
  readonly actors: readonly StepActor[];
  readonly rule: DeciderRule;
  /** The outcome every decider must choose for the step to take it. */
  readonly approve: string;
}

/** Who decides a step: its deciders, or (every older version) its one actor. */
export function decidersOf(step: Pick<ProcedureStep, 'actor' | 'deciders'>): readonly StepActor[] {
  return step.deciders && step.deciders.actors.length > 0 ? step.deciders.actors : [step.actor];
}

/** One decider's decision, in the order the decisions arrived. */
export interface DeciderDecision {
  /** Index of the decider in `actors`. */
  readonly decider: number;
  readonly outcome: string;
}

export type CombinedDecision =
  | { readonly done: false }
  /** `decisive`: the decisions that made the step's outcome (every approval, or the one dissent). */
  | { readonly done: true; readonly outcome: string; readonly decisive: readonly DeciderDecision[] };

/** Applies the rule to the decisions so far; the first dissent wins, later ones do not count. */
export function combineDecisions(deciders: StepDeciders, decisions: readonly DeciderDecision[]): CombinedDecision {
  const dissent = decisions.find((decision) => decision.outcome !== deciders.approve);
  if (dissent) return { done: true, outcome: dissent.outcome, decisive: [dissent] };
  const approvals = deciders.actors.map((_, index) => decisions.find((decision) => decision.decider === index));
  if (approvals.every((decision) => decision !== undefined)) return { done: true, outcome: deciders.approve, decisive: approvals as DeciderDecision[] };
  return { done: false };
}
