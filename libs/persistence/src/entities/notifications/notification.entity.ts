import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One notification, in-app inbox and record of every channel at once. Written only by the `notify`
 * activity (libs/notifications), one row per dedup key; people only mark it read.
 * The inbox indexes ("unread first, then newest" per user and per department) are expression
 * indexes declared in the migration.
 */
@Entity({ name: 'notifications' })
@Index('ix_notifications_subject', ['subjectType', 'subjectId', 'scheduledFor'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** One notification per key, e.g. `${taskId}:reminder:before-3`. */
  @Column({ name: 'dedup_key', type: 'varchar', length: 300, unique: true })
  dedupKey!: string;

  /** NotificationKind (libs/notifications/src/notification-kind.ts). */
  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ name: 'recipient_user_id', type: 'uuid', nullable: true })
  recipientUserId!: string | null;

  /** A department's shared inbox when no one person is addressed. */
  @Column({ name: 'recipient_department_code', type: 'varchar', length: 128, nullable: true })
  recipientDepartmentCode!: string | null;

  @Column({ name: 'recipient_email', type: 'varchar', length: 254, nullable: true })
  recipientEmail!: string | null;

  @Column({ type: 'text', array: true })
  channels!: string[];

  @Column({ name: 'subject_type', type: 'varchar', length: 64, nullable: true })
  subjectType!: string | null;

  @Column({ name: 'subject_id', type: 'varchar', length: 128, nullable: true })
  subjectId!: string | null;

  @Column({ name: 'title_vi', type: 'text' })
  titleVi!: string;

  @Column({ name: 'title_en', type: 'text' })
  titleEn!: string;

  @Column({ name: 'body_vi', type: 'text' })
  bodyVi!: string;

  @Column({ name: 'body_en', type: 'text' })
  bodyEn!: string;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** The workflow time the event belongs to (time-skipping tests assert on it), not the insert time. */
  @Column({ name: 'scheduled_for', type: 'timestamptz' })
  scheduledFor!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
