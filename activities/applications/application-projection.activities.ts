import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asyncLocalStorage } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { AuditActor } from '../../libs/persistence/src/audit/audit-entry';
import { AuditTrail } from '../../libs/persistence/src/audit/audit-trail';

/** The change the projection records: what happened, who did it, and why. */
export interface ApplicationEvent {
  /** Stable code, e.g. 'application.submitted'. */
  action: string;
  actor: AuditActor;
  comment: string | null;
}

export interface ApplicationProjection {
  applicationId: string;
  title: string;
  provinceCode: string;
  supportKind: string | null;
  requestedAmountVnd: number | null;
  status: string;
  step: string | null;
  /** The workflow's per-case sequence number: an older or repeated write never overwrites newer state. */
  seq: number;
  event: ApplicationEvent;
}

const auditTrail = new AuditTrail();

@Injectable()
export class ApplicationProjectionActivities {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Upserts the case's read model and, in the same transaction, appends the event to the audit
   * trail — only when the row actually moved forward, so a retried activity records nothing twice.
   */
  async projectApplication(projection: ApplicationProjection): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [previous] = await manager.query<{ status: string; step: string | null; seq: number }[]>(
        `SELECT status, current_step AS step, projection_seq AS seq FROM applications WHERE id = $1 FOR UPDATE`,
        [projection.applicationId],
      );
      const changed = await manager.query<{ id: string }[]>(
        `INSERT INTO applications (id, workflow_id, title, province_code, support_kind, requested_amount_vnd, status, current_step, projection_seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (id) DO UPDATE SET
           status = EXCLUDED.status,
           current_step = EXCLUDED.current_step,
           projection_seq = EXCLUDED.projection_seq,
           updated_at = now(),
           version = applications.version + 1
         WHERE applications.projection_seq < EXCLUDED.projection_seq
         RETURNING id`,
        [
          projection.applicationId,
          `application-${projection.applicationId}`,
          projection.title,
          projection.provinceCode,
          projection.supportKind,
          projection.requestedAmountVnd,
          projection.status,
          projection.step,
          projection.seq,
        ],
      );
      if (changed.length === 0) return;
      const { event } = projection;
      await auditTrail.append(manager, {
        actor: event.actor,
        action: event.action,
        subject: { type: 'application', id: projection.applicationId },
        before: previous ? { status: previous.status, step: previous.step, seq: previous.seq } : null,
        after: { status: projection.status, step: projection.step, seq: projection.seq },
        comment: event.comment,
        requestId: workflowRequestId(),
      });
    });
  }
}

/** A change made by a workflow is traced to its workflow id and activity id (null when called outside an activity). */
function workflowRequestId(): string | null {
  const info = asyncLocalStorage.getStore()?.info;
  if (!info) return null;
  return info.workflowExecution ? `workflow/${info.workflowExecution.workflowId}/activity/${info.activityId}` : `activity/${info.activityId}`;
}
