import { PILOT_STEPS, PilotStepCode } from './messages';

/** What happens to the model as a whole, or to one milestone, as audit action codes. */
export const PILOT_MODEL_EVENTS = ['pilot-model.created', 'pilot-model.completed', 'pilot-model.terminated', 'milestone.in-progress', 'milestone.done', 'milestone.waived'] as const;
export type PilotModelEventAction = (typeof PILOT_MODEL_EVENTS)[number];

/** What happens within a step, recorded as `step.<step>.<event>`. */
export const STEP_EVENTS = ['started', 'submitted', 'review-opened', 'approved', 'returned', 'milestones-opened', 'milestones-closed'] as const;
export type StepEvent = (typeof STEP_EVENTS)[number];

/**
 * Every action the pilot-model workflow records on the model's timeline. The workflow records
 * nothing else (its `record` takes only these), so the API can label each one
 * (apps/api/src/pilot-models/get-pilot-model/pilot-model-timeline-labels.ts).
 */
export type PilotModelAction = PilotModelEventAction | `step.${PilotStepCode}.${StepEvent}`;

export function stepAction(step: PilotStepCode, event: StepEvent): PilotModelAction {
  return `step.${step}.${event}`;
}

export const PILOT_MODEL_ACTIONS: readonly PilotModelAction[] = [...PILOT_MODEL_EVENTS, ...PILOT_STEPS.flatMap((step) => STEP_EVENTS.map((event) => stepAction(step, event)))];
