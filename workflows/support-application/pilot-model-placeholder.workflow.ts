import { condition, defineUpdate, setHandler, workflowInfo } from '@temporalio/workflow';

export interface PilotModelPlaceholderResult {
  pilotModelId: string;
  outcome: 'completed' | 'terminate';
  completedAt: string;
}

/** Sở KH&CN records that the implementation phase ended, until the six-step pilot model replaces this. */
export const pilotModelPhaseEndedUpdate = defineUpdate<PilotModelPlaceholderResult, [{ outcome: 'completed' | 'terminate' }]>('pilotModelPhaseEnded');

/**
 * PLACEHOLDER for the six-step pilot-model workflow (the next issue replaces it): the
 * implementation step of a pilot-model case runs this child, which only waits for the end of
 * the phase to be recorded.
 */
export async function pilotModelPlaceholderWorkflow(input: { applicationId: string }): Promise<PilotModelPlaceholderResult> {
  let result: PilotModelPlaceholderResult | undefined;
  setHandler(pilotModelPhaseEndedUpdate, ({ outcome }) => {
    result = { pilotModelId: workflowInfo().workflowId, outcome, completedAt: new Date(Date.now()).toISOString() };
    return result;
  });
  await condition(() => result !== undefined);
  void input;
  return result as PilotModelPlaceholderResult;
}
