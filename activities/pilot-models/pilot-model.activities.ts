import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { vietnamDateAt } from '../../libs/domain/src/deadlines/vietnam-time';
import type { Improvement } from '../../libs/domain/src/pilot-models/improvement';
import type { AuditActor } from '../../libs/persistence/src/audit/audit-entry';
import { AuditTrail } from '../../libs/persistence/src/audit/audit-trail';
import type { CertificateRecord, ItemRecognition, MeasurementInput, MilestoneState, SelectedItem, StepRecord } from '../../workflows/pilot-model/messages';
import { NotificationActivities } from '../notifications/notification.activities';
import { WorkingDayCounter } from '../tasks/working-day-counter';

export interface PilotModelEvent {
  action: string;
  actor: AuditActor;
  comment: string | null;
}

export interface PilotModelProjection {
  pilotModelId: string;
  applicationId: string | null;
  enterpriseId: string;
  provinceCode: string;
  title: string;
  status: string;
  currentStep: string | null;
  phase: string;
  stepStartedAt: string;
  baseline: MeasurementInput[] | null;
  selection: SelectedItem[] | null;
  certificates: ItemRecognition[] | null;
  after: MeasurementInput[] | null;
  improvements: Improvement[] | null;
  conclusion: string | null;
  steps: StepRecord[];
  milestones: MilestoneState[];
  departmentCodes: string[];
  currentTaskId: string | null;
  /** Per-model sequence from the workflow (continues across continue-as-new): older or repeated writes never win. */
  seq: number;
  event: PilotModelEvent;
}

export interface CertificateExpiryReminder {
  pilotModelId: string;
  title: string;
  enterpriseId: string;
  certificate: CertificateRecord;
  daysBefore: number;
  scheduledFor: string;
}

/** Catalogue kinds a step-2 selection may come from. */
const SELECTABLE_KINDS = ['management-systems', 'improvement-tools', 'standards', 'measurement-contents', 'certifications'];

const auditTrail = new AuditTrail();

@Injectable()
export class PilotModelActivities {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationActivities,
    private readonly workingDays: WorkingDayCounter,
  ) {}

  /** The active catalogue codes by kind, for the workflow's synchronous validation of step 2. */
  async pilotModelCatalogue(): Promise<Record<string, string[]>> {
    const rows = await this.dataSource.query<{ kind: string; code: string }[]>(`SELECT kind, code FROM catalogue_items WHERE active AND kind = ANY ($1) ORDER BY kind, sort_order, code`, [SELECTABLE_KINDS]);
    const byKind: Record<string, string[]> = {};
    for (const row of rows) (byKind[row.kind] ??= []).push(row.code);
    return byKind;
  }

  /**
   * Upserts the model, its milestones and its per-step history, and appends the event to the
   * audit trail, in one transaction — only when the row moved forward, so a retry records nothing twice.
   */
  async projectPilotModel(projection: PilotModelProjection): Promise<void> {
    const stepRows = await Promise.all(
      projection.steps.map(async (step) => ({
        ...step,
        workingDaysSpent: step.completedAt ? await this.workingDays.between(vietnamDateAt(Date.parse(step.startedAt)), vietnamDateAt(Date.parse(step.completedAt))) : null,
      })),
    );
    await this.dataSource.transaction(async (manager) => {
      const [previous] = await manager.query<{ status: string; step: string | null; seq: number }[]>(
        `SELECT status, current_step AS step, projection_seq AS seq FROM pilot_models WHERE id = $1 FOR UPDATE`,
        [projection.pilotModelId],
      );
      const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
      const changed = await manager.query<{ id: string }[]>(
        `INSERT INTO pilot_models (id, workflow_id, application_id, enterprise_id, province_code, title, current_step, step_phase, step_started_at, status,
           baseline, selection, plan, certificates, after, improvements, conclusion, department_codes, current_task_id, projection_seq)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20)
         ON CONFLICT (id) DO UPDATE SET
           current_step = EXCLUDED.current_step, step_phase = EXCLUDED.step_phase, step_started_at = EXCLUDED.step_started_at, status = EXCLUDED.status,
           baseline = EXCLUDED.baseline, selection = EXCLUDED.selection, plan = EXCLUDED.plan, certificates = EXCLUDED.certificates, after = EXCLUDED.after,
           improvements = EXCLUDED.improvements, conclusion = EXCLUDED.conclusion, department_codes = EXCLUDED.department_codes,
           current_task_id = EXCLUDED.current_task_id, projection_seq = EXCLUDED.projection_seq, updated_at = now(), version = pilot_models.version + 1
         WHERE pilot_models.projection_seq < EXCLUDED.projection_seq
         RETURNING id`,
        [
          projection.pilotModelId,
          `pilot-model-${projection.pilotModelId}`,
          projection.applicationId,
          projection.enterpriseId,
          projection.provinceCode,
          projection.title,
          projection.currentStep,
          projection.phase,
          projection.stepStartedAt,
          projection.status,
          json(projection.baseline),
          json(projection.selection),
          json(projection.milestones.length > 0 ? projection.milestones.map(({ itemCode, title, owner, dueDate, budgetLine }) => ({ itemCode, title, owner, dueDate, budgetLine })) : null),
          json(projection.certificates),
          json(projection.after),
          json(projection.improvements),
          projection.conclusion,
          projection.departmentCodes,
          projection.currentTaskId,
          projection.seq,
        ],
      );
      if (changed.length === 0) return;
      for (const milestone of projection.milestones) {
        await manager.query(
          `INSERT INTO pilot_model_milestones (id, pilot_model_id, item_code, title, owner, due_date, budget_line, status, progress, waived_reason, clock_task_id)
           VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)
           ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, progress = EXCLUDED.progress, waived_reason = EXCLUDED.waived_reason,
             clock_task_id = COALESCE(EXCLUDED.clock_task_id, pilot_model_milestones.clock_task_id), updated_at = now(), version = pilot_model_milestones.version + 1`,
          [milestone.id, projection.pilotModelId, milestone.itemCode, milestone.title, milestone.owner, milestone.dueDate, milestone.budgetLine, milestone.status, JSON.stringify(milestone.progress), milestone.waivedReason, milestone.clockTaskId],
        );
      }
      for (const [index, step] of stepRows.entries()) {
        await manager.query(
          `INSERT INTO pilot_model_steps (pilot_model_id, position, step, started_at, completed_at, working_days_spent, rounds)
           VALUES ($1,$2,$3,$4,$5,$6,$7)
           ON CONFLICT (pilot_model_id, position) DO UPDATE SET completed_at = EXCLUDED.completed_at, working_days_spent = EXCLUDED.working_days_spent, rounds = EXCLUDED.rounds`,
          [projection.pilotModelId, index, step.step, step.startedAt, step.completedAt, step.workingDaysSpent, JSON.stringify(step.rounds)],
        );
      }
      const { event } = projection;
      await auditTrail.append(manager, {
        actor: event.actor,
        action: event.action,
        subject: { type: 'pilot-model', id: projection.pilotModelId },
        before: previous ? { status: previous.status, step: previous.step, seq: previous.seq } : null,
        after: { status: projection.status, step: projection.currentStep, phase: projection.phase, seq: projection.seq },
        comment: event.comment,
        requestId: `workflow/pilot-model-${projection.pilotModelId}/seq/${projection.seq}`,
      });
    });
  }

  /** Reminds every user of the enterprise; one notification per certificate, reminder and user, however often retried. */
  async remindCertificateExpiry(reminder: CertificateExpiryReminder): Promise<number> {
    const users = await this.dataSource.query<{ id: string; email: string | null }[]>(`SELECT id, email FROM users WHERE active AND enterprise_id = $1`, [reminder.enterpriseId]);
    for (const user of users) {
      await this.notifications.notify({
        dedupKey: `${reminder.pilotModelId}:certificate:${reminder.certificate.number}:expiry-${reminder.daysBefore}:${user.id}`,
        recipient: { userId: user.id, email: user.email ?? undefined },
        message: { kind: 'certificate-expiry', certificate: `${reminder.certificate.number} (${reminder.certificate.body})`, expiresOn: reminder.certificate.expiresOn },
        subject: { type: 'pilot-model', id: reminder.pilotModelId, label: reminder.title },
        scheduledFor: reminder.scheduledFor,
      });
    }
    return users.length;
  }
}
