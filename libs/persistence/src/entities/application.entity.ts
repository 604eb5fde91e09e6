import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { nullableNumber } from './number-columns';

/**
 * The read model of a support application. The workflow owns the state; this row is its
 * projection for queries, written only by activities, newest `projectionSeq` wins.
 */
@Entity({ name: 'applications' })
@Index('ix_applications_province_status', ['provinceCode', 'status'])
export class ApplicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'workflow_id', type: 'varchar', length: 128, unique: true })
  workflowId!: string;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 64 })
  provinceCode!: string;

  @Column({ name: 'support_kind', type: 'varchar', length: 64, nullable: true })
  supportKind!: string | null;

  @Column({ name: 'requested_amount_vnd', type: 'bigint', nullable: true, transformer: nullableNumber })
  requestedAmountVnd!: number | null;

  @Column({ type: 'varchar', length: 32 })
  status!: string;

  @Column({ name: 'current_step', type: 'varchar', length: 64, nullable: true })
  currentStep!: string | null;

  @Column({ name: 'enterprise_id', type: 'uuid', nullable: true })
  enterpriseId!: string | null;

  @Column({ name: 'sponsoring_department_code', type: 'varchar', length: 128, nullable: true })
  sponsoringDepartmentCode!: string | null;

  @Column({ name: 'procedure_version', type: 'varchar', length: 64, nullable: true })
  procedureVersion!: string | null;

  @Column({ name: 'department_codes', type: 'text', array: true, default: () => "'{}'" })
  departmentCodes!: string[];

  @Column({ name: 'current_task_id', type: 'uuid', nullable: true })
  currentTaskId!: string | null;

  @Column({ name: 'approved_amount_vnd', type: 'bigint', nullable: true, transformer: nullableNumber })
  approvedAmountVnd!: number | null;

  @Column({ name: 'refund_ordered', type: 'boolean', default: false })
  refundOrdered!: boolean;

  /** Tranches, milestones, progress and inspections once the contract is signed (the workflow's ImplementationSnapshot). */
  @Column({ type: 'jsonb', nullable: true })
  implementation!: Record<string, unknown> | null;

  @Column({ name: 'projection_seq', type: 'integer', default: 0 })
  projectionSeq!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
