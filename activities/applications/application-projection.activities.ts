import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asyncLocalStorage } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { AuditActor } from '../../libs/persistence/src/audit/audit-entry';
import { AuditTrail } from '../../libs/persistence/src/audit/audit-trail';
import type { ImplementationSnapshot } from '../../workflows/support-application/messages';
import { unrecordableOr } from '../unrecordable-input';

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
  enterpriseId: string | null;
  supportKind: string | null;
  requestedAmountVnd: number | null;
  sponsoringDepartmentCode: string | null;
  /** e.g. 'nscl/2021', once submitted. */
  procedureVersion: string | null;
  /** Every department the case has been routed to: their officers may see it. */
  departmentCodes: string[];
  taskId: string | null;
  approvedAmountVnd: number | null;
  refundOrdered: boolean;
  status: string;
  step: string | null;
  /** Absent until the contract is signed, and for cases started before implementation tracking existed. */
  implementation?: ImplementationSnapshot | null;
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
   * Data PostgreSQL refuses fails at once, for the workflow to undo what it tried (unrecordable-input.ts).
   */
  async projectApplication(projection: ApplicationProjection): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [previous] = await manager.query<{ status: string; step: string | null; seq: number }[]>(
        `SELECT status, current_step AS step, projection_seq AS seq FROM applications WHERE id = $1 FOR UPDATE`,
        [projection.applicationId],
      );
      const changed = await manager.query<{ id: string }[]>(
        `INSERT INTO applications (id, workflow_id, title, province_code, support_kind, requested_amount_vnd, status, current_step, projection_seq,
           enterprise_id, sponsoring_department_code, procedure_version, department_codes, current_task_id, approved_amount_vnd, refund_ordered, implementation)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (id) DO UPDATE SET
           title = EXCLUDED.title,
           support_kind = EXCLUDED.support_kind,
           requested_amount_vnd = EXCLUDED.requested_amount_vnd,
           sponsoring_department_code = EXCLUDED.sponsoring_department_code,
           procedure_version = EXCLUDED.procedure_version,
           department_codes = EXCLUDED.department_codes,
           current_task_id = EXCLUDED.current_task_id,
           approved_amount_vnd = EXCLUDED.approved_amount_vnd,
           refund_ordered = EXCLUDED.refund_ordered,
           implementation = COALESCE(EXCLUDED.implementation, applications.implementation),
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
          projection.enterpriseId,
          projection.sponsoringDepartmentCode,
          projection.procedureVersion,
          projection.departmentCodes,
          projection.taskId,
          projection.approvedAmountVnd,
          projection.refundOrdered,
          projection.implementation ? JSON.stringify(projection.implementation) : null,
        ],
      );
      if (changed.length === 0) return;
      const { event } = projection;
      await auditTrail.append(manager, {
        actor: event.actor,
        action: event.action,
        subject: { type: 'application', id: projection.applicationId },
        before: previous ? { status: previous.status, step: previous.step, seq: previous.seq } : null,
        after: { status: projection.status, step: projection.step, seq: projection.seq, approvedAmountVnd: projection.approvedAmountVnd, refundOrdered: projection.refundOrdered },
        comment: event.comment,
        requestId: workflowRequestId(),
      });
    }).catch((error: unknown) => {
      throw unrecordableOr(error);
    });
  }
}

/** A change made by a workflow is traced to its workflow id and activity id (null when called outside an activity). */
function workflowRequestId(): string | null {
  const info = asyncLocalStorage.getStore()?.info;
  if (!info) return null;
  return info.workflowExecution ? `workflow/${info.workflowExecution.workflowId}/activity/${info.activityId}` : `activity/${info.activityId}`;
}
