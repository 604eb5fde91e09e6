import { Inject, Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { TEMPORAL_OPTIONS, TemporalOptions } from '../../../../../libs/temporal/src/temporal-options';
import type { councilConvenedNoticesWorkflow } from '../../../../../workflows/councils/council-convened-notices.workflow';

/** The workflow that tells a council's members; one per council. */
export const councilNoticesWorkflowId = (councilId: string): string => `council-convened-${councilId}`;

/**
 * Hands the members' notices of a convened council to Temporal. Called inside the convening
 * transaction, before it commits: if the start fails, the council is not convened (the request
 * fails and may be retried); if the commit fails after it, the workflow finds no council and tells
 * nobody. So a convened council's members are always told, exactly once each.
 */
@Injectable()
export class CouncilConvenedNotices {
  constructor(
    private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly options: TemporalOptions,
  ) {}

  async announce(councilId: string): Promise<void> {
    await this.temporal.workflow.start<typeof councilConvenedNoticesWorkflow>('councilConvenedNoticesWorkflow', {
      workflowId: councilNoticesWorkflowId(councilId),
      taskQueue: this.options.taskQueue,
      args: [{ councilId, convenedAt: new Date().toISOString() }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
  }
}
