import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A body of a province's government taking part in the programme; libs/domain/src/organisation/department.ts. */
@Entity({ name: 'departments' })
@Index('ix_departments_province', ['provinceCode', 'code'])
export class DepartmentEntity {
  /** `<province>/<slug>`. */
  @PrimaryColumn({ type: 'varchar', length: 128 })
  code!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 64 })
  provinceCode!: string;

  @Column({ name: 'name_vi', type: 'varchar', length: 300 })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 300 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 128, nullable: true })
  parentCode!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  capabilities!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
