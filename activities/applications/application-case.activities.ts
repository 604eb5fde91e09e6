import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import { DataSource } from 'typeorm';
import { DomainError, LocalizedText } from '../../libs/domain/src/errors/domain-error';
import type { ProcedureDefinition, StepActor } from '../../libs/domain/src/procedures/procedure-definition';
import { procedureInForce } from '../../libs/domain/src/procedures/procedure-in-force';
import type { Assignee } from '../../workflows/decision/messages';
import { NotificationActivities } from '../notifications/notification.activities';

export interface StepAssigneeRequest {
  actor: StepActor;
  provinceCode: string;
  enterpriseId: string | null;
  sponsoringDepartmentCode: string | null;
}

export interface StepAssignment {
  assignee: Assignee;
  escalation: { unitHead?: Assignee; manager?: Assignee };
}

/** What the enterprise is told when a step of its case is decided (including by a lapsed deadline). */
export interface CaseNotice {
  /** The case's id; with `subjectType: 'pilot-model'`, the pilot model's. */
  applicationId: string;
  /** What the decision was about: the application (default) or its pilot model. */
  subjectType?: 'application' | 'pilot-model';
  title: string;
  enterpriseId: string | null;
  taskId: string;
  step: LocalizedText;
  outcome: LocalizedText;
  comment: string | null;
  /** The workflow time of the decision. */
  scheduledFor: string;
}

/** Advance notice of a scheduled inspection of a task under contract (process.md §A step 8). */
export interface InspectionNotice {
  applicationId: string;
  title: string;
  enterpriseId: string | null;
  inspectionDate: string;
  /** The workflow time the notice is given. */
  scheduledFor: string;
}

/** Reference data a case workflow needs, read from PostgreSQL so administrators' edits apply, and notices to the enterprise. */
@Injectable()
export class ApplicationCaseActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationActivities,
  ) {}

  /** Tells every user of the enterprise what was decided; one notification per user and task, however often retried. */
  async noticeToEnterprise(notice: CaseNotice): Promise<number> {
    const users = await this.enterpriseUsers(notice.enterpriseId);
    for (const user of users) {
      await this.notifications.notify({
        dedupKey: `${notice.applicationId}:${notice.taskId}:decision:${user.id}`,
        recipient: { userId: user.id, email: user.email ?? undefined },
        message: { kind: 'decision', step: notice.step, outcome: notice.outcome, ...(notice.comment ? { comment: notice.comment } : {}) },
        subject: { type: notice.subjectType ?? 'application', id: notice.applicationId, label: notice.title },
        scheduledFor: notice.scheduledFor,
      });
    }
    return users.length;
  }

  /** Tells every user of the enterprise when Sở KH&CN will inspect; once per user and inspection date. */
  async inspectionNotice(notice: InspectionNotice): Promise<number> {
    const users = await this.enterpriseUsers(notice.enterpriseId);
    for (const user of users) {
      await this.notifications.notify({
        dedupKey: `${notice.applicationId}:inspection:${notice.inspectionDate}:${user.id}`,
        recipient: { userId: user.id, email: user.email ?? undefined },
        message: { kind: 'inspection-notice', inspectionDate: notice.inspectionDate },
        subject: { type: 'application', id: notice.applicationId, label: notice.title },
        scheduledFor: notice.scheduledFor,
      });
    }
    return users.length;
  }

  /** The procedure version in force on a date: the case keeps it to the end, whatever is published later. */
  async caseProcedure({ code, onDate }: { code: string; onDate: string }): Promise<ProcedureDefinition> {
    const rows = await this.dataSource.query<{ definition: ProcedureDefinition }[]>(`SELECT definition FROM procedure_definitions WHERE code = $1`, [code]);
    try {
      return procedureInForce(rows.map((row) => row.definition), code, onDate);
    } catch (error) {
      // No version in force is an administrator's matter: the case waits, retrying, until one is published.
      if (error instanceof DomainError) throw ApplicationFailure.retryable(error.text.en, 'NoProcedureInForce');
      throw error;
    }
  }

  /** Who acts on a step of a case: a department by its capability, the enterprise, or the council secretary. */
  async stepAssignee({ actor, provinceCode, enterpriseId, sponsoringDepartmentCode }: StepAssigneeRequest): Promise<StepAssignment> {
    const manager: Assignee = { kind: 'role', id: 'programme-manager' };
    switch (actor.kind) {
      case 'enterprise':
        if (!enterpriseId) throw ApplicationFailure.nonRetryable('The application has no enterprise', 'NoEnterprise');
        return { assignee: { kind: 'enterprise', id: enterpriseId }, escalation: { manager } };
      case 'council':
        return { assignee: { kind: 'role', id: 'council-secretary' }, escalation: { manager } };
      case 'role':
        return { assignee: { kind: 'role', id: actor.role }, escalation: { manager } };
      case 'department': {
        const department = actor.capability === 'sponsoring' && sponsoringDepartmentCode ? sponsoringDepartmentCode : await this.departmentWith(provinceCode, actor.capability);
        const assignee: Assignee = { kind: 'department', id: department };
        return { assignee, escalation: { unitHead: assignee, manager } };
      }
    }
  }

  private async enterpriseUsers(enterpriseId: string | null): Promise<{ id: string; email: string | null }[]> {
    if (!enterpriseId) return [];
    return this.dataSource.query(`SELECT id, email FROM users WHERE active AND enterprise_id = $1`, [enterpriseId]);
  }

  private async departmentWith(provinceCode: string, capability: string): Promise<string> {
    const [row] = await this.dataSource.query<{ code: string }[]>(
      `SELECT code FROM departments WHERE province_code = $1 AND active AND $2 = ANY (capabilities) ORDER BY code LIMIT 1`,
      [provinceCode, capability],
    );
    if (!row) throw ApplicationFailure.retryable(`No active department of ${provinceCode} has the capability "${capability}"`, 'NoDepartment');
    return row.code;
  }
}
