import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A province (or, later, commune) for a period of time; see libs/domain/src/organisation/administrative-unit.ts. */
@Entity({ name: 'administrative_units' })
@Index('ix_administrative_units_level_validity', ['level', 'validFrom', 'validTo'])
export class AdministrativeUnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'name_vi', type: 'varchar', length: 200 })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: string;

  @Column({ name: 'centrally_governed_city', type: 'boolean', default: false })
  centrallyGovernedCity!: boolean;

  /** `YYYY-MM-DD`, first day in force. */
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  /** `YYYY-MM-DD`, last day in force (inclusive). */
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'successor_code', type: 'varchar', length: 64, nullable: true })
  successorCode!: string | null;

  @Column({ name: 'parent_code', type: 'varchar', length: 64, nullable: true })
  parentCode!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
