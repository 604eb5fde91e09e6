import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ScheduledReminder } from '../../libs/domain/src/deadlines/reminder-schedule';
import { AuditTrail } from '../../libs/persistence/src/audit/audit-trail';
import type { Actor, Assignee, DecisionSubject, OutcomeOption, TaskState } from '../../workflows/decision/messages';
import type { LocalizedText } from '../../libs/domain/src/errors/domain-error';
import type { TimeLimit } from '../../libs/domain/src/procedures/time-limit';
import { TaskAssignedNotice, TaskAssignmentNotifier } from './task-assignment-notifier';
import { TaskCancellationNotifier } from './task-cancellation-notifier';
import { TaskReminderSender } from './task-reminder-sender';

/** What happened to a task, for the audit trail. */
export interface TaskEvent {
  action: string;
  actor?: Actor;
  comment?: string | null;
}

export interface TaskProjection extends TaskState {
  workflowId: string;
  subject: DecisionSubject;
  step: { code: string; name: LocalizedText };
  outcomes: OutcomeOption[];
  timeLimit: TimeLimit | null;
  startedOn: string;
  outcome: string | null;
  comment: string | null;
  decidedBy: { userId: string; username: string } | null;
  decidedAt: string | null;
  usedWorkingDays: number;
  /** Per-task sequence number from the workflow: an older or repeated write never overwrites newer state. */
  seq: number;
  event: TaskEvent;
}

export interface TaskReminderRequest {
  taskId: string;
  subject: DecisionSubject;
  step: { code: string; name: LocalizedText };
  assignee: Assignee;
  escalation: { unitHead?: Assignee; manager?: Assignee };
  dueDate: string;
  reminder: ScheduledReminder;
  /** The workflow time the reminder belongs to (tests on the time-skipping server assert on it). */
  scheduledFor: string;
}

/** A decider's task cancelled because another decider of the step decided it. */
export interface TaskCancelledNotice {
  taskId: string;
  subject: DecisionSubject;
  step: { code: string; name: LocalizedText };
  assignee: Assignee;
  /** Who decided the step, and how. */
  decidedBy: string;
  outcome: LocalizedText;
  comment: string | null;
  scheduledFor: string;
}

const auditTrail = new AuditTrail();

@Injectable()
export class TaskActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reminders: TaskReminderSender,
    private readonly assignments: TaskAssignmentNotifier,
    private readonly cancellations: TaskCancellationNotifier,
  ) {}

  /**
   * Upserts the task's row (newest sequence number wins) and appends its event to the audit
   * trail in the same transaction. The audit row is keyed by workflow and sequence number, so a
   * retry adds nothing, and an event whose row update lost the race to a newer one is still kept.
   */
  async projectTask(task: TaskProjection): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO tasks (id, workflow_id, subject_type, subject_id, subject_title, province_code, step_code, step_name_vi, step_name_en,
           assignee_kind, assignee_id, claimed_by, allowed_outcomes, status, started_on, due_date, due_at, time_limit_amount, time_limit_unit,
           used_working_days, outcome, comment, decided_by, decided_by_name, decided_at, reminders_sent, extensions, projection_seq)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28)
         ON CONFLICT (id) DO UPDATE SET
           assignee_kind = EXCLUDED.assignee_kind, assignee_id = EXCLUDED.assignee_id, claimed_by = EXCLUDED.claimed_by,
           status = EXCLUDED.status, due_date = EXCLUDED.due_date, due_at = EXCLUDED.due_at, used_working_days = EXCLUDED.used_working_days,
           outcome = EXCLUDED.outcome, comment = EXCLUDED.comment, decided_by = EXCLUDED.decided_by, decided_by_name = EXCLUDED.decided_by_name,
           decided_at = EXCLUDED.decided_at, reminders_sent = EXCLUDED.reminders_sent, extensions = EXCLUDED.extensions,
           projection_seq = EXCLUDED.projection_seq, updated_at = now(), version = tasks.version + 1
         WHERE tasks.projection_seq < EXCLUDED.projection_seq`,
        [
          task.taskId,
          task.workflowId,
          task.subject.type,
          task.subject.id,
          task.subject.title,
          task.subject.provinceCode,
          task.step.code,
          task.step.name.vi,
          task.step.name.en,
          task.assignee.kind,
          task.assignee.id,
          task.claimedBy,
          JSON.stringify(task.outcomes),
          task.status,
          task.startedOn,
          task.dueDate,
          task.dueAt,
          task.timeLimit?.amount ?? null,
          task.timeLimit?.unit ?? null,
          task.usedWorkingDays,
          task.outcome,
          task.comment,
          task.decidedBy?.userId ?? null,
          task.decidedBy?.username ?? null,
          task.decidedAt,
          JSON.stringify(task.remindersSent),
          JSON.stringify(task.extensions),
          task.seq,
        ],
      );
      const requestId = `workflow/${task.workflowId}/seq/${task.seq}`;
      // Serialise with the audit chain's own lock before looking, so the check and the append are one step.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('audit_log_request:' || $1))`, [requestId]);
      const [already] = await manager.query(`SELECT 1 FROM audit_log WHERE subject_type = $1 AND subject_id = $2 AND request_id = $3 LIMIT 1`, [
        task.subject.type,
        task.subject.id,
        requestId,
      ]);
      if (already) return;
      const { event } = task;
      await auditTrail.append(manager, {
        actor: event.actor ? { id: event.actor.userId, name: event.actor.username, role: event.actor.roles[0] ?? 'user' } : { id: 'system', name: 'decisionTaskWorkflow', role: 'system' },
        action: event.action,
        subject: { type: task.subject.type, id: task.subject.id },
        after: { taskId: task.taskId, step: task.step.code, status: task.status, dueDate: task.dueDate, assignee: task.assignee, outcome: task.outcome },
        comment: event.comment ?? null,
        requestId,
      });
    });
  }

  async sendTaskReminder(request: TaskReminderRequest): Promise<void> {
    await this.reminders.send(request);
  }

  /** Tells everyone who may act on the task that it reached their inbox; returns how many were told. */
  async notifyTaskAssigned(notice: TaskAssignedNotice): Promise<number> {
    return this.assignments.send(notice);
  }

  async noticeTaskCancelled(notice: TaskCancelledNotice): Promise<void> {
    await this.cancellations.send(notice);
  }
}
