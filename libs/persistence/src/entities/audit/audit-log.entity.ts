import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row of the append-only, hash-chained audit log. Written only by AuditTrail.append
 * (libs/persistence/src/audit), never saved through this entity; a trigger refuses UPDATE and DELETE.
 */
@Entity({ name: 'audit_log' })
@Index('ix_audit_log_subject', ['subjectType', 'subjectId', 'seq'])
export class AuditLogEntity {
  /** bigint: kept as text so no precision is lost. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 128 })
  actorId!: string;

  @Column({ name: 'actor_name', type: 'varchar', length: 256 })
  actorName!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 64 })
  actorRole!: string;

  @Column({ type: 'varchar', length: 128 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 64 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 128 })
  subjectId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'request_id', type: 'varchar', length: 256, nullable: true })
  requestId!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64, unique: true })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
