import { ApiProperty } from '@nestjs/swagger';
import type { TaskEntity } from '../../../../libs/persistence/src/entities/tasks/task.entity';
import type { Language } from '../problem/language';

class TaskSubjectView {
  @ApiProperty({ enum: ['application', 'pilot-model'] }) type!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() provinceCode!: string;
}

class TaskStepView {
  @ApiProperty({ example: 'intake' }) code!: string;
  @ApiProperty({ example: 'Tiếp nhận, kiểm tra tính hợp lệ' }) name!: string;
}

class TaskAssigneeView {
  @ApiProperty({ enum: ['user', 'department', 'role', 'council', 'enterprise'] }) kind!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) claimedBy!: string | null;
}

class TaskOutcomeView {
  @ApiProperty() code!: string;
  @ApiProperty() label!: string;
  @ApiProperty() requiresComment!: boolean;
}

/** One open decision in an inbox (api.md: `{ id, kind, subject, step, assignee, dueAt, overdue, allowedOutcomes }`). */
export class TaskView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'decision' }) kind!: string;
  @ApiProperty({ type: TaskSubjectView }) subject!: TaskSubjectView;
  @ApiProperty({ type: TaskStepView }) step!: TaskStepView;
  @ApiProperty({ type: TaskAssigneeView }) assignee!: TaskAssigneeView;
  @ApiProperty({ enum: ['open', 'decided', 'cancelled'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, example: '2026-03-03' }) dueDate!: string | null;
  @ApiProperty({ nullable: true, type: String, description: '24:00 giờ Việt Nam của ngày hết hạn · end of the due day, Vietnam time' }) dueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ type: [TaskOutcomeView] }) allowedOutcomes!: TaskOutcomeView[];

  static of(row: TaskEntity, language: Language, now = Date.now()): TaskView {
    return Object.assign(new TaskView(), {
      id: row.id,
      kind: 'decision',
      subject: { type: row.subjectType, id: row.subjectId, title: row.subjectTitle, provinceCode: row.provinceCode },
      step: { code: row.stepCode, name: language === 'en' ? row.stepNameEn : row.stepNameVi },
      assignee: { kind: row.assigneeKind, id: row.assigneeId, claimedBy: row.claimedBy },
      status: row.status,
      dueDate: row.dueDate,
      dueAt: row.dueAt ? row.dueAt.toISOString() : null,
      overdue: row.status === 'open' && row.dueAt !== null && row.dueAt.getTime() < now,
      allowedOutcomes: row.allowedOutcomes.map((outcome) => ({ code: outcome.code, label: outcome.label[language], requiresComment: outcome.requiresComment ?? false })),
    });
  }
}
