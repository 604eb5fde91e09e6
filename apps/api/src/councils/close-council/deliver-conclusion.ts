import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { councilConcludedSignal, type CouncilConclusion } from '../../../../../workflows/support-application/messages';
import { applicationWorkflowId } from '../../applications/application-workflow-id';

export type Delivery = { delivered: true } | { delivered: false; reason: 'workflow-not-running' | 'delivery-failed'; error?: unknown };

/**
 * Hands a closed council's conclusion to its case's workflow. A case whose workflow is not
 * running (not started, or already finished) cannot take it: that is reported, not thrown, as
 * the council is closed either way and its result is stored.
 */
export async function deliverConclusion(temporal: Client, applicationId: string, conclusion: CouncilConclusion): Promise<Delivery> {
  try {
    await temporal.workflow.getHandle(applicationWorkflowId(applicationId)).signal(councilConcludedSignal, conclusion);
    return { delivered: true };
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) return { delivered: false, reason: 'workflow-not-running' };
    return { delivered: false, reason: 'delivery-failed', error };
  }
}
