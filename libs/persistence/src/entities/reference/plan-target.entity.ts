import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { nullableNumber } from '../number-columns';

/** One target of a plan for one period (indicator, unit, value, comparator), queryable for dashboards. */
@Entity({ name: 'plan_targets' })
@Index('ix_plan_targets_plan_period', ['planCode', 'period', 'sortOrder'])
export class PlanTargetEntity {
  @PrimaryColumn({ name: 'plan_code', type: 'varchar', length: 128 })
  planCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  /** A period code of the plan, e.g. '2021-2025'. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  period!: string;

  @Column({ name: 'indicator_vi', type: 'text' })
  indicatorVi!: string;

  @Column({ name: 'indicator_en', type: 'text' })
  indicatorEn!: string;

  @Column({ name: 'unit_vi', type: 'varchar', length: 100 })
  unitVi!: string;

  @Column({ name: 'unit_en', type: 'varchar', length: 100 })
  unitEn!: string;

  @Column({ type: 'varchar', length: 16 })
  measure!: string;

  @Column({ type: 'varchar', length: 16 })
  comparator!: string;

  /** The figure; null for a range or a target without a figure. */
  @Column({ type: 'numeric', nullable: true, transformer: nullableNumber })
  value!: number | null;

  @Column({ name: 'value_min', type: 'numeric', nullable: true, transformer: nullableNumber })
  valueMin!: number | null;

  @Column({ name: 'value_max', type: 'numeric', nullable: true, transformer: nullableNumber })
  valueMax!: number | null;

  /** Set on targets computed from another period's (Tiền Giang 2026–2030 = 2021–2025 × 11/10). */
  @Column({ name: 'derived_from_period', type: 'varchar', length: 32, nullable: true })
  derivedFromPeriod!: string | null;

  @Column({ name: 'derived_factor_num', type: 'integer', nullable: true })
  derivedFactorNum!: number | null;

  @Column({ name: 'derived_factor_den', type: 'integer', nullable: true })
  derivedFactorDen!: number | null;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
