import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { nullableNumber, requiredNumber } from '../number-columns';

/** A registered enterprise; its size class is derived from the figures (Decree 80/2021, Art. 5) when written. */
@Entity({ name: 'enterprises' })
@Index('ix_enterprises_province', ['provinceCode'])
export class EnterpriseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Canonical form from the domain's parseTaxCode. */
  @Column({ name: 'tax_code', type: 'varchar', length: 14, unique: true })
  taxCode!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 40 })
  sector!: string;

  /** Yearly average of employees paying social insurance (may be fractional). */
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: requiredNumber })
  staff!: number;

  @Column({ name: 'revenue_vnd', type: 'bigint', nullable: true, transformer: nullableNumber })
  revenueVnd!: number | null;

  @Column({ name: 'capital_vnd', type: 'bigint', nullable: true, transformer: nullableNumber })
  capitalVnd!: number | null;

  @Column({ name: 'size_class', type: 'varchar', length: 16 })
  sizeClass!: string;

  @Column({ name: 'province_code', type: 'varchar', length: 64 })
  provinceCode!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'request_fingerprint', type: 'char', length: 64, nullable: true })
  requestFingerprint!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
