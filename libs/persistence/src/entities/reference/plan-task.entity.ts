import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { PlanUnit } from '../../../../domain/src/plans/programme-plan';

/** One task of a plan's appendix: content, timing, lead and cooperating units. */
@Entity({ name: 'plan_tasks' })
export class PlanTaskEntity {
  @PrimaryColumn({ name: 'plan_code', type: 'varchar', length: 128 })
  planCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'content_vi', type: 'text' })
  contentVi!: string;

  @Column({ name: 'content_en', type: 'text' })
  contentEn!: string;

  @Column({ name: 'timing_vi', type: 'varchar', length: 200 })
  timingVi!: string;

  @Column({ name: 'timing_en', type: 'varchar', length: 200 })
  timingEn!: string;

  @Column({ name: 'lead_unit', type: 'jsonb' })
  leadUnit!: PlanUnit;

  @Column({ name: 'cooperating_units', type: 'jsonb', default: () => "'[]'" })
  cooperatingUnits!: PlanUnit[];

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
