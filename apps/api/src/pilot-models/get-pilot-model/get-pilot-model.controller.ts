import { Controller, Get, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { PilotModelAccess } from '../pilot-model-access.service';
import { pilotModelTimelineLabel } from './pilot-model-timeline-labels';

interface TimelineRow {
  at: Date;
  action: string;
  actor: string;
  actorRole: string;
  comment: string | null;
  step: string | null;
}

/**
 * One model: steps with their rounds (deliverables, reviews), milestones, open tasks, timeline (each
 * action labelled in the caller's language, Accept-Language: vi by default, en), the termination if
 * any, and the baseline-versus-after table.
 */
@ApiTags('pilot-models')
@ApiBearerAuth()
@Controller('pilot-models')
export class GetPilotModelController {
  constructor(
    private readonly access: PilotModelAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':id')
  @RequireAction('pilot-model.read')
  @ApiOperation({ summary: 'Chi tiết mô hình điểm · A pilot model in full' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<Record<string, unknown>> {
    const model = await this.access.visible(id, principal);
    const language = languageOf(acceptLanguage);
    const [steps, milestones, tasks, timeline] = await Promise.all([
      this.dataSource.query(
        `SELECT step, started_at AS "startedAt", completed_at AS "completedAt", working_days_spent AS "workingDaysSpent", rounds FROM pilot_model_steps WHERE pilot_model_id = $1 ORDER BY position`,
        [id],
      ),
      this.dataSource.query(
        `SELECT id, item_code AS "itemCode", title, owner, to_char(due_date, 'YYYY-MM-DD') AS "dueDate", budget_line AS "budgetLine", status, progress, waived_reason AS "waivedReason",
                (SELECT t.due_at < now() FROM tasks t WHERE t.id = mm.clock_task_id AND t.status = 'open') IS TRUE AS overdue
           FROM pilot_model_milestones mm WHERE pilot_model_id = $1 ORDER BY due_date, title`,
        [id],
      ),
      this.dataSource.query(
        `SELECT id, step_code AS step, assignee_kind AS "assigneeKind", assignee_id AS "assigneeId", to_char(due_date, 'YYYY-MM-DD') AS "dueDate", due_at AS "dueAt", due_at < now() AS overdue
           FROM tasks WHERE subject_type = 'pilot-model' AND subject_id = $1 AND status = 'open' ORDER BY due_at NULLS LAST`,
        [id],
      ),
      this.dataSource.query<TimelineRow[]>(
        `SELECT occurred_at AS at, action, actor_name AS actor, actor_role AS "actorRole", comment, before->>'step' AS step
           FROM audit_log WHERE subject_type = 'pilot-model' AND subject_id = $1 ORDER BY seq`,
        [id],
      ),
    ]);
    const terminated = timeline.find((row) => row.action === 'pilot-model.terminated');
    return {
      id: model.id,
      applicationId: model.applicationId,
      enterpriseId: model.enterpriseId,
      provinceCode: model.provinceCode,
      title: model.title,
      status: model.status,
      step: model.currentStep,
      phase: model.stepPhase,
      stepStartedAt: model.stepStartedAt,
      deliverables: { baseline: model.baseline, selection: model.selection, plan: model.plan, certificates: model.certificates, after: model.after, conclusion: model.conclusion },
      baselineVersusAfter: model.improvements,
      steps,
      milestones,
      openTasks: tasks,
      // Who stopped the model, why, and at which step (the step it stood at before the termination).
      termination: terminated ? { at: terminated.at, by: terminated.actor, reason: terminated.comment, step: terminated.step } : null,
      timeline: timeline.map(({ step: _step, ...row }) => ({ ...row, label: pilotModelTimelineLabel(row.action)[language] })),
    };
  }
}
