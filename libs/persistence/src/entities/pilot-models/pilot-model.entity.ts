import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** The read model of a six-step pilot model; written only by the workflow's projection activity (newest `projectionSeq` wins). */
@Entity({ name: 'pilot_models' })
export class PilotModelEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 128, unique: true })
  workflowId!: string;

  @Column({ name: 'application_id', type: 'uuid', nullable: true })
  applicationId!: string | null;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 64 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ name: 'current_step', type: 'varchar', length: 32, nullable: true })
  currentStep!: string | null;

  @Column({ name: 'step_phase', type: 'varchar', length: 32 })
  stepPhase!: string;

  @Column({ name: 'step_started_at', type: 'timestamptz' })
  stepStartedAt!: Date;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ type: 'jsonb', nullable: true })
  baseline!: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  selection!: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  plan!: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  certificates!: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown[] | null;

  @Column({ type: 'jsonb', nullable: true })
  improvements!: unknown[] | null;

  @Column({ type: 'text', nullable: true })
  conclusion!: string | null;

  @Column({ name: 'department_codes', type: 'text', array: true, default: () => "'{}'" })
  departmentCodes!: string[];

  @Column({ name: 'current_task_id', type: 'uuid', nullable: true })
  currentTaskId!: string | null;

  @Column({ name: 'projection_seq', type: 'integer', default: 0 })
  projectionSeq!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
