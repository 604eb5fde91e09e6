import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One milestone of a pilot model's approved plan (step 3), with its progress and evidence (step 4). */
@Entity({ name: 'pilot_model_milestones' })
export class PilotModelMilestoneEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'pilot_model_id', type: 'uuid' })
  pilotModelId!: string;

  @Column({ name: 'item_code', type: 'varchar', length: 64 })
  itemCode!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'varchar', length: 200 })
  owner!: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'budget_line', type: 'varchar', length: 200 })
  budgetLine!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  progress!: unknown[];

  @Column({ name: 'waived_reason', type: 'text', nullable: true })
  waivedReason!: string | null;

  @Column({ name: 'clock_task_id', type: 'uuid', nullable: true })
  clockTaskId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
