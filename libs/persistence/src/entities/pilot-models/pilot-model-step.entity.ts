import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One step of a pilot model as it ran: when it started and ended, and the working days it took (dashboard averages). */
@Entity({ name: 'pilot_model_steps' })
export class PilotModelStepEntity {
  @PrimaryColumn({ name: 'pilot_model_id', type: 'uuid' })
  pilotModelId!: string;

  @PrimaryColumn({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 32 })
  step!: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'working_days_spent', type: 'integer', nullable: true })
  workingDaysSpent!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  rounds!: unknown[];
}
