import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One department's yearly report to Sở KH&CN; rows are opened by the yearly-report cycle workflow. */
@Entity({ name: 'department_reports' })
@Index('ix_department_reports_year_province', ['year', 'provinceCode', 'departmentCode'])
export class DepartmentReportEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @PrimaryColumn({ name: 'department_code', type: 'varchar', length: 128 })
  departmentCode!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 64 })
  provinceCode!: string;

  /** 'requested' | 'submitted' | 'overdue'; a late report is 'submitted' with submitted_at after due_date. */
  @Column({ type: 'varchar', length: 16 })
  status!: 'requested' | 'submitted' | 'overdue';

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'submitted_by_name', type: 'varchar', length: 128, nullable: true })
  submittedByName!: string | null;

  /** The report: { summary, figures: [{ indicator, unit, value, note? }] }. */
  @Column({ type: 'jsonb', nullable: true })
  content!: { summary: string; figures: { indicator: string; unit: string; value: number; note?: string }[] } | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
