import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A person who signs in; roles and scope here are what a Principal is built from. */
@Entity({ name: 'users' })
@Index('ix_users_province', ['provinceCode'])
@Index('ix_users_department', ['departmentCode'])
@Index('ix_users_enterprise', ['enterpriseId'])
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Always lower case (checked by the table). */
  @Column({ type: 'varchar', length: 64, unique: true })
  username!: string;

  /** argon2id; never returned by the API. */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName!: string;

  /** Role codes of libs/domain/src/identity/role.ts. */
  @Column({ type: 'text', array: true })
  roles!: string[];

  /** `null` only for an administrator (whole instance). */
  @Column({ name: 'province_code', type: 'varchar', length: 64, nullable: true })
  provinceCode!: string | null;

  @Column({ name: 'department_code', type: 'varchar', length: 128, nullable: true })
  departmentCode!: string | null;

  @Column({ name: 'enterprise_id', type: 'uuid', nullable: true })
  enterpriseId!: string | null;

  @Column({ name: 'is_unit_head', type: 'boolean', default: false })
  isUnitHead!: boolean;

  @Column({ name: 'is_approver', type: 'boolean', default: false })
  isApprover!: boolean;

  /** Councils come later: plain ids, no foreign key yet. */
  @Column({ name: 'council_ids', type: 'uuid', array: true, default: () => "'{}'" })
  councilIds!: string[];

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Failed sign-ins since the last success (informational: throttling is per username+IP, not a lock-out). */
  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, nullable: true })
  idempotencyKey!: string | null;

  /** Fingerprint of the creating request without its password (the password is checked against the hash). */
  @Column({ name: 'request_fingerprint', type: 'char', length: 64, nullable: true })
  requestFingerprint!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn({ type: 'integer' })
  version!: number;
}
