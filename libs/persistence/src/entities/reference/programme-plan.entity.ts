import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { PlanPeriod } from '../../../../domain/src/plans/programme-plan';

/** A province's plan implementing the NSCL programme; its targets and tasks are rows of their own. */
@Entity({ name: 'programme_plans' })
@Index('ix_programme_plans_province', ['provinceCode'])
export class ProgrammePlanEntity {
  /** `<historical province>/<number-slug>`, e.g. 'thanh-hoa/159-kh-ubnd-2021'. */
  @PrimaryColumn({ type: 'varchar', length: 128 })
  code!: string;

  /** The province in force that carries the plan on. */
  @Column({ name: 'province_code', type: 'varchar', length: 64 })
  provinceCode!: string;

  /** The province that issued it, which may no longer exist. */
  @Column({ name: 'historical_province_code', type: 'varchar', length: 64 })
  historicalProvinceCode!: string;

  @Column({ name: 'issuer_vi', type: 'varchar', length: 300 })
  issuerVi!: string;

  @Column({ name: 'issuer_en', type: 'varchar', length: 300 })
  issuerEn!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  number!: string | null;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn!: string | null;

  @Column({ name: 'issued_year', type: 'integer' })
  issuedYear!: number;

  @Column({ type: 'jsonb' })
  periods!: PlanPeriod[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
