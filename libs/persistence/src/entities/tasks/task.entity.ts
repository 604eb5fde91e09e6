import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A human decision's read model, written by the decision-task workflow's activities. */
@Entity({ name: 'tasks' })
export class TaskEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'workflow_id', type: 'varchar' }) workflowId!: string;
  @Column({ name: 'subject_type', type: 'varchar' }) subjectType!: string;
  @Column({ name: 'subject_id', type: 'uuid' }) subjectId!: string;
  @Column({ name: 'subject_title', type: 'varchar' }) subjectTitle!: string;
  @Column({ name: 'province_code', type: 'varchar' }) provinceCode!: string;
  @Column({ name: 'step_code', type: 'varchar' }) stepCode!: string;
  @Column({ name: 'step_name_vi', type: 'varchar' }) stepNameVi!: string;
  @Column({ name: 'step_name_en', type: 'varchar' }) stepNameEn!: string;
  @Column({ name: 'assignee_kind', type: 'varchar' }) assigneeKind!: string;
  @Column({ name: 'assignee_id', type: 'varchar' }) assigneeId!: string;
  @Column({ name: 'claimed_by', type: 'uuid', nullable: true }) claimedBy!: string | null;
  @Column({ name: 'allowed_outcomes', type: 'jsonb' }) allowedOutcomes!: { code: string; label: { vi: string; en: string }; requiresComment?: boolean }[];
  @Column({ type: 'varchar' }) status!: string;
  @Column({ name: 'started_on', type: 'date' }) startedOn!: string;
  @Column({ name: 'due_date', type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  @Column({ name: 'time_limit_amount', type: 'integer', nullable: true }) timeLimitAmount!: number | null;
  @Column({ name: 'time_limit_unit', type: 'varchar', nullable: true }) timeLimitUnit!: string | null;
  @Column({ name: 'used_working_days', type: 'integer' }) usedWorkingDays!: number;
  @Column({ type: 'varchar', nullable: true }) outcome!: string | null;
  @Column({ type: 'text', nullable: true }) comment!: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_by_name', type: 'varchar', nullable: true }) decidedByName!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'reminders_sent', type: 'jsonb' }) remindersSent!: string[];
  @Column({ type: 'jsonb' }) extensions!: { amount: number; unit: string; reason: string; by: string; newDueDate: string }[];
  @Column({ name: 'projection_seq', type: 'integer' }) projectionSeq!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn({ type: 'integer' }) version!: number;
}
