import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import { yearOf } from '../../libs/domain/src/calendar/plain-date';
import { vietnamDateAt } from '../../libs/domain/src/deadlines/vietnam-time';
import { YearlyReportCycleInput, yearlyReportWorkflowId } from './messages';
import { yearlyReportCycleWorkflow } from './yearly-report-cycle.workflow';

/**
 * What the 'yearly-report-cycle' Schedule starts each 1 October. A Schedule appends the fire time
 * to the ids of the workflows it starts, so this small workflow starts the year's cycle under the
 * id the API knows, `yearly-report-<year>`, and leaves it running. Idempotent: a cycle that is
 * running or has completed for the year is never started again (a trigger, a catch-up, a backfill).
 * The schedule passes no year (the year it fires in); an operator may pass one.
 */
export async function startYearlyReportCycleWorkflow(input: YearlyReportCycleInput = {}): Promise<{ workflowId: string; started: boolean }> {
  const year = input.year ?? yearOf(vietnamDateAt(Date.now()));
  const workflowId = yearlyReportWorkflowId(year);
  try {
    await startChild(yearlyReportCycleWorkflow, {
      workflowId,
      args: [{ year, ...(input.deadlineReading ? { deadlineReading: input.deadlineReading } : {}) }],
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
    return { workflowId, started: true };
  } catch (error) {
    if (error instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, started: false };
    throw error;
  }
}
